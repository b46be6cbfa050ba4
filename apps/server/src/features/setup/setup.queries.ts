import { count } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { featureFlags, users, workspaces } from '../../db/schema';

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ users: count() }).from(users);
  return row?.users ?? 0;
}

export type NewWorkspaceWithAdmin = { workspaceName: string; email: string; passwordHash: string };

/** The workspace, its admin and its `success` flag land together or not at all. */
export async function insertWorkspaceWithAdmin(db: Db, input: NewWorkspaceWithAdmin) {
  return db.transaction(async (tx) => {
    const [workspace] = await tx.insert(workspaces).values({ name: input.workspaceName }).returning();
    if (!workspace) throw new Error('insert returned no workspace');
    const [user] = await tx
      .insert(users)
      .values({ workspaceId: workspace.id, email: input.email, passwordHash: input.passwordHash, role: 'admin' })
      .returning();
    if (!user) throw new Error('insert returned no user');
    await tx.insert(featureFlags).values({ workspaceId: workspace.id, key: 'success', isEnabled: true });
    return { workspace, user };
  });
}
