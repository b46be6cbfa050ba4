import { describe, expect, it } from 'vitest';
import { computeMovements } from './movements';
import { computeRetention } from './retention';
import { monthRange } from './timeline';

// 2024-12 is the month before the period; 2025-01..2025-03 is the period.
const months = monthRange('2024-11', '2025-03');
const movements = computeMovements(
  months,
  new Map([
    ['expands', [10_000, 10_000, 12_000, 12_000, 13_000]], // +2,000 +1,000
    ['contracts', [20_000, 20_000, 15_000, 15_000, 15_000]], // −5,000
    ['churns', [5_000, 5_000, 5_000, 0, 0]], // −5,000
    ['returns', [3_000, 3_000, 0, 4_000, 4_000]], // −3,000 then +4,000 (reactivation → expansion)
    ['new-in-period', [0, 0, 7_000, 7_000, 7_000]], // not paying at the start: excluded
    ['churned-before', [6_000, 0, 0, 2_000, 2_000]], // 0 at the start: its reactivation is excluded
  ]),
);

describe('computeRetention', () => {
  it('counts only accounts paying in the month before the period, with worked NRR and GRR', () => {
    // start = 10,000 + 20,000 + 5,000 + 3,000 = 38,000
    // expansion = 2,000 + 1,000 + 4,000 = 7,000; contraction = −5,000; churn = −5,000 − 3,000 = −8,000
    // NRR = (38,000 + 7,000 − 5,000 − 8,000) ÷ 38,000 = 32,000 ÷ 38,000; GRR = 25,000 ÷ 38,000
    const retention = computeRetention(movements, '2025-01', '2025-03');
    expect(retention).toEqual({
      startMrrMinor: 38_000,
      expansionMinor: 7_000,
      contractionMinor: -5_000,
      churnMinor: -8_000,
      nrr: 32_000 / 38_000,
      grr: 25_000 / 38_000,
    });
    expect(retention.nrr).toBeCloseTo(0.8421, 4);
    expect(retention.grr).toBeCloseTo(0.6579, 4);
  });

  it('counts only movements inside [fromMonth, toMonth]', () => {
    // Start 2025-02 (paying in 2025-01): expands 12,000, contracts 15,000, churns 5,000 and
    // new-in-period 7,000 = 39,000 ('returns' is at 0 then, so its comeback does not count);
    // through 2025-02 only: churns −5,000 (expands' +1,000 is in March) → NRR = GRR = 34,000 ÷ 39,000.
    expect(computeRetention(movements, '2025-02', '2025-02')).toEqual({
      startMrrMinor: 39_000,
      expansionMinor: 0,
      contractionMinor: 0,
      churnMinor: -5_000,
      nrr: 34_000 / 39_000,
      grr: 34_000 / 39_000,
    });
  });

  it('is above 1 with net expansion: 10,000 growing to 11,500 is NRR 1.15, GRR 1', () => {
    const growth = computeMovements(monthRange('2025-01', '2025-03'), new Map([['a', [10_000, 11_000, 11_500]]]));
    expect(computeRetention(growth, '2025-02', '2025-03')).toMatchObject({ nrr: 1.15, grr: 1 });
  });

  it('returns null ratios when nobody paid at the start', () => {
    expect(computeRetention(movements, '2024-11', '2025-03')).toEqual({
      startMrrMinor: 0,
      expansionMinor: 0,
      contractionMinor: 0,
      churnMinor: 0,
      nrr: null,
      grr: null,
    });
  });

  it('throws on a malformed or reversed period', () => {
    expect(() => computeRetention(movements, '2025-3', '2025-03')).toThrow(/YYYY-MM/);
    expect(() => computeRetention(movements, '2025-03', '2025-01')).toThrow(/starts \(2025-03\) after it ends/);
  });
});
