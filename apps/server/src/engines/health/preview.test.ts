import { describe, expect, it } from 'vitest';
import { emptyPreview, mergePreviews, previewBandChanges } from './preview';
import type { HealthSettings } from '@success/shared/health-settings';
import { defaultHealthSettings } from './settings';
import { daysAgo, makeInputs, makeSignal, makeUsage } from './test-factories';

const current = defaultHealthSettings;

const accounts = [
  // 75 − 8 = 67, at risk
  { accountId: 'a-low-adoption', inputs: makeInputs({ usage: makeUsage({ active: 12 }) }) },
  // 75 + 5 = 80, healthy
  {
    accountId: 'b-promoter',
    inputs: makeInputs({
      signals: [makeSignal({ type: 'nps', score: 9, sentiment: 'positive', occurredAt: daysAgo(12) })],
    }),
  },
  // 75 − 5 = 70, healthy
  {
    accountId: 'c-failed-payment',
    inputs: makeInputs({
      payment: {
        sources: [{ provider: 'stripe', status: 'active' }],
        failedPayments: [{ occurredAt: daysAgo(10), provider: 'stripe' }],
        openInvoices: [],
      },
    }),
  },
  // 75, healthy
  { accountId: 'd-quiet', inputs: makeInputs() },
  // 75, but only signals known (25% coverage): not enough data
  {
    accountId: 'e-unknown',
    inputs: makeInputs({
      usage: null,
      payment: null,
      renewal: null,
      connected: { usage: false, billing: false, contracts: false, signals: true },
    }),
  },
];

function withBands(healthy: number, atRisk: number): HealthSettings {
  return { ...current, bands: { healthy, atRisk } };
}

describe('settings preview', () => {
  it('changes nothing when the settings do not change, and counts accounts per state', () => {
    const preview = previewBandChanges(accounts, current, current);
    expect(preview).toMatchObject({ total: 5, changed: 0, scoresChanged: 0, byTransition: {}, accounts: [] });
    expect(preview.counts.before).toEqual({ healthy: 3, at_risk: 1, critical: 0, not_enough_data: 1 });
    expect(preview.counts.after).toEqual(preview.counts.before);
  });

  it('counts accounts that a lower healthy threshold moves up', () => {
    const preview = previewBandChanges(accounts, current, withBands(60, 40));
    expect(preview.changed).toBe(1);
    expect(preview.scoresChanged).toBe(0);
    expect(preview.byTransition).toEqual({ 'at_risk->healthy': 1 });
    expect(preview.counts.after).toEqual({ healthy: 4, at_risk: 0, critical: 0, not_enough_data: 1 });
    expect(preview.accounts.map((a) => a.accountId)).toEqual(['a-low-adoption']);
  });

  it('counts each transition when both thresholds move', () => {
    const preview = previewBandChanges(accounts, current, withBands(76, 68));
    expect(preview.changed).toBe(3);
    expect(preview.byTransition).toEqual({ 'healthy->at_risk': 2, 'at_risk->critical': 1 }); // 75, 70; 67
    expect(preview.accounts).toContainEqual({
      accountId: 'a-low-adoption',
      before: { score: 67, band: 'at_risk' },
      after: { score: 67, band: 'critical' },
    });
  });

  it('recomputes scores when a magnitude changes', () => {
    const proposed = { ...current, adoption: { ...current.adoption, lowPoints: 36 } };
    const preview = previewBandChanges(accounts, current, proposed);
    expect(preview.accounts).toEqual([
      { accountId: 'a-low-adoption', before: { score: 67, band: 'at_risk' }, after: { score: 39, band: 'critical' } },
    ]);
    expect(preview.byTransition).toEqual({ 'at_risk->critical': 1 });
  });

  it('shows a weight change: payment weight 50 (default 25) doubles −5 to −10, 75 − 10 = 65', () => {
    const proposed = { ...current, weights: { ...current.weights, payment: 50 } };
    const preview = previewBandChanges(accounts, current, proposed);
    expect(preview.scoresChanged).toBe(1);
    expect(preview.accounts).toEqual([
      { accountId: 'c-failed-payment', before: { score: 70, band: 'healthy' }, after: { score: 65, band: 'at_risk' } },
    ]);
    expect(preview.counts.after).toEqual({ healthy: 2, at_risk: 2, critical: 0, not_enough_data: 1 });
  });

  it('moves accounts in and out of "not enough data" with the minimum coverage', () => {
    const preview = previewBandChanges(accounts, current, { ...current, minCoverage: 0.2 });
    expect(preview.byTransition).toEqual({ 'not_enough_data->healthy': 1 });
    const stricter = previewBandChanges(accounts, current, { ...current, minCoverage: 1 });
    expect(stricter.byTransition).toEqual({});
    // A weight of 0 for the dimensions it lacks leaves e-unknown fully covered by signals.
    const signalsOnly = { ...current, weights: { adoption: 0, payment: 0, renewal: 0, signals: 25 } };
    expect(previewBandChanges(accounts, current, signalsOnly).byTransition['not_enough_data->healthy']).toBe(1);
  });

  it('adds batches together and keeps a bounded sample', () => {
    const first = previewBandChanges(accounts.slice(0, 3), current, withBands(76, 68));
    const second = previewBandChanges(accounts.slice(3), current, withBands(76, 68));
    const merged = mergePreviews(mergePreviews(emptyPreview(), first, 2), second, 2);
    expect(merged).toMatchObject({
      total: 5,
      changed: 3,
      byTransition: { 'healthy->at_risk': 2, 'at_risk->critical': 1 },
    });
    expect(merged.counts.before).toEqual({ healthy: 3, at_risk: 1, critical: 0, not_enough_data: 1 });
    expect(merged.accounts).toHaveLength(2);
  });
});
