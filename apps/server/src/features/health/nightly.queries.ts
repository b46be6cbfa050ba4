import { min, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts } from '../../db/schema';

/** Per workspace, when its least recently scored account was scored, and whether one was never scored. */
export function listWorkspaceScoringAges(
  db: Db,
): Promise<{ workspaceId: string; oldest: Date | null; hasUnscored: boolean }[]> {
  return db
    .select({
      workspaceId: accounts.workspaceId,
      oldest: min(accounts.healthComputedAt),
      hasUnscored: sql<boolean>`bool_or(${accounts.healthComputedAt} is null)`,
    })
    .from(accounts)
    .groupBy(accounts.workspaceId);
}
