/** The SQL behind the demo's seat history: Stripe sources in force and their revisions. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { RevenueSourceRevision, RevenueSourceRevisionInsert } from '../db/row-types';
import { revenueSourceRevisions, revenueSources } from '../db/schema';

/** The workspace's active and past-due Stripe subscriptions. */
export async function listStripeSourcesInForce(
  db: Db,
  workspaceId: string,
): Promise<{ id: string; externalId: string; startDate: Date | null }[]> {
  return db
    .select({
      id: revenueSources.id,
      externalId: revenueSources.externalId,
      startDate: revenueSources.startDate,
    })
    .from(revenueSources)
    .where(
      and(
        eq(revenueSources.workspaceId, workspaceId),
        eq(revenueSources.provider, 'stripe'),
        inArray(revenueSources.status, ['active', 'past_due']),
      ),
    );
}

/** A revision of the source; right after a load each source has exactly one. */
export async function findSourceRevision(
  db: Db,
  workspaceId: string,
  revenueSourceId: string,
): Promise<RevenueSourceRevision | null> {
  const [revision] = await db
    .select()
    .from(revenueSourceRevisions)
    .where(
      and(
        eq(revenueSourceRevisions.workspaceId, workspaceId),
        eq(revenueSourceRevisions.revenueSourceId, revenueSourceId),
      ),
    )
    .limit(1);
  return revision ?? null;
}

export async function setRevisionObservedAt(db: Db, revisionId: string, observedAt: Date): Promise<void> {
  await db.update(revenueSourceRevisions).set({ observedAt }).where(eq(revenueSourceRevisions.id, revisionId));
}

export async function insertRevision(db: Db, revision: RevenueSourceRevisionInsert): Promise<void> {
  await db.insert(revenueSourceRevisions).values(revision);
}
