import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';

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

export async function insertUser(db: Db, user: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(user).returning();
  if (!row) throw new Error('insert returned no user');
  return row;
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
