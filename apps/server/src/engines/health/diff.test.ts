import { describe, expect, it } from 'vitest';
import { diffSnapshots, type HealthDiff } from './diff';
import type { HealthInputs } from './inputs';
import { computeHealth } from './score';
import { defaultHealthSettings } from './settings';
import { daysAgo, daysFromNow, makeInputs, makeSignal, makeUsage } from './test-factories';

const settings = defaultHealthSettings;

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

const paid = { sources: [{ provider: 'stripe' as const, status: 'active' }], failedPayments: [], openInvoices: [] };

function explainsTheWholeChange(diff: HealthDiff) {
  const factorDeltas = diff.factors.reduce((sum, change) => sum + change.delta, 0);
  expect(diff.baselineDelta + diff.clampDelta + factorDeltas).toBe(diff.scoreDelta);
}

describe('why the score changed', () => {
  it('lists each factor that moved, appeared or disappeared, largest move first', () => {
    const before = computeHealth(seedAccount(), settings); // 64
    const after = computeHealth(seedAccount({ usage: makeUsage({ active: 5 }), payment: paid }), settings); // 63
    const diff = diffSnapshots(before, after);
    expect(diff).toEqual({
      scoreBefore: 64,
      scoreAfter: 63,
      scoreDelta: -1,
      bandBefore: 'at_risk',
      bandAfter: 'at_risk',
      isBandChanged: false,
      baselineDelta: 0,
      clampDelta: 0,
      factors: [
        {
          key: 'adoption.seats',
          label: 'Very low product adoption',
          detail: '5 of 50 licensed seats active (10%)',
          before: -8,
          after: -15,
          delta: -7,
          change: 'changed',
        },
        {
          key: 'payment.failed',
          label: 'Payment failed',
          detail: '1 failed payment in the last 90 days (10 days ago)',
          before: -5,
          after: null,
          delta: 5,
          change: 'disappeared',
        },
        {
          key: 'renewal.approaching',
          label: 'Approaching renewal',
          detail: 'Renews in 56 days while 1 other risk is open',
          before: -3,
          after: -2,
          delta: 1,
          change: 'changed',
        },
      ],
    });
    explainsTheWholeChange(diff);
  });

  it('reports a band change', () => {
    const before = computeHealth(seedAccount(), settings);
    const after = computeHealth(seedAccount({ usage: makeUsage({ active: 45 }), payment: paid }), settings);
    const diff = diffSnapshots(before, after);
    expect(diff).toMatchObject({
      scoreBefore: 64,
      scoreAfter: 84,
      scoreDelta: 20,
      bandAfter: 'healthy',
      isBandChanged: true,
    });
    expect(diff.factors.map((c) => [c.key, c.delta, c.change])).toEqual([
      ['adoption.seats', 13, 'changed'],
      ['payment.failed', 5, 'disappeared'],
      // Alone now, the renewal in 56 days still costs 2 × 34/90 = 0.76 → 1.
      ['renewal.approaching', 2, 'changed'],
    ]);
    explainsTheWholeChange(diff);
  });

  it('shows a source going missing as an appeared zero-point line', () => {
    const before = computeHealth(seedAccount(), settings);
    const after = computeHealth(
      seedAccount({ usage: null, connected: { usage: false, billing: true, contracts: true, signals: true } }),
      settings,
    );
    const diff = diffSnapshots(before, after);
    expect(diff.factors.map((c) => [c.key, c.before, c.after, c.change])).toEqual([
      ['adoption.seats', -8, null, 'disappeared'],
      ['renewal.approaching', -3, -2, 'changed'],
      ['adoption.no_data', null, 0, 'appeared'],
    ]);
    explainsTheWholeChange(diff);
  });

  it('accounts for a changed baseline and a clamp', () => {
    const before = computeHealth(makeInputs(), settings);
    const after = computeHealth(
      makeInputs({ signals: [makeSignal({ type: 'praise', sentiment: 'positive', occurredAt: daysAgo(0) })] }),
      { ...settings, baseline: 99 },
    );
    const diff = diffSnapshots(before, after);
    expect(diff).toMatchObject({ scoreDelta: 25, baselineDelta: 24, clampDelta: -2 });
    expect(diff.factors.map((c) => [c.key, c.delta])).toEqual([['signals.praise', 3]]);
    explainsTheWholeChange(diff);
  });

  it('reads stored snapshots without a baseline or details', () => {
    const diff = diffSnapshots(
      { score: 62, band: 'at_risk', factors: [{ key: 'adoption.seats', label: 'Low product adoption', points: -8 }] },
      { score: 70, band: 'healthy', factors: [] },
    );
    expect(diff.factors).toEqual([
      {
        key: 'adoption.seats',
        label: 'Low product adoption',
        detail: null,
        before: -8,
        after: null,
        delta: 8,
        change: 'disappeared',
      },
    ]);
    expect(diff.baselineDelta).toBe(0);
  });

  it('finds nothing to explain between identical results', () => {
    const result = computeHealth(seedAccount(), settings);
    expect(diffSnapshots(result, result)).toMatchObject({ scoreDelta: 0, isBandChanged: false, factors: [] });
  });
});
