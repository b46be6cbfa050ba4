import { describe, expect, it } from 'vitest';
import { previewBandChanges } from './preview';
import { defaultHealthSettings, type HealthSettings } from './settings';
import { daysAgo, makeInputs, makeSignal, makeUsage } from './test-factories';

const current = defaultHealthSettings;

const accounts = [
  // 70 − 8 = 62, at risk
  { accountId: 'a-low-adoption', inputs: makeInputs({ usage: makeUsage({ active: 12 }) }) },
  // 70 + 5 = 75, healthy
  {
    accountId: 'b-promoter',
    inputs: makeInputs({
      signals: [makeSignal({ type: 'nps', score: 9, sentiment: 'positive', occurredAt: daysAgo(12) })],
    }),
  },
  // 70 − 5 = 65, at risk
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
  // 70, healthy
  { accountId: 'd-quiet', inputs: makeInputs() },
];

function withBands(healthy: number, atRisk: number): HealthSettings {
  return { ...current, bands: { healthy, atRisk } };
}

describe('settings preview', () => {
  it('changes nothing when the settings do not change', () => {
    const preview = previewBandChanges(accounts, current, current);
    expect(preview.changed).toBe(0);
    expect(preview.total).toBe(4);
    expect(Object.values(preview.byTransition).every((count) => count === 0)).toBe(true);
  });

  it('counts accounts that a lower healthy threshold moves up', () => {
    const preview = previewBandChanges(accounts, current, withBands(60, 40));
    expect(preview.changed).toBe(2);
    expect(preview.byTransition).toEqual({
      'healthy->at_risk': 0,
      'healthy->critical': 0,
      'at_risk->healthy': 2,
      'at_risk->critical': 0,
      'critical->healthy': 0,
      'critical->at_risk': 0,
    });
    expect(preview.accounts.map((a) => a.accountId)).toEqual(['a-low-adoption', 'c-failed-payment']);
  });

  it('counts each transition when both thresholds move', () => {
    const preview = previewBandChanges(accounts, current, withBands(76, 63));
    expect(preview.changed).toBe(3);
    expect(preview.byTransition['healthy->at_risk']).toBe(2); // 75 and 70
    expect(preview.byTransition['at_risk->critical']).toBe(1); // 62
    expect(preview.accounts).toContainEqual({
      accountId: 'a-low-adoption',
      before: { score: 62, band: 'at_risk' },
      after: { score: 62, band: 'critical' },
    });
  });

  it('recomputes scores when a magnitude changes', () => {
    const proposed = { ...current, adoption: { ...current.adoption, lowPoints: 31 } };
    const preview = previewBandChanges(accounts, current, proposed);
    expect(preview.accounts).toEqual([
      { accountId: 'a-low-adoption', before: { score: 62, band: 'at_risk' }, after: { score: 39, band: 'critical' } },
    ]);
    expect(preview.byTransition['at_risk->critical']).toBe(1);
  });
});
