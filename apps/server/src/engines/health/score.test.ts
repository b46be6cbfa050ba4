import { describe, expect, it } from 'vitest';
import type { HealthInputs } from './inputs';
import { bandFor, computeHealth, healthEngineVersion, topFactors } from './score';
import { defaultHealthSettings, type HealthSettings } from './settings';
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
      score: 70,
      band: 'healthy',
      baseline: 70,
      factors: [],
      clamp: null,
      coverage: 1,
      engineVersion: healthEngineVersion,
    });
  });

  it('reproduces the seed account: 70 − 8 − 5 − 3 + 5 = 59, at risk', () => {
    const result = computeHealth(seedAccount(), settings);
    expect(result.score).toBe(59);
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
    expect(score({ usage: makeUsage({ active: 12 }) })).toBe(62);
    const failed = {
      sources: [{ provider: 'stripe' as const, status: 'active' }],
      failedPayments: [{ occurredAt: daysAgo(10), provider: 'stripe' as const }],
      openInvoices: [],
    };
    expect(score({ payment: failed })).toBe(65);
    expect(score({ payment: failed, renewal: { date: daysFromNow(20), provider: 'salesbricks' } })).toBe(62);
    expect(
      score({ signals: [makeSignal({ type: 'nps', score: 9, sentiment: 'positive', occurredAt: daysAgo(12) })] }),
    ).toBe(75);
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
    // 70 − 88 = −18
    expect(result.clamp).toEqual({ points: 18, label: 'Floored at 0 (factors reach -18)' });
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
    expect(withUsage.score).toBe(65);
    // Renormalizing over the 65% of weight left would have scaled the −5; the score stays put.
    expect(withoutUsage.score).toBe(65);
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
    expect(result.score).toBe(70);
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
    // activity (today) is ignored, and the renewal was 86 days out with one other risk (0.18 → 0).
    expect(result.factors.map((f) => f.key)).toEqual(['adoption.seats']);
    expect(result.score).toBe(62);
  });
});
