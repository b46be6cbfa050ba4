/**
 * The movement invariant over generated data: every month's movements sum exactly to the change
 * in total MRR, each account's movements sum to its MRR, and every movement has the right kind.
 */
import { describe, expect, it } from 'vitest';
import { computeMovements, totalsByMonth, type Movement } from './movements';
import { computeRetention } from './retention';
import { seededRandom } from './test-factories';
import { monthRange } from './timeline';

const seed = 20250101;
const accountCount = 500;
const months = monthRange('2024-01', '2025-12');

/** Accounts that start, grow, shrink, churn and come back, with plenty of flat months. */
function generateSeries(random: () => number): Map<string, number[]> {
  const series = new Map<string, number[]>();
  for (let account = 0; account < accountCount; account += 1) {
    let mrr = random() < 0.3 ? Math.floor(random() * 500_000) : 0;
    const values = months.map(() => {
      const roll = random();
      if (mrr === 0) mrr = roll < 0.15 ? 1 + Math.floor(random() * 200_000) : 0;
      else if (roll < 0.08) mrr = 0;
      else if (roll < 0.25) mrr += Math.floor(random() * 50_000);
      else if (roll < 0.4) mrr = Math.max(1, mrr - Math.floor(random() * 50_000));
      return mrr;
    });
    series.set(`acct-${String(account).padStart(3, '0')}`, values);
  }
  return series;
}

function expectedKind(before: number, after: number, hasPaid: boolean): Movement['kind'] {
  if (before === 0) return hasPaid ? 'reactivation' : 'new';
  if (after === 0) return 'churn';
  return after > before ? 'expansion' : 'contraction';
}

describe('movement invariant (500 accounts × 24 months, seeded)', () => {
  const series = generateSeries(seededRandom(seed));
  const movements = computeMovements(months, series);
  const totalAt = (index: number) => [...series.values()].reduce((sum, values) => sum + (values[index] ?? 0), 0);

  it('sums each month’s movements to the change in total MRR', () => {
    months.forEach((month, index) => {
      const net = movements.filter((movement) => movement.month === month).reduce((sum, m) => sum + m.amountMinor, 0);
      expect(net, month).toBe(totalAt(index) - (index === 0 ? 0 : totalAt(index - 1)));
    });
    expect(movements.length).toBeGreaterThan(1_000);
    expect(new Set(movements.map((movement) => movement.kind)).size).toBe(5);
  });

  it('carries totalsByMonth to the same total MRR every month', () => {
    totalsByMonth(months, movements, 0).forEach((totals, index) => {
      expect(totals.mrrMinor, totals.month).toBe(totalAt(index));
      expect(
        totals.newMinor +
          totals.expansionMinor +
          totals.contractionMinor +
          totals.churnMinor +
          totals.reactivationMinor,
      ).toBe(totals.netMinor);
    });
  });

  it('classifies every movement by its account’s before/after values, with the right sign', () => {
    for (const [accountId, values] of series) {
      const own = movements.filter((movement) => movement.accountId === accountId);
      let hasPaid = false;
      let before = 0;
      const expected: Movement[] = [];
      values.forEach((after, index) => {
        if (after !== before) {
          expected.push({
            accountId,
            month: months[index] ?? '',
            kind: expectedKind(before, after, hasPaid),
            amountMinor: after - before,
          });
        }
        if (after > 0) hasPaid = true;
        before = after;
      });
      expect(own).toEqual(expected);
      expect(own.reduce((sum, movement) => sum + movement.amountMinor, 0)).toBe(values.at(-1));
    }
    for (const movement of movements) {
      const isNegative = movement.kind === 'contraction' || movement.kind === 'churn';
      expect(movement.amountMinor < 0, `${movement.kind} ${movement.amountMinor}`).toBe(isNegative);
    }
  });

  it('keeps the invariant when the range starts mid-history (openingMrr and paidBefore)', () => {
    const later = months.slice(12);
    const openingMrr = new Map([...series].map(([accountId, values]) => [accountId, values[11] ?? 0]));
    const paidBefore = new Set(
      [...series].filter(([, values]) => values.slice(0, 12).some((v) => v > 0)).map(([id]) => id),
    );
    const tail = new Map([...series].map(([accountId, values]) => [accountId, values.slice(12)]));
    const fromOpening = computeMovements(later, tail, { openingMrr, paidBefore });
    expect(fromOpening).toEqual(movements.filter((movement) => movement.month >= '2025-01'));
  });

  it('keeps retention consistent with the start MRR it reads from the movements', () => {
    const retention = computeRetention(movements, '2025-01', '2025-12');
    const payingAtStart = [...series.values()].filter((values) => (values[11] ?? 0) > 0);
    expect(retention.startMrrMinor).toBe(payingAtStart.reduce((sum, values) => sum + (values[11] ?? 0), 0));
    const endOfCohort = payingAtStart.reduce((sum, values) => sum + (values[23] ?? 0), 0);
    // NRR × start is the cohort's MRR at the end of the period.
    expect(retention.startMrrMinor + retention.expansionMinor + retention.contractionMinor + retention.churnMinor).toBe(
      endOfCohort,
    );
  });
});
