/** Pure helpers behind the Health summary cards and the ARR-by-band chart. */
import { healthSummaryBuckets, type HealthSummary, type HealthSummaryBucket } from '@success/shared/health';
import type { Money } from '@success/shared/money';
import { getMinorUnitFactor } from '../../lib/format';
import { stateLabels } from '../../lib/health-labels';

/** A column of the summary: a band, "Not enough data" (scored on too few inputs) or not scored yet. */
export type SummaryBand = HealthSummaryBucket;

export const summaryBands: readonly SummaryBand[] = healthSummaryBuckets;

export const summaryBandLabels: Record<SummaryBand, string> = {
  ...stateLabels,
  unscored: 'Not scored',
};

export const bandColors: Record<SummaryBand, string> = {
  healthy: '#059669',
  at_risk: '#d97706',
  critical: '#e11d48',
  not_enough_data: '#64748b',
  unscored: '#94a3b8',
};

export type BandBar = {
  band: SummaryBand;
  label: string;
  accounts: number;
  arr: Money;
  value: number;
  share: number;
  color: string;
};

/** Money in major units (a chart axis counts dollars, not cents). */
export function toMajorUnits(money: Money): number {
  let factor = 100;
  try {
    factor = getMinorUnitFactor(money.currency.toUpperCase());
  } catch {
    // An unknown code: assume cents.
  }
  return money.amount / factor;
}

/** One bar per band (and not enough data, and, unless left out, not scored); `share` is the band's part of all ARR (0–1). */
export function arrByBandBars(summary: HealthSummary, options: { includeUnscored?: boolean } = {}): BandBar[] {
  const bands = summaryBands.filter((band) => band !== 'unscored' || options.includeUnscored !== false);
  const total = bands.reduce((sum, band) => sum + summary.arrByBand[band].amount, 0);
  return bands.map((band) => ({
    band,
    label: summaryBandLabels[band],
    accounts: summary.accountsByBand[band],
    arr: summary.arrByBand[band],
    value: toMajorUnits(summary.arrByBand[band]),
    share: total > 0 ? summary.arrByBand[band].amount / total : 0,
    color: bandColors[band],
  }));
}

export const renewalWindowKeys = ['d30', 'd60', 'd90'] as const;
export type RenewalWindowKey = (typeof renewalWindowKeys)[number];
export const renewalWindowDays: Record<RenewalWindowKey, 30 | 60 | 90> = { d30: 30, d60: 60, d90: 90 };

/** Accounts and ARR renewing within 30, 60 and 90 days (each window includes the shorter ones). */
export function renewalRows(summary: HealthSummary) {
  return renewalWindowKeys.map((key) => ({
    key,
    days: renewalWindowDays[key],
    accounts: summary.renewingAccounts[key],
    arr: summary.renewingArr[key],
  }));
}

/** Accounts in the at-risk and critical bands (the ones whose ARR is at risk). */
export function accountsAtRisk(summary: HealthSummary): number {
  return summary.accountsByBand.at_risk + summary.accountsByBand.critical;
}

/** ARR at risk as a share of all scored ARR, rounded to a whole percent; null without ARR. */
export function arrAtRiskShare(summary: HealthSummary): number | null {
  const scored =
    summary.arrByBand.healthy.amount + summary.arrByBand.at_risk.amount + summary.arrByBand.critical.amount;
  if (scored <= 0) return null;
  return Math.round((summary.arrAtRisk.amount / scored) * 100);
}

/**
 * What the band cards do not count, said apart: accounts scored on too few inputs, churned
 * accounts (with the MRR they paid before) and accounts not scored yet. Only the non-zero ones.
 */
export function accountsApart(summary: HealthSummary) {
  return [
    {
      key: 'not_enough_data' as const,
      label: 'Not enough data',
      accounts: summary.accountsByBand.not_enough_data,
      money: summary.arrByBand.not_enough_data,
      moneyLabel: 'ARR',
    },
    {
      key: 'churned' as const,
      label: 'Churned',
      accounts: summary.churned.accounts,
      money: summary.churned.lastMrr,
      moneyLabel: 'last MRR',
    },
    {
      key: 'unscored' as const,
      label: 'Not scored yet',
      accounts: summary.accountsByBand.unscored,
      money: summary.arrByBand.unscored,
      moneyLabel: 'ARR',
    },
  ].filter((item) => item.accounts > 0);
}
