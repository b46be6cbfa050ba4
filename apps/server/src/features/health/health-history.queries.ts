import { and, asc, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { healthSnapshots } from '../../db/schema';

export type HealthSnapshotRow = typeof healthSnapshots.$inferSelect;

/** One account's snapshots: the workspace and account every history query is scoped to. */
type SnapshotScope = { workspaceId: string; accountId: string };

function scoped({ workspaceId, accountId }: SnapshotScope) {
  return and(eq(healthSnapshots.workspaceId, workspaceId), eq(healthSnapshots.accountId, accountId));
}

/** The account's newest snapshot, or null before its first score. */
export async function findLatestSnapshot(db: Db, scope: SnapshotScope): Promise<HealthSnapshotRow | null> {
  const [row] = await db
    .select()
    .from(healthSnapshots)
    .where(scoped(scope))
    .orderBy(desc(healthSnapshots.computedAt))
    .limit(1);
  return row ?? null;
}

/** The snapshot in force at `at`: the newest computed before it. */
export async function findSnapshotBefore(db: Db, scope: SnapshotScope, at: Date): Promise<HealthSnapshotRow | null> {
  const [row] = await db
    .select()
    .from(healthSnapshots)
    .where(and(scoped(scope), lt(healthSnapshots.computedAt, at)))
    .orderBy(desc(healthSnapshots.computedAt))
    .limit(1);
  return row ?? null;
}

/** The snapshots computed from `since` on, oldest first (at most 2,000). */
export async function listSnapshotsSince(db: Db, scope: SnapshotScope, since: Date): Promise<HealthSnapshotRow[]> {
  return db
    .select()
    .from(healthSnapshots)
    .where(and(scoped(scope), gte(healthSnapshots.computedAt, since)))
    .orderBy(asc(healthSnapshots.computedAt))
    .limit(2000);
}

/** The account's snapshots among `ids`; ids of other accounts or workspaces find nothing. */
export async function listSnapshotsById(db: Db, scope: SnapshotScope, ids: string[]): Promise<HealthSnapshotRow[]> {
  return db
    .select()
    .from(healthSnapshots)
    .where(and(scoped(scope), inArray(healthSnapshots.id, ids)));
}
