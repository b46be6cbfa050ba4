import { describe, expect, it } from 'vitest';
import type { HealthInputs } from './inputs';
import { bandFor, computeHealth, healthEngineVersion, topFactors } from './score';
import type { HealthSettings } from '@success/shared/health-settings';
import { defaultHealthSettings } from './settings';
import { daysAgo, daysFromNow, makeInputs, makeSignal, makeUsage, usageSeries } from './test-factories';

const settings = defaultHealthSettings;
const allConnected = { usage: true, billing: true, contracts: true, signals: true };

/** The seed's risk-factor panel (seeds/customer-detail.txt): −8, −5, −3, +5. */
function seedAccount(overrides: Partial<HealthInputs> = {}): HealthInputs {
  return makeInputs({
    usage: makeUsage({ active: 12 }),
    payment: {
      sources: [{ provider: 'stripe', status: 'active' }],
      failedPayments: [{ occurredAt: daysAgo(10), provider: 'stripe' }],
      openInvoices: [],
    },
    renewal: { date: daysFromNow(56), provider: 'salesbricks' },
    signals: [makeSignal({ type: 'nps', score: 9, sentiment: 'positive', occurredAt: daysAgo(12) })],
    ...overrides,
  });
}

function withBaseline(baseline: number): HealthSettings {
  return { ...settings, baseline };
}

describe('health score', () => {
  it('leaves a quiet, fully connected account at the baseline', () => {
    expect(computeHealth(makeInputs(), settings)).toEqual({
      score: 75,
      band: 'healthy',
      state: 'healthy',
      baseline: 75,
      factors: [],
      clamp: null,
      coverage: 1,
      engineVersion: healthEngineVersion,
    });
  });

  it('reproduces the seed account: 75 − 8 − 5 − 3 + 5 = 64, at risk', () => {
    const result = computeHealth(seedAccount(), settings);
    expect(result.score).toBe(64);
    expect(result.band).toBe('at_risk');
    expect(result.clamp).toBeNull();
    expect(result.coverage).toBe(1);
    expect(
      result.factors.map((f) => `${f.points > 0 ? '+' : '−'}${Math.abs(f.points)} ${f.label} (${f.source})`),
    ).toEqual([
      '−8 Low product adoption (PostHog)',
      '−5 Payment failed (Stripe)',
      '+5 Recent positive NPS (signal)',
      '−3 Approaching renewal (Salesbricks)',
    ]);
    expect(result.factors.map((f) => f.detail)).toEqual([
      '12 of 50 licensed seats active (24%)',
      '1 failed payment in the last 90 days (10 days ago)',
      'NPS 9 from 12 days ago',
      'Renews in 56 days while 2 other risks are open',
    ]);
  });

  it('scores each worked example on its own', () => {
    const score = (overrides: Partial<HealthInputs>) => computeHealth(makeInputs(overrides), settings).score;
    expect(score({ usage: makeUsage({ active: 12 }) })).toBe(67);
    const failed = {
      sources: [{ provider: 'stripe' as const, status: 'active' }],
      failedPayments: [{ occurredAt: daysAgo(10), provider: 'stripe' as const }],
      openInvoices: [],
    };
    expect(score({ payment: failed })).toBe(70);
    expect(score({ payment: failed, renewal: { date: daysFromNow(20), provider: 'salesbricks' } })).toBe(67);
    expect(
      score({ signals: [makeSignal({ type: 'nps', score: 9, sentiment: 'positive', occurredAt: daysAgo(12) })] }),
    ).toBe(80);
  });

  it('puts the band boundaries at 70/69 and 40/39', () => {
    expect(bandFor(100, settings)).toBe('healthy');
    expect(bandFor(70, settings)).toBe('healthy');
    expect(bandFor(69, settings)).toBe('at_risk');
    expect(bandFor(40, settings)).toBe('at_risk');
    expect(bandFor(39, settings)).toBe('critical');
    expect(bandFor(0, settings)).toBe('critical');
    const band = (baseline: number) => computeHealth(makeInputs(), withBaseline(baseline)).band;
    expect([band(70), band(69), band(40), band(39)]).toEqual(['healthy', 'at_risk', 'at_risk', 'critical']);
  });

  it('follows edited bands', () => {
    const edited = { bands: { healthy: 80, atRisk: 50 } };
    expect([bandFor(80, edited), bandFor(79, edited), bandFor(50, edited), bandFor(49, edited)]).toEqual([
      'healthy',
      'at_risk',
      'at_risk',
      'critical',
    ]);
  });

  it('floors at 0 with a clamp line that makes the sum exact', () => {
    const inputs = makeInputs({
      usage: makeUsage({ daily: usageSeries({ recent: 0, prior: 10 }), lastActivityAt: null }),
      payment: {
        sources: [{ provider: 'stripe', status: 'past_due' }],
        failedPayments: [1, 2, 3].map((age) => ({ occurredAt: daysAgo(age), provider: 'stripe' as const })),
        openInvoices: [5, 6].map((age) => ({ dueAt: daysAgo(age), amountDueMinor: 100, provider: 'stripe' as const })),
      },
      renewal: { date: daysFromNow(0), provider: 'salesbricks' },
      signals: [
        makeSignal({ type: 'escalation', occurredAt: daysAgo(0) }),
        ...[0, 0, 0].map((age) => makeSignal({ occurredAt: daysAgo(age) })),
      ],
    });
    const result = computeHealth(inputs, settings);
    expect(result.factors.map((f) => [f.key, f.points])).toEqual([
      ['adoption.seats', -15], // 0 of 50 seats
      ['payment.failed', -15], // 3 failures, at the cap
      ['renewal.approaching', -12], // due today, 8 other risks counted as 3
      ['payment.past_due', -10],
      ['signals.complaint', -10], // 3 complaints today, at the cap
      ['signals.escalation', -10],
      ['adoption.trend', -8], // 10 → 0 a day
      ['payment.overdue_invoices', -6],
      ['adoption.recency', -2], // last active 8 days ago
    ]);
    // 75 − 88 = −13
    expect(result.clamp).toEqual({ points: 13, label: 'Floored at 0 (factors reach -13)' });
    expect(result.score).toBe(0);
    expect(result.band).toBe('critical');
  });

  it('caps at 100 with a clamp line that makes the sum exact', () => {
    const inputs = makeInputs({
      usage: makeUsage({ active: 45 }),
      signals: [makeSignal({ type: 'nps', score: 10, sentiment: 'positive', occurredAt: daysAgo(0) })],
    });
    const result = computeHealth(inputs, withBaseline(95));
    // 95 + 6 + 5 = 106
    expect(result.score).toBe(100);
    expect(result.clamp).toEqual({ points: -6, label: 'Capped at 100 (factors reach 106)' });
    expect(result.baseline + result.factors.reduce((sum, f) => sum + f.points, 0) + (result.clamp?.points ?? 0)).toBe(
      100,
    );
  });

  it('keeps a missing dimension neutral: a zero-point line, lower coverage, no renormalization', () => {
    const failed = {
      sources: [{ provider: 'stripe' as const, status: 'active' }],
      failedPayments: [{ occurredAt: daysAgo(10), provider: 'stripe' as const }],
      openInvoices: [],
    };
    const withUsage = computeHealth(makeInputs({ payment: failed }), settings);
    const withoutUsage = computeHealth(
      makeInputs({ payment: failed, usage: null, connected: { ...allConnected, usage: false } }),
      settings,
    );
    expect(withUsage.score).toBe(70);
    // Renormalizing over the 65% of weight left would have scaled the −5; the score stays put.
    expect(withoutUsage.score).toBe(70);
    expect(withoutUsage.coverage).toBeCloseTo(0.65, 10);
    expect(withoutUsage.factors.at(-1)).toEqual({
      key: 'adoption.no_data',
      dimension: 'adoption',
      label: 'No usage data',
      source: 'PostHog',
      points: 0,
      detail: 'PostHog not connected; adoption is not scored',
    });
  });

  it('does not let a missing dimension hide or raise a score', () => {
    const low = computeHealth(makeInputs({ usage: makeUsage({ active: 12 }) }), settings);
    const lowWithoutSignals = computeHealth(
      makeInputs({ usage: makeUsage({ active: 12 }), connected: { ...allConnected, signals: false } }),
      settings,
    );
    expect(lowWithoutSignals.score).toBe(low.score);
    expect(lowWithoutSignals.coverage).toBe(0.75);
  });

  it('shows every missing source and zero coverage when nothing is connected', () => {
    const result = computeHealth(
      makeInputs({
        usage: null,
        payment: null,
        renewal: null,
        signals: [],
        connected: { usage: false, billing: false, contracts: false, signals: false },
      }),
      settings,
    );
    expect(result.coverage).toBe(0);
    expect(result.score).toBe(75);
    expect(result.band).toBe('healthy');
    expect(result.state).toBe('not_enough_data');
    expect(result.factors.map((f) => [f.label, f.points])).toEqual([
      ['No usage data', 0],
      ['No billing data', 0],
      ['No renewal date', 0],
      ['No signals', 0],
    ]);
  });

  it('sorts by size with zero-point lines last and a risk before a praise of the same size', () => {
    const result = computeHealth(seedAccount({ usage: makeUsage({ active: 12, licensedSeats: null }) }), settings);
    expect(result.factors.map((f) => [f.key, f.points])).toEqual([
      ['payment.failed', -5],
      ['signals.nps_positive', 5],
      ['renewal.approaching', -2], // one other risk now: 4 × 34/90 = 1.51
      ['adoption.seats', 0],
    ]);
  });

  it('lists top factors most negative first, positives after, zero-point lines never', () => {
    const result = computeHealth(seedAccount(), settings);
    expect(topFactors(result, 2).map((f) => f.points)).toEqual([-8, -5]);
    expect(topFactors(result, 10).map((f) => f.points)).toEqual([-8, -5, -3, 5]);
    expect(topFactors(result, 0)).toEqual([]);
    const missing = computeHealth(makeInputs({ usage: null }), settings);
    expect(topFactors(missing, 3)).toEqual([]);
  });

  it('ignores facts dated after now, so a past score can be recomputed', () => {
    const inputs = seedAccount({
      now: daysAgo(30),
      usage: makeUsage({ daily: usageSeries({ recent: 12, historyDays: 60 }) }),
    });
    const result = computeHealth(inputs, settings);
    // 30 days earlier: the failed payment and the NPS answer had not happened, the reported last
    // activity (today) is ignored, and the renewal was 86 days out with one other risk
    // (4 × 4/90 = 0.18, at least 1 inside the window).
    expect(result.factors.map((f) => [f.key, f.points])).toEqual([
      ['adoption.seats', -8],
      ['renewal.approaching', -1],
    ]);
    expect(result.score).toBe(66);
  });
});

describe('the baseline sits inside a band', () => {
  it('keeps a quiet account healthy after one small factor: 75 − 1 = 74 (on the old 70 it flipped to 69)', () => {
    const renewing = makeInputs({ renewal: { date: daysFromNow(80), provider: 'salesbricks' } });
    const result = computeHealth(renewing, settings);
    // Renewal alone in 80 days: 2 × 10/90 = 0.22, at least 1 inside the window.
    expect(result.factors.map((f) => [f.key, f.points])).toEqual([['renewal.approaching', -1]]);
    expect(result.score).toBe(74);
    expect(result.state).toBe('healthy');
    expect(computeHealth(renewing, withBaseline(70)).band).toBe('at_risk');
  });
});

describe('not enough data', () => {
  const onlySignals = makeInputs({
    usage: null,
    payment: null,
    renewal: null,
    connected: { usage: false, billing: false, contracts: false, signals: true },
  });

  it('shows "not enough data" below 50% coverage, and still computes the score and band', () => {
    // Only signals (weight 25 of 100) are known: coverage 25% < 50%.
    const result = computeHealth(onlySignals, settings);
    expect(result.coverage).toBe(0.25);
    expect(result.score).toBe(75);
    expect(result.band).toBe('healthy');
    expect(result.state).toBe('not_enough_data');
  });

  it('shows the band at or above the minimum, and follows the setting', () => {
    // Payment and signals: 25 + 25 = 50% of the weight, exactly the minimum.
    const half = makeInputs({
      usage: null,
      renewal: null,
      connected: { ...allConnected, usage: false, contracts: false },
    });
    expect(computeHealth(half, settings)).toMatchObject({ coverage: 0.5, state: 'healthy' });
    expect(computeHealth(half, { ...settings, minCoverage: 0.6 }).state).toBe('not_enough_data');
    expect(computeHealth(onlySignals, { ...settings, minCoverage: 0.2 }).state).toBe('healthy');
  });
});

describe('dimension weights scale their points', () => {
  function withWeights(weights: Partial<HealthSettings['weights']>): HealthSettings {
    return { ...settings, weights: { ...settings.weights, ...weights } };
  }

  it('leaves every factor as computed at the default weights', () => {
    expect(computeHealth(seedAccount(), withWeights({})).factors.map((f) => f.points)).toEqual([-8, -5, 5, -3]);
  });

  it('doubles adoption at weight 70 (default 35): 75 − 16 − 5 − 3 + 5 = 56', () => {
    const result = computeHealth(seedAccount(), withWeights({ adoption: 70 }));
    expect(result.factors.map((f) => [f.key, f.points])).toEqual([
      ['adoption.seats', -16],
      ['payment.failed', -5],
      ['signals.nps_positive', 5],
      ['renewal.approaching', -3],
    ]);
    expect(result.score).toBe(56);
    expect(result.factors[0]?.detail).toBe(
      '12 of 50 licensed seats active (24%); adoption weight 70 (default 35) makes -8 into -16',
    );
  });

  it('rounds once, half-up on the magnitude: payment weight 35 (default 25) makes −5 into −7', () => {
    // −5 × 35/25 = −7.0; signals weight 10 (default 25): +5 × 0.4 = +2.
    const result = computeHealth(seedAccount(), withWeights({ payment: 35, signals: 10 }));
    expect(result.factors.map((f) => [f.key, f.points])).toEqual([
      ['adoption.seats', -8],
      ['payment.failed', -7],
      ['renewal.approaching', -3],
      ['signals.nps_positive', 2],
    ]);
    // 75 − 8 − 7 − 3 + 2 = 59, and baseline + Σ points + clamp = score still holds.
    expect(result.score).toBe(59);
    expect(result.baseline + result.factors.reduce((sum, f) => sum + f.points, 0)).toBe(result.score);
  });

  it('drops a dimension weighed 0 from the score and from coverage, and from the risks renewal counts', () => {
    const result = computeHealth(seedAccount(), withWeights({ adoption: 0 }));
    // Renewal in 56 days with one other risk now: 4 × 34/90 = 1.51 → 2.
    expect(result.factors.map((f) => [f.key, f.points])).toEqual([
      ['payment.failed', -5],
      ['signals.nps_positive', 5],
      ['renewal.approaching', -2],
    ]);
    expect(result.score).toBe(73);
    expect(result.coverage).toBe(1);
  });
});
