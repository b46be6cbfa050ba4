import { describe, expect, it } from 'vitest';
import { accountChurn, lastPaymentStop } from './churn';
import { item, revision, utc } from './test-factories';
import type { LedgerSettings } from './types';

const now = utc('2026-11-24T12:00:00Z');
const sameCurrency = (amountMinor: number) => amountMinor;

describe('lastPaymentStop', () => {
  it('dates a canceled subscription by its end date, with the MRR it paid before', () => {
    // 6 seats × 50.00 a month, canceled; it ended on 3 October.
    const history = [
      revision('2026-11-24T12:00:00Z', {
        status: 'canceled',
        items: [item(6, 5_000)],
        startDate: utc('2026-01-03T00:00:00Z'),
        endDate: utc('2026-10-03T09:00:00Z'),
      }),
    ];
    expect(lastPaymentStop(history, now)).toEqual({ stoppedAt: utc('2026-10-03T09:00:00Z'), mrrBeforeMinor: 30_000 });
  });

  it('dates a stop without an end date by the revision that made it inactive', () => {
    const history = [
      revision('2026-05-01T00:00:00Z', { items: [item(2, 10_000)] }),
      revision('2026-09-15T00:00:00Z', { status: 'unpaid', items: [item(2, 10_000)] }),
      revision('2026-11-24T12:00:00Z', { status: 'unpaid', items: [item(2, 10_000)] }),
    ];
    expect(lastPaymentStop(history, now)).toEqual({ stoppedAt: utc('2026-09-15T00:00:00Z'), mrrBeforeMinor: 20_000 });
  });

  it('is null while the source pays, and for one that never paid', () => {
    expect(lastPaymentStop([revision('2026-01-01T00:00:00Z', { items: [item(1, 5_000)] })], now)).toBeNull();
    const lapsedTrial = [revision('2026-11-01T00:00:00Z', { status: 'incomplete_expired', items: [item(1, 5_000)] })];
    expect(lastPaymentStop(lapsedTrial, now)).toBeNull();
    expect(lastPaymentStop([], now)).toBeNull();
  });

  it('finds the day a past-due run reaches pastDueChurnAfterDays', () => {
    const settings: LedgerSettings = { discounts: 'while_active', pastDueChurnAfterDays: 30 };
    const history = [
      revision('2026-06-01T00:00:00Z', { items: [item(1, 9_900)] }),
      revision('2026-10-01T00:00:00Z', { status: 'past_due', items: [item(1, 9_900)] }),
    ];
    expect(lastPaymentStop(history, now, settings)).toEqual({
      stoppedAt: utc('2026-10-31T00:00:00Z'),
      mrrBeforeMinor: 9_900,
    });
    // Without the setting a past-due source keeps counting: no stop.
    expect(lastPaymentStop(history, now)).toBeNull();
  });
});

describe('accountChurn', () => {
  const ended = (endDate: string, quantity: number) => ({
    currency: 'USD',
    revisions: [
      revision('2026-11-24T12:00:00Z', {
        status: 'canceled',
        items: [item(quantity, 10_000)],
        startDate: utc('2025-01-01T00:00:00Z'),
        endDate: utc(endDate),
      }),
    ],
  });

  it('dates the churn by the last source to stop, with the account MRR just before it', () => {
    // 3 × 100.00 ended in August, 2 × 100.00 ended in October: churned in October at 200.00.
    expect(
      accountChurn([ended('2026-08-10T00:00:00Z', 3), ended('2026-10-20T00:00:00Z', 2)], now, sameCurrency),
    ).toEqual({
      churnedAt: utc('2026-10-20T00:00:00Z'),
      mrrBeforeMinor: 20_000,
    });
  });

  it('is not churned while any source still pays, nor when nothing ever paid', () => {
    const paying = { currency: 'USD', revisions: [revision('2026-01-01T00:00:00Z', { items: [item(1, 5_000)] })] };
    expect(accountChurn([ended('2026-08-10T00:00:00Z', 3), paying], now, sameCurrency)).toBeNull();
    const trial = {
      currency: 'USD',
      revisions: [revision('2026-11-01T00:00:00Z', { status: 'trialing', items: [item(1, 5_000)] })],
    };
    expect(accountChurn([trial], now, sameCurrency)).toBeNull();
    expect(accountChurn([], now, sameCurrency)).toBeNull();
  });

  it('converts the last MRR to the reporting currency', () => {
    const euros = { ...ended('2026-10-20T00:00:00Z', 2), currency: 'EUR' };
    const halve = (amountMinor: number, currency: string) => (currency === 'EUR' ? amountMinor / 2 : amountMinor);
    expect(accountChurn([euros], now, halve)?.mrrBeforeMinor).toBe(10_000);
  });
});
