import { describe, expect, it } from 'vitest';
import { diffSnapshots } from './diff';
import { healthDimensions, noDataKey } from './factor';
import type { BillingProvider, HealthInputs, SignalInput, SignalType } from './inputs';
import { bandFor, computeHealth } from './score';
import { healthSettingsSchema, type HealthSettings } from '@success/shared/health-settings';
import { defaultHealthSettings } from './settings';
import { dayAgo, daysAgo, daysFromNow, now, seededRandom } from './test-factories';

const seed = 20250630;
const cases = 1000;

const statuses = ['active', 'trialing', 'past_due', 'unpaid', 'canceled', 'PAST_DUE', 'incomplete'];
const signalTypes: SignalType[] = [
  'feature_request',
  'complaint',
  'escalation',
  'nps',
  'praise',
  'bug',
  'question',
  'commitment',
];

function generator(random: () => number) {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const chance = (p: number) => random() < p;
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const provider = (): BillingProvider => (chance(0.5) ? 'stripe' : 'salesbricks');
  const times = <T>(max: number, make: () => T): T[] => Array.from({ length: int(0, max) }, make);

  function inputs(): HealthInputs {
    const signal = (): SignalInput => ({
      type: pick(signalTypes),
      sentiment: pick(['positive', 'neutral', 'negative'] as const),
      score: chance(0.5) ? int(0, 10) : null,
      occurredAt: daysAgo(int(-5, 200)),
    });
    return {
      now,
      timeZone: 'UTC',
      usage: chance(0.2)
        ? null
        : {
            licensedSeats: chance(0.15) ? null : int(0, 2000),
            licensedSeatsSource: pick(['ledger', 'salesbricks_contract', null] as const),
            daily: times(40, () => ({ day: dayAgo(int(-2, 60)), activeUsers: int(0, 250) })),
            lastActivityAt: chance(0.3) ? null : daysAgo(int(-3, 90)),
          },
      payment: chance(0.2)
        ? null
        : {
            sources: times(3, () => ({ provider: provider(), status: pick(statuses) })),
            failedPayments: times(6, () => ({ occurredAt: daysAgo(int(-10, 120)), provider: provider() })),
            openInvoices: times(4, () => ({
              dueAt: chance(0.2) ? null : daysAgo(int(-20, 60)),
              amountDueMinor: int(0, 100_000),
              provider: provider(),
            })),
          },
      renewal: chance(0.2) ? null : { date: daysFromNow(int(-30, 200)), provider: provider() },
      signals: times(10, signal),
      connected: { usage: chance(0.8), billing: chance(0.8), contracts: chance(0.8), signals: chance(0.8) },
    };
  }

  /** Valid settings around the defaults: any baseline and bands, magnitudes scaled ×0–3. */
  function settings(): HealthSettings {
    const healthy = int(1, 100);
    const k = int(0, 3);
    const d = structuredClone(defaultHealthSettings);
    const scale = <T extends { points: number; maxPoints: number }>(kind: T): T => ({
      ...kind,
      points: kind.points * k,
      maxPoints: kind.maxPoints * k,
    });
    const weight = () => (chance(0.15) ? 0 : int(1, 100));
    const weights = { adoption: weight(), payment: weight(), renewal: weight(), signals: weight() };
    if (weights.adoption + weights.payment + weights.renewal + weights.signals === 0) weights.signals = 1;
    const pointsPerOtherRisk = int(0, 10);
    return {
      ...d,
      baseline: int(0, 100),
      bands: { healthy, atRisk: int(0, healthy - 1) },
      weights,
      minCoverage: random(),
      adoption: {
        ...d.adoption,
        lowPoints: d.adoption.lowPoints * k,
        criticalPoints: d.adoption.criticalPoints * k,
        strongPoints: d.adoption.strongPoints * k,
        declinePoints: d.adoption.declinePoints * k,
        steepDeclinePoints: d.adoption.steepDeclinePoints * k,
        trendWeeks: int(2, 6),
        inactivity: d.adoption.inactivity.map((tier) => ({ ...tier, points: tier.points * k })),
      },
      payment: {
        ...d.payment,
        pastDuePoints: d.payment.pastDuePoints * k,
        failedPaymentPoints: d.payment.failedPaymentPoints * k,
        failedPaymentMaxPoints: d.payment.failedPaymentMaxPoints * k,
        overdueInvoicePoints: d.payment.overdueInvoicePoints * k,
        overdueInvoiceMaxPoints: d.payment.overdueInvoiceMaxPoints * k,
      },
      renewal: {
        ...d.renewal,
        pointsPerOtherRisk,
        alonePoints: int(0, pointsPerOtherRisk),
        windowDays: int(1, 180),
      },
      signals: {
        ...d.signals,
        halfLifeDays: int(1, 90),
        windowDays: int(1, 365),
        complaint: scale(d.signals.complaint),
        escalation: scale(d.signals.escalation),
        negativeNps: scale(d.signals.negativeNps),
        positiveNps: scale(d.signals.positiveNps),
        praise: scale(d.signals.praise),
      },
    };
  }

  return { inputs, settings };
}

describe('health score invariants over generated accounts', () => {
  it(`holds baseline + Σ points + clamp = score, 0 ≤ score ≤ 100, for ${cases} cases (seed ${seed})`, () => {
    const generate = generator(seededRandom(seed));
    let clamped = 0;
    let previous = computeHealth(generate.inputs(), defaultHealthSettings);
    for (let i = 0; i < cases; i += 1) {
      const settings = generate.settings();
      const inputs = generate.inputs();
      const label = `case ${i} of seed ${seed}`;
      expect(healthSettingsSchema.safeParse(settings).success, label).toBe(true);

      const result = computeHealth(inputs, settings);
      const sum = result.factors.reduce((total, factor) => total + factor.points, 0);
      expect(result.baseline + sum + (result.clamp?.points ?? 0), label).toBe(result.score);
      expect(Number.isInteger(result.score), label).toBe(true);
      expect(result.score, label).toBeGreaterThanOrEqual(0);
      expect(result.score, label).toBeLessThanOrEqual(100);
      expect(result.clamp === null, label).toBe(result.baseline + sum >= 0 && result.baseline + sum <= 100);
      if (result.clamp) clamped += 1;
      expect(result.band, label).toBe(bandFor(result.score, settings));
      expect(result.state, label).toBe(result.coverage < settings.minCoverage ? 'not_enough_data' : result.band);

      for (const factor of result.factors) {
        expect(Number.isInteger(factor.points) && !Object.is(factor.points, -0), label).toBe(true);
        expect(factor.detail.length, label).toBeGreaterThan(0);
      }
      expect(new Set(result.factors.map((f) => f.key)).size, label).toBe(result.factors.length);
      const sizes = result.factors.map((f) => Math.abs(f.points));
      expect(sizes, label).toEqual([...sizes].sort((a, b) => b - a));

      const missing = healthDimensions.filter((d) => result.factors.some((f) => f.key === noDataKey(d)));
      expect(result.coverage, label).toBeGreaterThanOrEqual(0);
      expect(result.coverage, label).toBeLessThanOrEqual(1);
      // Only a dimension that carries weight lowers coverage by missing.
      expect(result.coverage < 1, label).toBe(missing.some((d) => settings.weights[d] > 0));
      // A dimension weighed 0 adds no points.
      for (const factor of result.factors) {
        if (settings.weights[factor.dimension] === 0) expect(factor.points, label).toBe(0);
      }
      // A missing dimension says nothing else: its no-data line is its only line.
      for (const dimension of missing) {
        expect(result.factors.filter((f) => f.dimension === dimension).length, label).toBe(1);
      }

      expect(computeHealth(inputs, settings), `${label} is deterministic`).toEqual(result);

      const diff = diffSnapshots(previous, result);
      const deltas = diff.factors.reduce((total, change) => total + change.delta, 0);
      expect(diff.baselineDelta + diff.clampDelta + deltas, label).toBe(diff.scoreDelta);
      previous = result;
    }
    // The generator must actually reach the clamp for the invariant to be tested there.
    expect(clamped).toBeGreaterThan(20);
  });
});
