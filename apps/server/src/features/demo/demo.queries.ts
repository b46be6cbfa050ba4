import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, workspaces } from '../../db/schema';

export async function findDemoShadow(db: Db, workspaceId: string) {
  const [row] = await db
    .select()
    .from(workspaces)
    .where(and(eq(workspaces.parentWorkspaceId, workspaceId), eq(workspaces.kind, 'demo')))
    .limit(1);
  return row ?? null;
}

/** Returns the new shadow, or null when another request created it first. */
export async function insertDemoShadow(db: Db, parent: { id: string; name: string }) {
  const [row] = await db
    .insert(workspaces)
    .values({ name: `${parent.name} — Pied Piper demo`, kind: 'demo', parentWorkspaceId: parent.id })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export async function deleteWorkspaceRow(db: Db, workspaceId: string) {
  await db.delete(workspaces).where(eq(workspaces.id, workspaceId));
}

export async function setDemoModeFlag(db: Db, workspaceId: string, isEnabled: boolean) {
  await db.update(workspaces).set({ isDemoModeEnabled: isEnabled }).where(eq(workspaces.id, workspaceId));
}

export async function countAccounts(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db.select({ accounts: count() }).from(accounts).where(eq(accounts.workspaceId, workspaceId));
  return row?.accounts ?? 0;
}
