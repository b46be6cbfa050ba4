import type { Db } from '../../db/client';
import { AppError } from '../../lib/errors';
import { createSecretToken, hashPassword, hashToken, verifyPassword } from '../../lib/secrets';
import type { Actor } from './actor';
import {
  deleteSession,
  findActorByApiToken,
  findActorBySession,
  findUserByEmail,
  insertApiToken,
  insertSession,
  listApiTokens,
  revokeApiToken,
} from './auth.queries';

/** Verifying against a real hash when the email is unknown keeps response times equal. */
let decoyHash: Promise<string> | undefined;

export async function authenticate(db: Db, email: string, password: string) {
  const user = await findUserByEmail(db, email);
  decoyHash ??= hashPassword('decoy-password-never-used');
  const isValid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !isValid) throw new AppError('unauthenticated', 'The email or password is not correct.');
  return user;
}

export async function createSession(
  db: Db,
  user: { id: string; workspaceId: string },
  ttlDays: number,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = createSecretToken('sess');
  const expiresAt = new Date(now.getTime() + ttlDays * 86_400_000);
  await insertSession(db, { userId: user.id, workspaceId: user.workspaceId, tokenHash: hashToken(token), expiresAt });
  return { token, expiresAt };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashToken(token));
}

export async function resolveActor(
  db: Db,
  credentials: { sessionToken?: string | undefined; bearerToken?: string | undefined },
  now: Date,
): Promise<Actor | null> {
  if (credentials.bearerToken) return findActorByApiToken(db, hashToken(credentials.bearerToken));
  if (credentials.sessionToken) return findActorBySession(db, hashToken(credentials.sessionToken), now);
  return null;
}

export async function createApiToken(db: Db, actor: Actor, name: string) {
  const token = createSecretToken('sk');
  const row = await insertApiToken(db, {
    workspaceId: actor.workspaceId,
    userId: actor.userId,
    name,
    tokenHash: hashToken(token),
    prefix: token.slice(0, 10),
  });
  return { id: row.id, name: row.name, prefix: row.prefix, token };
}

export async function listTokens(db: Db, actor: Actor) {
  const rows = await listApiTokens(db, actor.workspaceId, actor.userId);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  }));
}

export async function deleteApiToken(db: Db, actor: Actor, tokenId: string): Promise<void> {
  if (!(await revokeApiToken(db, actor.workspaceId, actor.userId, tokenId))) {
    throw new AppError('not_found', `No active API token with id ${tokenId}.`);
  }
}
