/**
 * Discounts subtracted from the monthly recurring amount (METRICS.md): while they apply by default,
 * a discount ending is then an Expansion and one starting a Contraction.
 */
import {
  add,
  exactDecimal,
  isPositive,
  min,
  monthlyFraction,
  multiply,
  subtract,
  zero,
  type Rational,
} from './rational';
import type { Discount, LedgerSettings, SourceState } from './types';

const hundredPercent: Rational = { numerator: 100n, denominator: 1n };

/** An ISO bound as epoch ms; a missing or unreadable bound leaves that side open. */
function boundTime(iso: string | null): number | null {
  if (iso === null) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}

/** In force on [startsAt, endsAt): a coupon ending at midnight no longer applies at midnight. */
export function isDiscountInForce(discount: Discount, at: Date, mode: LedgerSettings['discounts']): boolean {
  if (mode === 'ignore') return false;
  if (mode === 'forever_only' && discount.endsAt !== null) return false;
  const time = at.getTime();
  const startsAt = boundTime(discount.startsAt);
  const endsAt = boundTime(discount.endsAt);
  return (startsAt === null || startsAt <= time) && (endsAt === null || time < endsAt);
}

/**
 * Percent discounts each take their percent of the whole recurring amount (they add up, capped at
 * 100%, rather than compounding: 10% and 20% off is 30% off, the reading a person checks by hand);
 * fixed amounts are per billing period of the source, normalized to a month like the source itself.
 * Negative values are ignored and the result never goes below 0.
 */
export function applyDiscounts(
  monthly: Rational,
  state: SourceState,
  at: Date,
  mode: LedgerSettings['discounts'],
): Rational {
  const inForce = state.discounts.filter((discount) => isDiscountInForce(discount, at, mode));
  const values = (kind: Discount['kind']) =>
    inForce
      .filter((discount) => discount.kind === kind)
      .map((discount) => exactDecimal(discount.value))
      .filter(isPositive);
  const percent = min(values('percent').reduce(add, zero), hundredPercent);
  const kept = multiply(monthly, subtract(hundredPercent, percent));
  const afterPercent: Rational = { numerator: kept.numerator, denominator: kept.denominator * 100n };
  const fixedMonthly = monthlyFraction(values('amount').reduce(add, zero), state.billingInterval, state.intervalCount);
  const result = subtract(afterPercent, fixedMonthly);
  return isPositive(result) ? result : zero;
}
