import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { apiTokens, sessions, users, workspaces } from '../../db/schema';
import type { Actor } from './actor';

const demoShadow = alias(workspaces, 'demo_shadow');

const actorColumns = {
  userId: users.id,
  email: users.email,
  role: users.role,
  workspaceId: users.workspaceId,
  isDemoModeEnabled: workspaces.isDemoModeEnabled,
  demoWorkspaceId: demoShadow.id,
};

type ActorRow = {
  userId: string;
  email: string;
  role: Actor['role'];
  workspaceId: string;
  isDemoModeEnabled: boolean;
  demoWorkspaceId: string | null;
};

function toActor(row: ActorRow, via: Actor['via']): Actor {
  const isDemo = row.isDemoModeEnabled && row.demoWorkspaceId !== null;
  return {
    userId: row.userId,
    email: row.email,
    role: row.role,
    workspaceId: row.workspaceId,
    dataWorkspaceId: isDemo && row.demoWorkspaceId ? row.demoWorkspaceId : row.workspaceId,
    isDemo,
    via,
  };
}

export async function findActorBySession(db: Db, tokenHash: string, now: Date): Promise<Actor | null> {
  const [row] = await db
    .select(actorColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .leftJoin(demoShadow, eq(demoShadow.parentWorkspaceId, workspaces.id))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .limit(1);
  return row ? toActor(row, 'session') : null;
}

export async function findActorByApiToken(db: Db, tokenHash: string): Promise<Actor | null> {
  const [row] = await db
    .select({ ...actorColumns, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .leftJoin(demoShadow, eq(demoShadow.parentWorkspaceId, workspaces.id))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(eq(apiTokens.id, row.tokenId));
  return toActor(row, 'token');
}

export async function insertSession(
  db: Db,
  session: { userId: string; workspaceId: string; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db.insert(sessions).values(session);
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Every account with this email, oldest first (one per workspace the address belongs to). */
export async function listUsersByEmail(db: Db, email: string) {
  return db.select().from(users).where(eq(users.email, email)).orderBy(users.createdAt, users.id).limit(20);
}

export async function findUserByEmail(db: Db, email: string) {
  const [user] = await listUsersByEmail(db, email);
  return user ?? null;
}

export async function insertApiToken(
  db: Db,
  token: { workspaceId: string; userId: string; name: string; tokenHash: string; prefix: string },
) {
  const [row] = await db.insert(apiTokens).values(token).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function listApiTokens(db: Db, workspaceId: string, userId: string) {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.workspaceId, workspaceId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(apiTokens.createdAt);
}

export async function revokeApiToken(db: Db, workspaceId: string, userId: string, tokenId: string): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(apiTokens.id, tokenId),
        eq(apiTokens.workspaceId, workspaceId),
        eq(apiTokens.userId, userId),
        isNull(apiTokens.revokedAt),
      ),
    )
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
