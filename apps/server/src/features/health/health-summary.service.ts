import type { HealthSummary } from '@success/shared/api';
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { dayMs } from '../../lib/days';
import { accounts } from '../../db/schema';
import type { Actor } from '../auth/actor';
import { getReportingCurrency } from '../contracts/ledger-inputs.queries';
import { assertSuccessEnabled } from '../workspace/workspace.service';

/**
 * The Health summary cards over tracked accounts: accounts and ARR per band, ARR at risk (at-risk
 * and critical bands), and accounts and ARR renewing within 30, 60 and 90 days. ARR is the
 * ledger's rollup copied onto each account, in the reporting currency.
 */
export async function getHealthSummary(db: Db, actor: Actor, now: Date): Promise<HealthSummary> {
  await assertSuccessEnabled(db, actor);
  const tracked = and(eq(accounts.workspaceId, actor.dataWorkspaceId), eq(accounts.isTracked, true));
  const arr = sql<string | null>`sum(${accounts.arrMinor})`;
  const [bands, currency] = await Promise.all([
    db
      .select({ band: accounts.healthBand, accounts: sql<number>`count(*)::int`, arr })
      .from(accounts)
      .where(tracked)
      .groupBy(accounts.healthBand),
    getReportingCurrency(db, actor.dataWorkspaceId),
  ]);
  const money = (amount: number) => ({ amount, currency });
  const accountsByBand = { healthy: 0, at_risk: 0, critical: 0, unscored: 0 };
  const arrByBand = { healthy: money(0), at_risk: money(0), critical: money(0), unscored: money(0) };
  for (const row of bands) {
    accountsByBand[row.band ?? 'unscored'] += row.accounts;
    arrByBand[row.band ?? 'unscored'] = money(Number(row.arr ?? 0));
  }

  const renewingWithin = async (days: number) => {
    const [row] = await db
      .select({ accounts: sql<number>`count(*)::int`, arr })
      .from(accounts)
      .where(
        and(
          tracked,
          gte(accounts.nextRenewalAt, now),
          lt(accounts.nextRenewalAt, new Date(now.getTime() + days * dayMs)),
        ),
      );
    return { accounts: row?.accounts ?? 0, arr: money(Number(row?.arr ?? 0)) };
  };
  const [d30, d60, d90] = await Promise.all([renewingWithin(30), renewingWithin(60), renewingWithin(90)]);
  return {
    currency,
    accountsByBand,
    arrByBand,
    arrAtRisk: money(arrByBand.at_risk.amount + arrByBand.critical.amount),
    renewingAccounts: { d30: d30.accounts, d60: d60.accounts, d90: d90.accounts },
    renewingArr: { d30: d30.arr, d60: d60.arr, d90: d90.arr },
  };
}
