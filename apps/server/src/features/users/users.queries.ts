import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users, workspaces } from '../../db/schema';

export async function listUsers(db: Db, workspaceId: string) {
  return db.select().from(users).where(eq(users.workspaceId, workspaceId)).orderBy(users.createdAt);
}

export async function findUser(db: Db, workspaceId: string, userId: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.id, userId)))
    .limit(1);
  return row ?? null;
}

export async function countAdmins(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ admins: count() })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.role, 'admin')));
  return row?.admins ?? 0;
}

/**
 * Inserts the user, or returns null, writing nothing, when the email is already a member of the
 * workspace: the unique index decides, so two requests adding the same address at once cannot both
 * pass a read first. Other workspaces' members are never consulted.
 */
export async function insertUserUnlessEmailTaken(db: Db, user: typeof users.$inferInsert) {
  const [row] = await db
    .insert(users)
    .values(user)
    .onConflictDoNothing({ target: [users.workspaceId, users.email] })
    .returning();
  return row ?? null;
}

/**
 * Runs `work` in one transaction holding the workspace row's lock, so the member changes of one
 * workspace that must see each other (an admin count, then a demotion) run one at a time on every
 * database. `no key update` still lets other tables insert rows that reference the workspace.
 */
export async function withWorkspaceMembersLocked<T>(
  db: Db,
  workspaceId: string,
  work: (tx: Db) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, workspaceId)).for('no key update');
    return work(tx);
  });
}

export async function updateUserRole(
  db: Db,
  workspaceId: string,
  userId: string,
  role: typeof users.$inferSelect.role,
) {
  const [row] = await db
    .update(users)
    .set({ role })
    .where(and(eq(users.workspaceId, workspaceId), eq(users.id, userId)))
    .returning();
  return row ?? null;
}

export async function deleteUserRow(db: Db, workspaceId: string, userId: string) {
  await db.delete(users).where(and(eq(users.workspaceId, workspaceId), eq(users.id, userId)));
}
