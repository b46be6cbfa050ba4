import { describe, expect, it } from 'vitest';
import type { Factor } from './factor';
import type { HealthInputs } from './inputs';
import { computeRenewalFactors } from './renewal';
import { defaultHealthSettings } from './settings';
import { daysAgo, daysFromNow, makeInputs } from './test-factories';

const failedPayment: Factor = {
  key: 'payment.failed',
  dimension: 'payment',
  label: 'Payment failed',
  source: 'Stripe',
  points: -5,
  detail: '1 failed payment in the last 90 days (10 days ago)',
};
const lowAdoption: Factor = { ...failedPayment, key: 'adoption.seats', dimension: 'adoption', points: -8 };
const praise: Factor = { ...failedPayment, key: 'signals.praise', dimension: 'signals', points: 3 };
const missingUsage: Factor = { ...failedPayment, key: 'adoption.no_data', dimension: 'adoption', points: 0 };

function renewal(days: number, others: Factor[], overrides: Partial<HealthInputs> = {}): Factor[] {
  return computeRenewalFactors(
    makeInputs({ renewal: { date: daysFromNow(days), provider: 'salesbricks' }, ...overrides }),
    defaultHealthSettings,
    others,
  );
}

describe('renewal pressure', () => {
  it('scores a renewal in 20 days with a failed payment as −3 Approaching renewal (Salesbricks)', () => {
    // 4 points × 1 risk × (90 − 20) / 90 = 3.11 → 3
    expect(renewal(20, [failedPayment])).toEqual([
      {
        key: 'renewal.approaching',
        dimension: 'renewal',
        label: 'Approaching renewal',
        source: 'Salesbricks',
        points: -3,
        detail: 'Renews in 20 days while 1 other risk is open',
      },
    ]);
  });

  it('is always a factor inside the window: small alone, scaling with proximity, never 0', () => {
    // Alone: 2 points × (90 − days) / 90, rounded, at least 1.
    expect(renewal(1, [])).toEqual([
      {
        key: 'renewal.approaching',
        dimension: 'renewal',
        label: 'Approaching renewal',
        source: 'Salesbricks',
        points: -2, // 2 × 89/90 = 1.98
        detail: 'Renews in 1 day; no other risk is open',
      },
    ]);
    const alone = (days: number) => renewal(days, [praise, missingUsage])[0]?.points;
    expect(alone(0)).toBe(-2);
    expect(alone(45)).toBe(-1); // 2 × 45/90 = 1.0
    expect(alone(44)).toBe(-1); // 1.02
    expect(alone(20)).toBe(-2); // 1.56
    expect(alone(80)).toBe(-1); // 0.22, at least 1
    expect(alone(90)).toBe(-1); // the window's last day
    expect(renewal(91, [])).toEqual([]);
  });

  it('costs more with other risks open than alone at the same distance', () => {
    const points = (days: number, others: Factor[]) => renewal(days, others)[0]?.points ?? 0;
    expect([points(20, []), points(20, [failedPayment]), points(20, [lowAdoption, failedPayment])]).toEqual([
      -2, -3, -6,
    ]);
  });

  it('can be switched off with 0 points', () => {
    const settings = { ...defaultHealthSettings, renewal: { ...defaultHealthSettings.renewal, alonePoints: 0 } };
    const inputs = makeInputs({ renewal: { date: daysFromNow(5), provider: 'salesbricks' } });
    expect(computeRenewalFactors(inputs, settings, [])).toEqual([]);
    expect(computeRenewalFactors(inputs, settings, [failedPayment])[0]?.points).toBe(-4);
  });

  it('presses harder the closer the renewal and the more risks are open', () => {
    const points = (days: number, others: Factor[]) => renewal(days, others)[0]?.points ?? 0;
    expect(points(56, [lowAdoption, failedPayment])).toBe(-3); // 8 × 34/90 = 3.02
    expect(points(21, [lowAdoption, failedPayment])).toBe(-6); // 8 × 69/90 = 6.13
    expect(points(0, [lowAdoption, failedPayment])).toBe(-8);
    expect(points(80, [failedPayment])).toBe(-1); // 4 × 10/90 = 0.44, at least 1 inside the window
    expect(points(90, [lowAdoption, failedPayment])).toBe(-1);
    expect(renewal(21, [lowAdoption, failedPayment])[0]?.detail).toBe('Renews in 21 days while 2 other risks are open');
  });

  it('counts at most 3 other risks', () => {
    const risks = [1, 2, 3, 4, 5].map((n) => ({ ...failedPayment, key: `payment.risk_${n}` }));
    expect(renewal(0, risks)[0]).toMatchObject({ points: -12, detail: 'Renews today while 5 other risks are open' });
  });

  it('ignores renewals outside the 90-day window', () => {
    expect(renewal(91, [lowAdoption, failedPayment])).toEqual([]);
  });

  it('presses fully when the renewal date has passed', () => {
    const factors = computeRenewalFactors(
      makeInputs({ renewal: { date: daysAgo(5), provider: 'stripe' } }),
      defaultHealthSettings,
      [lowAdoption, failedPayment],
    );
    expect(factors[0]).toMatchObject({
      points: -8,
      source: 'Stripe',
      detail: 'Renewal date passed 5 days ago while 2 other risks are open',
    });
  });

  it('shows "No renewal date" as a zero-point line when no contract source is connected', () => {
    const factors = computeRenewalFactors(
      makeInputs({ renewal: null, connected: { usage: true, billing: false, contracts: false, signals: true } }),
      defaultHealthSettings,
      [failedPayment],
    );
    expect(factors).toEqual([
      {
        key: 'renewal.no_data',
        dimension: 'renewal',
        label: 'No renewal date',
        source: 'Salesbricks',
        points: 0,
        detail: 'Salesbricks and Stripe not connected; renewal pressure is not scored',
      },
    ]);
    const connected = computeRenewalFactors(makeInputs({ renewal: null }), defaultHealthSettings, []);
    expect(connected[0]?.detail).toBe(
      'No contract or subscription gives a renewal date; renewal pressure is not scored',
    );
  });
});

describe('renewal day count', () => {
  // now is 30 June 2025 12:00 UTC, which is already 1 July 00:00 in Auckland (UTC+12).
  const renewsAt = new Date('2025-07-20T10:00:00Z'); // 20 July 10:00 UTC = 20 July 22:00 in Auckland
  const detailIn = (timeZone: string) =>
    computeRenewalFactors(
      makeInputs({ renewal: { date: renewsAt, provider: 'stripe' }, timeZone }),
      defaultHealthSettings,
      [lowAdoption, failedPayment],
    )[0]?.detail;

  it('counts calendar days in the workspace time zone, as every screen does', () => {
    expect(detailIn('UTC')).toBe('Renews in 20 days while 2 other risks are open');
    expect(detailIn('Pacific/Auckland')).toBe('Renews in 19 days while 2 other risks are open');
  });
});
