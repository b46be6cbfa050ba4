/**
 * Exact fractions for the MRR arithmetic. Amounts stay rational until the one rounding per source,
 * so three yearly items of 100 add up to 25.00 a month, not 8.33 × 3 = 24.99.
 */
import type { BillingInterval } from './types';

/** numerator ÷ denominator, denominator always positive. */
export type Rational = { numerator: bigint; denominator: bigint };

export const zero: Rational = { numerator: 0n, denominator: 1n };

export function add(a: Rational, b: Rational): Rational {
  if (a.denominator === b.denominator) return { numerator: a.numerator + b.numerator, denominator: a.denominator };
  return {
    numerator: a.numerator * b.denominator + b.numerator * a.denominator,
    denominator: a.denominator * b.denominator,
  };
}

export function subtract(a: Rational, b: Rational): Rational {
  return add(a, { numerator: -b.numerator, denominator: b.denominator });
}

export function multiply(a: Rational, b: Rational): Rational {
  return { numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator };
}

export function isPositive(a: Rational): boolean {
  return a.numerator > 0n;
}

/** The lesser of two fractions (used to cap a discount sum at 100%). */
export function min(a: Rational, b: Rational): Rational {
  return a.numerator * b.denominator <= b.numerator * a.denominator ? a : b;
}

/**
 * The exact value of a JS number as a fraction ('12.5' → 125/10). Discount values arrive as JSON
 * numbers; their shortest decimal form is what the user typed, so that is the value taken.
 */
export function exactDecimal(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`${value} is not a finite number`);
  if (Number.isInteger(value)) return { numerator: BigInt(value), denominator: 1n };
  const plain = /^(-?)(\d+)\.(\d+)$/.exec(String(value)) ?? /^(-?)(\d+)\.(\d+)$/.exec(value.toFixed(20));
  if (!plain) throw new RangeError(`${value} has no decimal form`);
  const [, sign = '', whole = '', fraction = ''] = plain;
  const magnitude = BigInt(whole + fraction);
  return { numerator: sign === '-' ? -magnitude : magnitude, denominator: 10n ** BigInt(fraction.length) };
}

/**
 * One period's amount as a monthly fraction (METRICS.md): month ÷ count, year ÷ 12·count,
 * week × 52/12 ÷ count, day × 365/12 ÷ count. Same arithmetic as integrations/stripe/amounts.ts.
 */
export function monthlyFraction(amount: Rational, interval: BillingInterval, intervalCount: number): Rational {
  if (!Number.isSafeInteger(intervalCount) || intervalCount < 1) {
    throw new RangeError(`Interval count ${intervalCount} must be a whole number of at least 1`);
  }
  const count = BigInt(intervalCount);
  const { numerator, denominator } = amount;
  switch (interval) {
    case 'month':
      return { numerator, denominator: denominator * count };
    case 'year':
      return { numerator, denominator: denominator * 12n * count };
    case 'week':
      return { numerator: numerator * 52n, denominator: denominator * 12n * count };
    case 'day':
      return { numerator: numerator * 365n, denominator: denominator * 12n * count };
  }
}
