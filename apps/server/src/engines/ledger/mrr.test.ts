import { describe, expect, it } from 'vitest';
import { arrOf, sourceMrr } from './mrr';
import { item, makeState, percentOff, utc } from './test-factories';
import type { LedgerSettings, SourceState } from './types';

const at = utc('2025-06-15T12:00:00Z');
const mrrOf = (state: Partial<SourceState>, when = at, settings?: LedgerSettings) =>
  sourceMrr(makeState(state), when, settings);

describe('sourceMrr: normalizing to one month', () => {
  it.each([
    ['month ÷ count: 300.00 per 3 months', item(1, 30_000, 'month', { intervalCount: 3 }), 10_000],
    ['year ÷ 12: 1,000.00 per year = 83.333… → 83.33', item(1, 100_000, 'year'), 8_333],
    ['year ÷ 12·count: 2,400.00 per 2 years = 100.00', item(1, 240_000, 'year', { intervalCount: 2 }), 10_000],
    ['week × 52/12: 10.00 per week = 43.333… → 43.33', item(1, 1_000, 'week'), 4_333],
    ['week × 52/12 ÷ count: 10.00 per 2 weeks = 21.666… → 21.67', item(1, 1_000, 'week', { intervalCount: 2 }), 2_167],
    ['day × 365/12: 1.00 per day = 30.41666… → 30.42', item(1, 100, 'day'), 3_042],
    ['day × 365/12 ÷ count: 7.00 per 7 days = 30.42', item(1, 700, 'day', { intervalCount: 7 }), 3_042],
  ])('%s', (_, line, expected) => {
    expect(mrrOf({ items: [line] }).mrrMinor).toBe(expected);
  });

  it('multiplies unit amount by quantity: 17 × 49.00 = 833.00', () => {
    expect(mrrOf({ items: [item(17, 4_900)] }).mrrMinor).toBe(83_300);
  });

  it('rounds once per source, not per item: 3 yearly items of 100.00 are 25.00, not 3 × 8.33 = 24.99', () => {
    const yearly = item(1, 10_000, 'year');
    expect(mrrOf({ items: [yearly, yearly, yearly] }).mrrMinor).toBe(2_500);
  });

  it('rounds half-up: 6.00 per year is 0.50 a month exactly; 0.06 per year is 0.005 → 0.01', () => {
    expect(mrrOf({ items: [item(1, 600, 'year')] }).mrrMinor).toBe(50);
    expect(mrrOf({ items: [item(1, 6, 'year')] }).mrrMinor).toBe(1);
  });

  it('keeps large seat counts exact (BigInt): 1,000,000 seats × 999,999.99/year', () => {
    // 99,999,999 × 1,000,000 ÷ 12 = 8,333,333,250,000 exactly
    expect(mrrOf({ items: [item(1_000_000, 99_999_999, 'year')] }).mrrMinor).toBe(8_333_333_250_000);
  });

  it('excludes one-time and metered items; items of only those make 0, not the fallback amount', () => {
    const setupFee = item(1, 50_000, 'month', { isRecurring: false, productName: 'Setup' });
    const usage = item(10_000, 2, 'month', { isMetered: true });
    expect(mrrOf({ items: [item(1, 10_000), setupFee, usage] }).mrrMinor).toBe(10_000);
    expect(mrrOf({ items: [setupFee, usage], amountMinor: 99_900 }).mrrMinor).toBe(0);
  });

  it('falls back to amountMinor per billingInterval × intervalCount when there are no items', () => {
    expect(mrrOf({ amountMinor: 120_000, billingInterval: 'year' }).mrrMinor).toBe(10_000);
    expect(mrrOf({ amountMinor: 9_000, billingInterval: 'month', intervalCount: 3 }).mrrMinor).toBe(3_000);
    expect(mrrOf({ amountMinor: 1_000, billingInterval: 'week' }).mrrMinor).toBe(4_333);
  });

  it('throws on an interval count below 1 rather than dividing by zero', () => {
    expect(() => mrrOf({ amountMinor: 1_000, intervalCount: 0 })).toThrow(/Interval count 0/);
  });
});

describe('sourceMrr: status and dates', () => {
  const plan = { items: [item(1, 5_000)] };

  it('counts active: 50.00, reason active, not flagged', () => {
    expect(mrrOf(plan)).toEqual({ mrrMinor: 5_000, reason: 'active', isCounted: true, isPastDue: false });
  });

  it('counts trialing as 0, and an active source before its trial end as 0 trialing', () => {
    expect(mrrOf({ ...plan, status: 'trialing' })).toEqual({
      mrrMinor: 0,
      reason: 'trialing',
      isCounted: false,
      isPastDue: false,
    });
    const converted = { ...plan, trialEnd: utc('2025-07-01T00:00:00Z') };
    expect(mrrOf(converted)).toMatchObject({ mrrMinor: 0, reason: 'trialing' });
    expect(mrrOf(converted, utc('2025-07-01T00:00:00Z'))).toMatchObject({ mrrMinor: 5_000, reason: 'active' });
  });

  it('counts past_due and flags it; normalizes case and spaces', () => {
    expect(mrrOf({ ...plan, status: ' PAST_DUE ' })).toEqual({
      mrrMinor: 5_000,
      reason: 'past_due',
      isCounted: true,
      isPastDue: true,
    });
  });

  it('with pastDueChurnAfterDays 30: counts at 29 days 23 h past due, 0 (still flagged) from 30 days', () => {
    const settings: LedgerSettings = { discounts: 'while_active', pastDueChurnAfterDays: 30 };
    const since = utc('2025-05-01T00:00:00Z');
    const state = makeState({ ...plan, status: 'past_due' });
    expect(sourceMrr(state, utc('2025-05-30T23:00:00Z'), settings, since)).toMatchObject({
      mrrMinor: 5_000,
      reason: 'past_due',
    });
    expect(sourceMrr(state, utc('2025-05-31T00:00:00Z'), settings, since)).toEqual({
      mrrMinor: 0,
      reason: 'inactive_status',
      isCounted: false,
      isPastDue: true,
    });
    // Off by default, and without a known start of the past-due period.
    expect(sourceMrr(state, utc('2026-01-01Z'), undefined, since).mrrMinor).toBe(5_000);
    expect(sourceMrr(state, utc('2026-01-01Z'), settings, null).mrrMinor).toBe(5_000);
  });

  it.each(['unpaid', 'canceled', 'incomplete', 'incomplete_expired', 'paused', 'something_new'])(
    'counts %s without an end date as 0 inactive_status',
    (status) => {
      expect(mrrOf({ ...plan, status })).toEqual({
        mrrMinor: 0,
        reason: 'inactive_status',
        isCounted: false,
        isPastDue: false,
      });
    },
  );

  it.each(['canceled', 'incomplete_expired'])(
    'counts %s with an end date as active before it (it was paying then) and 0 ended from it',
    (status) => {
      const state = { ...plan, status, endDate: utc('2025-07-01T00:00:00Z') };
      expect(mrrOf(state)).toEqual({ mrrMinor: 5_000, reason: 'active', isCounted: true, isPastDue: false });
      expect(mrrOf(state, utc('2025-07-01T00:00:00Z'))).toMatchObject({ mrrMinor: 0, reason: 'ended' });
    },
  );

  it('does not revive unpaid or paused sources from an end date', () => {
    expect(mrrOf({ ...plan, status: 'unpaid', endDate: utc('2025-07-01Z') }).reason).toBe('inactive_status');
    expect(mrrOf({ ...plan, status: 'paused', endDate: utc('2025-07-01Z') }).reason).toBe('inactive_status');
  });

  it('counts 0 not_started before the start date and 0 ended from the end date (cancel_at_period_end)', () => {
    const state = {
      ...plan,
      startDate: utc('2025-06-01T00:00:00Z'),
      endDate: utc('2025-07-01T00:00:00Z'),
      isCancelAtPeriodEnd: true,
    };
    expect(mrrOf(state, utc('2025-05-31T23:59:59.999Z'))).toMatchObject({ mrrMinor: 0, reason: 'not_started' });
    expect(mrrOf(state, utc('2025-06-01T00:00:00Z'))).toMatchObject({ mrrMinor: 5_000, reason: 'active' });
    expect(mrrOf(state, utc('2025-06-30T23:59:59.999Z'))).toMatchObject({ mrrMinor: 5_000, reason: 'active' });
    expect(mrrOf(state, utc('2025-07-01T00:00:00Z'))).toMatchObject({ mrrMinor: 0, reason: 'ended' });
  });

  it('keeps a counted source with a 100% discount counted at 0', () => {
    expect(mrrOf({ ...plan, discounts: [percentOff(100)] })).toEqual({
      mrrMinor: 0,
      reason: 'active',
      isCounted: true,
      isPastDue: false,
    });
  });
});

describe('arrOf', () => {
  it('is 12 × the rounded MRR: 166.67 → 2,000.04', () => {
    expect(arrOf(16_667)).toBe(200_004);
    expect(arrOf(0)).toBe(0);
  });
});
