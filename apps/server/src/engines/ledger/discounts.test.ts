import { describe, expect, it } from 'vitest';
import { isDiscountInForce } from './discounts';
import { sourceMrr } from './mrr';
import { amountOff, item, makeState, percentOff, utc } from './test-factories';
import type { LedgerSettings, SourceState } from './types';

const at = utc('2025-06-15T12:00:00Z');
const settings = (discounts: LedgerSettings['discounts']): LedgerSettings => ({
  discounts,
  pastDueChurnAfterDays: null,
});
const mrrOf = (state: Partial<SourceState>, mode: LedgerSettings['discounts'] = 'while_active', when = at) =>
  sourceMrr(makeState(state), when, settings(mode)).mrrMinor;

describe('discounts', () => {
  const monthly100 = { items: [item(1, 10_000)] };

  it('applies a percent discount to the whole recurring amount, across items: 25% of (100.00 + 1,200.00/12) = 150.00', () => {
    expect(mrrOf({ items: [item(1, 10_000), item(1, 120_000, 'year')], discounts: [percentOff(25)] })).toBe(15_000);
  });

  it('adds percent discounts rather than compounding: 10% + 20% off 100.00 is 70.00 (not 72.00); above 100% is 0', () => {
    expect(mrrOf({ ...monthly100, discounts: [percentOff(10), percentOff(20)] })).toBe(7_000);
    expect(mrrOf({ ...monthly100, discounts: [percentOff(60), percentOff(60)] })).toBe(0);
  });

  it('takes fractional percents exactly and rounds once: 33.33% off 10.00 = 6.667 → 6.67', () => {
    expect(mrrOf({ items: [item(1, 1_000)], discounts: [percentOff(33.33)] })).toBe(667);
  });

  it('normalizes a fixed amount per the source’s billing period: 120.00 off a 1,200.00 year = 90.00 a month', () => {
    const yearly = { items: [item(1, 120_000, 'year')], billingInterval: 'year' as const };
    expect(mrrOf({ ...yearly, discounts: [amountOff(12_000)] })).toBe(9_000);
    const quarterly = { amountMinor: 30_000, billingInterval: 'month' as const, intervalCount: 3 };
    expect(mrrOf({ ...quarterly, discounts: [amountOff(3_000)] })).toBe(9_000);
  });

  it('applies percent and fixed together: 100.00 − 10% − 5.00 = 85.00', () => {
    expect(mrrOf({ ...monthly100, discounts: [amountOff(500), percentOff(10)] })).toBe(8_500);
  });

  it('never goes below 0 and ignores negative values', () => {
    expect(mrrOf({ ...monthly100, discounts: [amountOff(20_000)] })).toBe(0);
    expect(mrrOf({ ...monthly100, discounts: [amountOff(-500), percentOff(-10)] })).toBe(10_000);
  });

  it('applies while startsAt ≤ at < endsAt (nulls open)', () => {
    const window = percentOff(50, '2025-06-01T00:00:00Z', '2025-07-01T00:00:00Z');
    const state = { ...monthly100, discounts: [window] };
    expect(mrrOf(state, 'while_active', utc('2025-05-31T23:59:59.999Z'))).toBe(10_000);
    expect(mrrOf(state, 'while_active', utc('2025-06-01T00:00:00Z'))).toBe(5_000);
    expect(mrrOf(state, 'while_active', utc('2025-06-30T23:59:59.999Z'))).toBe(5_000);
    expect(mrrOf(state, 'while_active', utc('2025-07-01T00:00:00Z'))).toBe(10_000);
    expect(mrrOf({ ...monthly100, discounts: [percentOff(50, null, '2025-07-01T00:00:00Z')] })).toBe(5_000);
    expect(mrrOf({ ...monthly100, discounts: [percentOff(50, '2025-07-01T00:00:00Z', null)] })).toBe(10_000);
  });

  it('forever_only applies only discounts without an end (from their start); ignore applies none', () => {
    const state = { ...monthly100, discounts: [percentOff(50, null, '2025-07-01T00:00:00Z'), amountOff(1_000)] };
    expect(mrrOf(state, 'while_active')).toBe(4_000);
    expect(mrrOf(state, 'forever_only')).toBe(9_000);
    expect(mrrOf(state, 'ignore')).toBe(10_000);
    expect(isDiscountInForce(amountOff(1_000, '2025-07-01T00:00:00Z'), at, 'forever_only')).toBe(false);
  });

  it('treats an unreadable bound as open', () => {
    expect(isDiscountInForce(percentOff(10, 'not a date', 'never'), at, 'while_active')).toBe(true);
  });
});
