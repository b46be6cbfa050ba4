/**
 * MRR movements (METRICS.md, "MRR movements"): per account, month over month, the change in MRR
 * classified as new, expansion, contraction, churn or reactivation. An account has at most one
 * movement a month, so every month's movements sum exactly to the change in total MRR.
 */
import { parseMonth } from './months';

export type MovementKind = 'new' | 'expansion' | 'contraction' | 'churn' | 'reactivation';

/** `amountMinor` is signed: contraction and churn are negative. */
export type Movement = { accountId: string; month: string; kind: MovementKind; amountMinor: number };

export type MonthTotals = {
  month: string;
  newMinor: number;
  expansionMinor: number;
  /** Negative (sum of signed movements), like churnMinor, so netMinor is the sum of the five. */
  contractionMinor: number;
  churnMinor: number;
  reactivationMinor: number;
  netMinor: number;
  /** Total MRR at the end of the month: the opening total plus every net up to this month. */
  mrrMinor: number;
};

function assertMrrValue(accountId: string, value: number | undefined): number {
  if (value === undefined || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`MRR ${value} for account ${accountId} is not a non-negative whole number of minor units`);
  }
  return value;
}

/** The kind of a non-zero change from `before` to `after`. */
function classify(before: number, after: number, hasPaidBefore: boolean): MovementKind {
  if (before === 0) return hasPaidBefore ? 'reactivation' : 'new';
  if (after === 0) return 'churn';
  return after > before ? 'expansion' : 'contraction';
}

/**
 * series: per account, MRR (reporting currency minor units) for each month of `months` (same
 * length, chronological). `paidBefore`: accounts known to have paid before months[0] (their first
 * rise is reactivation, not new). The month before months[0] is taken as 0 unless `openingMrr`
 * gives it; an opening MRR above 0 also means the account has paid before.
 * Ordered by month, then account id.
 */
export function computeMovements(
  months: readonly string[],
  series: ReadonlyMap<string, readonly number[]>,
  opening: { openingMrr?: ReadonlyMap<string, number>; paidBefore?: ReadonlySet<string> } = {},
): Movement[] {
  months.forEach((month, index) => {
    parseMonth(month);
    const previous = months[index - 1];
    if (previous !== undefined && previous >= month) throw new Error(`Months are not chronological at ${month}`);
  });
  const movements: { movement: Movement; monthIndex: number }[] = [];
  for (const [accountId, values] of series) {
    if (values.length !== months.length) {
      throw new Error(`Account ${accountId} has ${values.length} MRR values for ${months.length} months`);
    }
    let before = assertMrrValue(accountId, opening.openingMrr?.get(accountId) ?? 0);
    let hasPaidBefore = before > 0 || (opening.paidBefore?.has(accountId) ?? false);
    values.forEach((value, monthIndex) => {
      const after = assertMrrValue(accountId, value);
      const month = months[monthIndex];
      if (after !== before && month !== undefined) {
        const kind = classify(before, after, hasPaidBefore);
        movements.push({ movement: { accountId, month, kind, amountMinor: after - before }, monthIndex });
      }
      if (after > 0) hasPaidBefore = true;
      before = after;
    });
  }
  return movements
    .sort(
      (a, b) =>
        a.monthIndex - b.monthIndex ||
        (a.movement.accountId < b.movement.accountId ? -1 : a.movement.accountId > b.movement.accountId ? 1 : 0),
    )
    .map(({ movement }) => movement);
}

const totalField: Record<MovementKind, keyof Omit<MonthTotals, 'month' | 'netMinor' | 'mrrMinor'>> = {
  new: 'newMinor',
  expansion: 'expansionMinor',
  contraction: 'contractionMinor',
  churn: 'churnMinor',
  reactivation: 'reactivationMinor',
};

/**
 * Per month of `months`, the movements summed by kind and the running total MRR, starting from
 * `openingTotalMrr` (the total of the month before months[0]). Movements outside `months` are not
 * counted, so the opening total must already include them.
 */
export function totalsByMonth(
  months: readonly string[],
  movements: readonly Movement[],
  openingTotalMrr: number,
): MonthTotals[] {
  const byMonth = new Map<string, Movement[]>();
  for (const movement of movements) {
    const list = byMonth.get(movement.month) ?? [];
    list.push(movement);
    byMonth.set(movement.month, list);
  }
  let mrrMinor = openingTotalMrr;
  return months.map((month) => {
    const totals: MonthTotals = {
      month,
      newMinor: 0,
      expansionMinor: 0,
      contractionMinor: 0,
      churnMinor: 0,
      reactivationMinor: 0,
      netMinor: 0,
      mrrMinor: 0,
    };
    for (const movement of byMonth.get(month) ?? []) {
      totals[totalField[movement.kind]] += movement.amountMinor;
      totals.netMinor += movement.amountMinor;
    }
    mrrMinor += totals.netMinor;
    totals.mrrMinor = mrrMinor;
    return totals;
  });
}
