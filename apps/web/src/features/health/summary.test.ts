import type { HealthSummary } from '@success/shared/health';
import { describe, expect, it } from 'vitest';
import {
  accountsApart,
  accountsAtRisk,
  arrAtRiskShare,
  arrByBandBars,
  renewalRows,
  toMajorUnits,
} from './summary';

const usd = (amount: number) => ({ amount, currency: 'USD' });

const summary: HealthSummary = {
  currency: 'USD',
  accountsByBand: { healthy: 10, at_risk: 4, critical: 2, not_enough_data: 0, unscored: 1 },
  arrByBand: {
    healthy: usd(60_000_00),
    at_risk: usd(30_000_00),
    critical: usd(10_000_00),
    not_enough_data: usd(0),
    unscored: usd(0),
  },
  churned: { accounts: 0, lastMrr: usd(0) },
  arrAtRisk: usd(40_000_00),
  renewingAccounts: { d30: 1, d60: 3, d90: 5 },
  renewingArr: { d30: usd(5_000_00), d60: usd(12_000_00), d90: usd(20_000_00) },
};

describe('health summary helpers', () => {
  it('builds one bar per band in major units with its share of ARR', () => {
    const bars = arrByBandBars(summary);
    expect(bars.map((bar) => [bar.band, bar.label, bar.accounts, bar.value])).toEqual([
      ['healthy', 'Healthy', 10, 60_000],
      ['at_risk', 'At risk', 4, 30_000],
      ['critical', 'Critical', 2, 10_000],
      ['not_enough_data', 'Not enough data', 0, 0],
      ['unscored', 'Not scored', 1, 0],
    ]);
    expect(bars[0]?.share).toBeCloseTo(0.6);
    expect(arrByBandBars(summary, { includeUnscored: false })).toHaveLength(4);
  });

  it('has no share without ARR', () => {
    const empty = {
      ...summary,
      arrByBand: {
        healthy: usd(0),
        at_risk: usd(0),
        critical: usd(0),
        not_enough_data: usd(0),
        unscored: usd(0),
      },
      arrAtRisk: usd(0),
    };
    expect(arrByBandBars(empty).every((bar) => bar.share === 0)).toBe(true);
    expect(arrAtRiskShare(empty)).toBeNull();
  });

  it('lists renewals per window and counts at-risk accounts', () => {
    expect(renewalRows(summary)).toEqual([
      { key: 'd30', days: 30, accounts: 1, arr: usd(5_000_00) },
      { key: 'd60', days: 60, accounts: 3, arr: usd(12_000_00) },
      { key: 'd90', days: 90, accounts: 5, arr: usd(20_000_00) },
    ]);
    expect(accountsAtRisk(summary)).toBe(6);
    expect(arrAtRiskShare(summary)).toBe(40);
  });

  it('says apart the accounts the band cards leave out: not enough data, churned, not scored', () => {
    expect(accountsApart(summary).map((item) => [item.key, item.accounts])).toEqual([['unscored', 1]]);
    const apart = accountsApart({
      ...summary,
      accountsByBand: { ...summary.accountsByBand, not_enough_data: 3, unscored: 0 },
      arrByBand: { ...summary.arrByBand, not_enough_data: usd(9_000_00) },
      churned: { accounts: 2, lastMrr: usd(750_00) },
    });
    expect(apart.map((item) => [item.key, item.accounts, item.money.amount, item.moneyLabel])).toEqual([
      ['not_enough_data', 3, 9_000_00, 'ARR'],
      ['churned', 2, 750_00, 'last MRR'],
    ]);
  });

  it('converts minor units per currency', () => {
    expect(toMajorUnits({ amount: 5000, currency: 'JPY' })).toBe(5000);
    expect(toMajorUnits({ amount: 5000, currency: 'usd' })).toBe(50);
  });
});
