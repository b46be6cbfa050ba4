import { and, count, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, revenueSources } from '../../db/schema';
import type { Actor } from '../auth/actor';
import { assertSuccessEnabled } from '../workspace/workspace.service';

const dayMs = 86_400_000;

/**
 * The Health summary cards: tracked accounts per band and accounts renewing within 30, 60 and 90
 * days. (ARR per band and ARR at risk join these once the revenue ledger computes MRR.)
 */
export async function getHealthSummary(db: Db, actor: Actor, now: Date) {
  await assertSuccessEnabled(db, actor);
  const tracked = and(eq(accounts.workspaceId, actor.dataWorkspaceId), eq(accounts.isTracked, true));
  const bands = await db
    .select({ band: accounts.healthBand, accounts: count() })
    .from(accounts)
    .where(tracked)
    .groupBy(accounts.healthBand);
  const byBand = { healthy: 0, at_risk: 0, critical: 0, unscored: 0 };
  for (const row of bands) byBand[row.band ?? 'unscored'] += row.accounts;

  const renewingWithin = async (days: number) => {
    const [row] = await db
      .select({ accounts: sql<number>`count(distinct ${revenueSources.accountId})::int` })
      .from(revenueSources)
      .innerJoin(accounts, eq(accounts.id, revenueSources.accountId))
      .where(
        and(
          tracked,
          eq(revenueSources.workspaceId, actor.dataWorkspaceId),
          gte(revenueSources.renewalDate, now),
          lt(revenueSources.renewalDate, new Date(now.getTime() + days * dayMs)),
        ),
      );
    return row?.accounts ?? 0;
  };
  const [d30, d60, d90] = await Promise.all([renewingWithin(30), renewingWithin(60), renewingWithin(90)]);
  return { accountsByBand: byBand, renewingAccounts: { d30, d60, d90 } };
}
