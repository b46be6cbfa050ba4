/**
 * A source's recurring amount per month before discounts, exact: the recurring licensed line
 * items, or the source's own amount when it has no items. Taxes, one-time and metered charges
 * never enter (METRICS.md, "Excluded").
 */
import { add, monthlyFraction, zero, type Rational } from './rational';
import type { LineItem, SourceState } from './types';

/** Recurring and licensed: a setup fee (not recurring) or metered usage is not MRR. */
export function isRecurringRevenueItem(item: LineItem): boolean {
  return item.isRecurring && !item.isMetered;
}

function itemMonthly(item: LineItem): Rational {
  const amount = BigInt(item.unitAmount) * BigInt(item.quantity);
  return monthlyFraction({ numerator: amount, denominator: 1n }, item.interval, item.intervalCount);
}

/**
 * Monthly recurring amount of the state. Items win when present, even if none of them is
 * recurring revenue (a source of only metered items has 0 MRR, not its fallback amount).
 */
export function recurringMonthly(state: SourceState): Rational {
  if (state.items.length === 0) {
    return monthlyFraction(
      { numerator: BigInt(state.amountMinor), denominator: 1n },
      state.billingInterval,
      state.intervalCount,
    );
  }
  return state.items.filter(isRecurringRevenueItem).map(itemMonthly).reduce(add, zero);
}
