import type { HealthState, HealthSummary } from '@success/shared/health';
import type { Db } from '../../db/client';
import { dayWindow } from '../../lib/days';
import type { Actor } from '../auth/actor';
import { getReportingCurrency } from '../contracts/ledger-inputs.queries';
import { getWorkspaceTimeZone } from '../workspace/workspace.queries';
import { sumAccountsByBand, sumChurnedAccounts, sumRenewingAccounts } from './health-summary.queries';

type SummaryBand = keyof HealthSummary['accountsByBand'];

/** The summary column an account's state counts in: a band, "not enough data", or not scored yet. */
function summaryBandOf(band: HealthState | null): SummaryBand {
  switch (band) {
    case 'healthy':
    case 'at_risk':
    case 'critical':
    case 'not_enough_data':
      return band;
    case null:
    case 'churned':
      // Not scored yet; or 'churned' left from before revenue came back, until the next rescore.
      return 'unscored';
  }
}

/**
 * The Health summary cards over tracked accounts: accounts and ARR per band (with "not enough
 * data" apart), ARR at risk (at-risk and critical bands), accounts and ARR renewing within 30, 60
 * and 90 days, and the churned accounts, which none of those count. ARR is the ledger's rollup
 * copied onto each account, in the reporting currency.
 */
export async function getHealthSummary(db: Db, actor: Actor, now: Date): Promise<HealthSummary> {
  const workspaceId = actor.dataWorkspaceId;
  const [bands, churned, currency, timeZone] = await Promise.all([
    sumAccountsByBand(db, workspaceId),
    sumChurnedAccounts(db, workspaceId),
    getReportingCurrency(db, workspaceId),
    getWorkspaceTimeZone(db, workspaceId),
  ]);
  const money = (amount: number) => ({ amount, currency });
  const accountsByBand = { healthy: 0, at_risk: 0, critical: 0, not_enough_data: 0, unscored: 0 };
  const arrByBand = {
    healthy: money(0),
    at_risk: money(0),
    critical: money(0),
    not_enough_data: money(0),
    unscored: money(0),
  };
  for (const row of bands) {
    const band = summaryBandOf(row.band);
    accountsByBand[band] += row.accounts;
    arrByBand[band] = money(arrByBand[band].amount + Number(row.arr ?? 0));
  }

  const renewingWithin = (days: number) => sumRenewingAccounts(db, workspaceId, dayWindow(now, timeZone, days));
  const [d30, d60, d90] = await Promise.all([renewingWithin(30), renewingWithin(60), renewingWithin(90)]);
  return {
    currency,
    accountsByBand,
    arrByBand,
    churned: { accounts: churned.accounts, lastMrr: money(churned.lastMrrMinor) },
    arrAtRisk: money(arrByBand.at_risk.amount + arrByBand.critical.amount),
    renewingAccounts: { d30: d30.accounts, d60: d60.accounts, d90: d90.accounts },
    renewingArr: { d30: money(d30.arrMinor), d60: money(d60.arrMinor), d90: money(d90.arrMinor) },
  };
}
