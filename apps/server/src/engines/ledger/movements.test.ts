import { describe, expect, it } from 'vitest';
import { computeMovements, totalsByMonth, type Movement } from './movements';
import { monthRange } from './timeline';

const months = monthRange('2025-01', '2025-06');
const movementsOf = (
  series: Record<string, number[]>,
  opening?: Parameters<typeof computeMovements>[2],
  range: readonly string[] = months,
) => computeMovements(range, new Map(Object.entries(series)), opening);

describe('computeMovements', () => {
  it('classifies each month-over-month change: new, expansion, contraction, churn, reactivation', () => {
    expect(movementsOf({ acme: [0, 10_000, 12_000, 12_000, 9_000, 0] })).toEqual([
      { accountId: 'acme', month: '2025-02', kind: 'new', amountMinor: 10_000 },
      { accountId: 'acme', month: '2025-03', kind: 'expansion', amountMinor: 2_000 },
      { accountId: 'acme', month: '2025-05', kind: 'contraction', amountMinor: -3_000 },
      { accountId: 'acme', month: '2025-06', kind: 'churn', amountMinor: -9_000 },
    ]);
    expect(movementsOf({ acme: [5_000, 0, 0, 7_500, 7_500, 7_500] })).toEqual([
      { accountId: 'acme', month: '2025-01', kind: 'new', amountMinor: 5_000 },
      { accountId: 'acme', month: '2025-02', kind: 'churn', amountMinor: -5_000 },
      { accountId: 'acme', month: '2025-04', kind: 'reactivation', amountMinor: 7_500 },
    ]);
  });

  it('takes the month before the range as 0 unless openingMrr gives it', () => {
    expect(movementsOf({ acme: [10_000, 10_000, 10_000, 10_000, 10_000, 10_000] })).toEqual([
      { accountId: 'acme', month: '2025-01', kind: 'new', amountMinor: 10_000 },
    ]);
    expect(
      movementsOf({ acme: [10_000, 10_000, 10_000, 10_000, 10_000, 0] }, { openingMrr: new Map([['acme', 8_000]]) }),
    ).toEqual([
      { accountId: 'acme', month: '2025-01', kind: 'expansion', amountMinor: 2_000 },
      { accountId: 'acme', month: '2025-06', kind: 'churn', amountMinor: -10_000 },
    ]);
  });

  it('makes the first rise of an account that paid before the range a reactivation', () => {
    expect(movementsOf({ acme: [0, 0, 4_000, 4_000, 4_000, 4_000] }, { paidBefore: new Set(['acme']) })).toEqual([
      { accountId: 'acme', month: '2025-03', kind: 'reactivation', amountMinor: 4_000 },
    ]);
  });

  it('orders by month, then account id, whatever the map order', () => {
    const movements = movementsOf({
      zeta: [100, 0, 0, 0, 0, 0],
      alpha: [0, 200, 0, 0, 0, 0],
      mid: [100, 100, 0, 0, 0, 0],
    });
    expect(movements.map((movement) => `${movement.month} ${movement.accountId} ${movement.kind}`)).toEqual([
      '2025-01 mid new',
      '2025-01 zeta new',
      '2025-02 alpha new',
      '2025-02 zeta churn',
      '2025-03 alpha churn',
      '2025-03 mid churn',
    ]);
  });

  it('returns nothing for flat or empty input', () => {
    expect(movementsOf({ acme: [0, 0, 0, 0, 0, 0] })).toEqual([]);
    expect(movementsOf({})).toEqual([]);
  });

  it('throws on a series of the wrong length, a negative or fractional MRR, or months out of order', () => {
    expect(() => movementsOf({ acme: [1, 2] })).toThrow(/2 MRR values for 6 months/);
    expect(() => movementsOf({ acme: [0, -1, 0, 0, 0, 0] })).toThrow(/non-negative whole number/);
    expect(() => movementsOf({ acme: [0, 1.5, 0, 0, 0, 0] })).toThrow(/non-negative whole number/);
    expect(() => movementsOf({ acme: [1, 2] }, {}, ['2025-02', '2025-01'])).toThrow(/not chronological/);
    expect(() => movementsOf({ acme: [1] }, {}, ['2025-1'])).toThrow(/YYYY-MM/);
  });
});

describe('totalsByMonth', () => {
  it('sums movements by kind (contraction and churn negative) and carries the total MRR forward', () => {
    const movements: Movement[] = [
      { accountId: 'a', month: '2025-01', kind: 'new', amountMinor: 10_000 },
      { accountId: 'b', month: '2025-01', kind: 'expansion', amountMinor: 2_500 },
      { accountId: 'c', month: '2025-01', kind: 'contraction', amountMinor: -1_000 },
      { accountId: 'd', month: '2025-02', kind: 'churn', amountMinor: -4_000 },
      { accountId: 'e', month: '2025-02', kind: 'reactivation', amountMinor: 3_000 },
      { accountId: 'f', month: '2024-12', kind: 'new', amountMinor: 99_999 }, // outside the months: not counted
    ];
    expect(totalsByMonth(['2025-01', '2025-02', '2025-03'], movements, 50_000)).toEqual([
      {
        month: '2025-01',
        newMinor: 10_000,
        expansionMinor: 2_500,
        contractionMinor: -1_000,
        churnMinor: 0,
        reactivationMinor: 0,
        netMinor: 11_500,
        mrrMinor: 61_500,
      },
      {
        month: '2025-02',
        newMinor: 0,
        expansionMinor: 0,
        contractionMinor: 0,
        churnMinor: -4_000,
        reactivationMinor: 3_000,
        netMinor: -1_000,
        mrrMinor: 60_500,
      },
      {
        month: '2025-03',
        newMinor: 0,
        expansionMinor: 0,
        contractionMinor: 0,
        churnMinor: 0,
        reactivationMinor: 0,
        netMinor: 0,
        mrrMinor: 60_500,
      },
    ]);
  });
});
