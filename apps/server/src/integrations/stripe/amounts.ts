import type { LineItem } from '../../engines/ledger/types';

export type RecurringAmount = {
  amountMinor: number;
  billingInterval: LineItem['interval'];
  intervalCount: number;
};

/** Items that make up recurring revenue: recurring and licensed (metered usage is excluded). */
export function isCountedItem(item: LineItem): boolean {
  return item.isRecurring && !item.isMetered;
}

/**
 * One period's amount as a monthly fraction (METRICS.md): month ÷ count, year ÷ 12·count,
 * week × 52/12·count, day × 365/12·count. BigInt keeps large seat counts exact.
 */
function monthlyFraction(item: LineItem): { numerator: bigint; denominator: bigint } {
  const amount = BigInt(item.unitAmount) * BigInt(item.quantity);
  const count = BigInt(item.intervalCount);
  switch (item.interval) {
    case 'month':
      return { numerator: amount, denominator: count };
    case 'year':
      return { numerator: amount, denominator: 12n * count };
    case 'week':
      return { numerator: 52n * amount, denominator: 12n * count };
    case 'day':
      return { numerator: 365n * amount, denominator: 12n * count };
  }
}

/** Rounds a non-negative fraction half-up to an integer. */
function roundHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/**
 * The subscription's recurring amount before discounts and tax. When every counted item bills on
 * the same interval the amount is per that billing period; when intervals differ there is no
 * common period, so the amount is normalized to one month (exact, rounded once) and the items keep
 * their own intervals for the ledger.
 */
export function computeRecurringAmount(items: LineItem[]): RecurringAmount {
  const counted = items.filter(isCountedItem);
  const first = counted[0] ?? items.find((item) => item.isRecurring);
  if (!first) return { amountMinor: 0, billingInterval: 'month', intervalCount: 1 };
  const isSharedInterval = counted.every(
    (item) => item.interval === first.interval && item.intervalCount === first.intervalCount,
  );
  if (isSharedInterval) {
    const amountMinor = counted.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
    return { amountMinor, billingInterval: first.interval, intervalCount: first.intervalCount };
  }
  let numerator = 0n;
  let denominator = 1n;
  for (const item of counted) {
    const part = monthlyFraction(item);
    numerator = numerator * part.denominator + part.numerator * denominator;
    denominator *= part.denominator;
  }
  return { amountMinor: roundHalfUp(numerator, denominator), billingInterval: 'month', intervalCount: 1 };
}
