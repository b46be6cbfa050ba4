import { describe, expect, it } from 'vitest';
import type { Factor } from './factor';
import type { SignalInput } from './inputs';
import { defaultHealthSettings } from './settings';
import { computeSignalFactors, recencyWeight } from './signals';
import { daysAgo, makeInputs, makeSignal } from './test-factories';

function signals(list: SignalInput[], isConnected = true): Factor[] {
  return computeSignalFactors(
    makeInputs({ signals: list, connected: { usage: true, billing: true, contracts: true, signals: isConnected } }),
    defaultHealthSettings,
  );
}

const nps = (score: number, age: number): SignalInput =>
  makeSignal({ type: 'nps', score, sentiment: score >= 9 ? 'positive' : 'negative', occurredAt: daysAgo(age) });

describe('signal factors', () => {
  it('scores an NPS 9 from twelve days ago as +5 Recent positive NPS (signal)', () => {
    // 6 × 0.5^(12/30) = 4.55 → 5
    expect(signals([nps(9, 12)])).toEqual([
      {
        key: 'signals.nps_positive',
        dimension: 'signals',
        label: 'Recent positive NPS',
        source: 'signal',
        points: 5,
        detail: 'NPS 9 from 12 days ago',
      },
    ]);
  });

  it('halves a signal’s weight every 30 days and drops it after 180 days', () => {
    const s = defaultHealthSettings.signals;
    expect(recencyWeight(0, s)).toBe(1);
    expect(recencyWeight(30, s)).toBe(0.5);
    expect(recencyWeight(60, s)).toBe(0.25);
    expect(recencyWeight(5, s)).toBeGreaterThan(recencyWeight(120, s));
    expect(recencyWeight(180, s)).toBeCloseTo(1 / 64, 10);
    expect(recencyWeight(181, s)).toBe(0);
    expect(recencyWeight(-1, s)).toBe(0);
  });

  it('weighs the same escalation 5 days ago more than 120 days ago, and not at all after 180 days', () => {
    const escalation = (age: number) => signals([makeSignal({ type: 'escalation', occurredAt: daysAgo(age) })])[0];
    expect(escalation(5)).toMatchObject({
      label: 'Recent escalation',
      points: -9,
      detail: 'Escalation from 5 days ago',
    }); // 10 × 0.891
    expect(escalation(120)?.points).toBe(-1); // 10 × 0.0625 = 0.63
    expect(escalation(180)).toBeUndefined(); // 10 × 0.016 rounds to nothing
    expect(escalation(181)).toBeUndefined();
  });

  it('weighs the same complaint 5 days ago as −4 and 120 days ago as nothing', () => {
    const complaint = (age: number) => signals([makeSignal({ occurredAt: daysAgo(age) })])[0];
    expect(complaint(5)).toMatchObject({ label: 'Recent complaint', points: -4, detail: 'Complaint from 5 days ago' }); // 5 × 0.891 = 4.45
    expect(complaint(120)).toBeUndefined(); // 5 × 0.0625 = 0.31
    expect(complaint(30)?.points).toBe(-3); // 5 × 0.5 = 2.5 rounds half up
  });

  it('adds signals of one kind before rounding once, and caps the kind', () => {
    const two = signals([makeSignal({ occurredAt: daysAgo(40) }), makeSignal({ occurredAt: daysAgo(5) })]);
    // 5 × 0.891 + 5 × 0.397 = 6.44 → 6
    expect(two).toEqual([
      expect.objectContaining({
        points: -6,
        detail: '2 complaints in the last 180 days, latest 5 days ago (recency-weighted)',
      }),
    ]);
    const three = signals([0, 0, 0].map((age) => makeSignal({ occurredAt: daysAgo(age) })));
    expect(three[0]).toMatchObject({
      points: -10,
      detail: '3 complaints in the last 180 days, latest today (recency-weighted)',
    });
  });

  it('scores NPS 0–6 as negative, 9–10 as positive and passives or scoreless answers as nothing', () => {
    expect(signals([nps(3, 2)])).toEqual([
      expect.objectContaining({
        key: 'signals.nps_negative',
        label: 'Recent negative NPS',
        points: -8,
        detail: 'NPS 3 from 2 days ago',
      }),
    ]);
    expect(signals([nps(7, 1), nps(8, 1), makeSignal({ type: 'nps', score: null, sentiment: 'positive' })])).toEqual(
      [],
    );
    const promoters = signals([nps(9, 20), nps(10, 3)]);
    // 6 × 0.933 + 6 × 0.630 = 9.38 → 9, capped at 8
    expect(promoters[0]).toMatchObject({
      points: 8,
      detail: '2 NPS responses of 9–10 in the last 180 days, latest NPS 10 from 3 days ago (recency-weighted)',
    });
  });

  it('scores praise as a positive factor', () => {
    expect(signals([makeSignal({ type: 'praise', sentiment: 'positive', occurredAt: daysAgo(1) })])).toEqual([
      expect.objectContaining({
        key: 'signals.praise',
        label: 'Recent praise',
        points: 3,
        detail: 'Praise from 1 day ago',
      }),
    ]);
  });

  it('ignores requests, bugs, questions, commitments and signals dated after now', () => {
    const ignored = (['feature_request', 'bug', 'question', 'commitment'] as const).map((type) => makeSignal({ type }));
    expect(signals([...ignored, makeSignal({ occurredAt: daysAgo(-2) })])).toEqual([]);
  });

  it('shows "No signals" as a zero-point line when no signal source is connected', () => {
    expect(signals([], false)).toEqual([
      {
        key: 'signals.no_data',
        dimension: 'signals',
        label: 'No signals',
        source: 'signal',
        points: 0,
        detail: 'No signal source connected; complaints, escalations, NPS and praise are not scored',
      },
    ]);
    expect(signals([], true)).toEqual([]);
    expect(signals([nps(9, 12)], false)[0]?.points).toBe(5);
  });
});
