import { describe, expect, it } from 'vitest';
import {
  addTier,
  baselineWarning,
  changedPaths,
  countTiers,
  describePreview,
  fromDraft,
  mapServerErrors,
  removeTier,
  sectionOf,
  toDraft,
  validateField,
} from './settings-form';
import type { HealthSettings } from '@success/shared/health-settings';

const defaults: HealthSettings = {
  baseline: 75,
  bands: { healthy: 70, atRisk: 40 },
  weights: { adoption: 35, payment: 25, renewal: 15, signals: 25 },
  minCoverage: 0.5,
  adoption: {
    lowRatio: 0.4,
    lowPoints: 8,
    criticalRatio: 0.15,
    criticalPoints: 15,
    strongRatio: 0.8,
    strongPoints: 5,
    trendWeeks: 4,
    declinePercent: 25,
    declinePoints: 4,
    steepDeclinePercent: 50,
    steepDeclinePoints: 8,
    inactivity: [
      { days: 7, points: 2 },
      { days: 14, points: 5 },
      { days: 30, points: 10 },
    ],
  },
  payment: {
    pastDuePoints: 10,
    failedPaymentPoints: 5,
    failedPaymentMaxPoints: 15,
    failedPaymentWindowDays: 90,
    overdueInvoicePoints: 3,
    overdueInvoiceMaxPoints: 6,
  },
  renewal: { windowDays: 90, pointsPerOtherRisk: 4, maxOtherRisks: 3, alonePoints: 2 },
  signals: {
    halfLifeDays: 30,
    windowDays: 180,
    complaint: { points: 5, maxPoints: 10 },
    escalation: { points: 10, maxPoints: 15 },
    negativeNps: { points: 8, maxPoints: 10 },
    positiveNps: { points: 6, maxPoints: 8 },
    praise: { points: 3, maxPoints: 5 },
  },
};

describe('the settings draft', () => {
  it('round-trips settings through text', () => {
    const draft = toDraft(defaults);
    expect(draft['bands.atRisk']).toBe('40');
    expect(draft['adoption.inactivity.2.days']).toBe('30');
    expect(draft['signals.praise.maxPoints']).toBe('5');
    expect(fromDraft(draft)).toEqual({ settings: defaults, errors: null });
  });

  it('names every field that cannot be parsed', () => {
    const draft = {
      ...toDraft(defaults),
      baseline: '',
      'bands.healthy': '70.5',
      'adoption.lowRatio': '1.2',
      'adoption.declinePercent': '0',
    };
    const result = fromDraft(draft);
    expect(result.settings).toBeNull();
    expect(result.errors).toEqual({
      baseline: 'Enter a number.',
      'bands.healthy': 'Use a whole number.',
      'adoption.lowRatio': 'Must be 1 or less.',
      'adoption.declinePercent': 'Must be above 0.',
    });
  });

  it('checks one field against its kind', () => {
    expect(validateField({ path: 'renewal.windowDays', label: 'Window', kind: 'days' }, '0')).toBe(
      'Must be 1 or more.',
    );
    expect(validateField({ path: 'adoption.trendWeeks', label: 'Trend', kind: 'weeks' }, '13')).toBe(
      'Must be 12 or less.',
    );
    expect(validateField({ path: 'weights.payment', label: 'Payment', kind: 'weight' }, '12.5')).toBeNull();
    expect(validateField({ path: 'x', label: 'X', kind: 'points' }, 'abc')).toBe('Enter a number.');
  });

  it('adds and removes inactivity tiers, keeping them in order', () => {
    const draft = toDraft(defaults);
    const more = addTier(draft);
    expect(countTiers(more)).toBe(4);
    expect(more['adoption.inactivity.3.days']).toBe('60');
    expect(more['adoption.inactivity.3.points']).toBe('10');
    const fewer = removeTier(draft, 0);
    expect(countTiers(fewer)).toBe(2);
    expect([fewer['adoption.inactivity.0.days'], fewer['adoption.inactivity.1.days']]).toEqual(['14', '30']);
    expect(fromDraft(fewer).settings?.adoption.inactivity).toEqual([
      { days: 14, points: 5 },
      { days: 30, points: 10 },
    ]);
    // Never fewer than one tier or more than five.
    const one = removeTier(removeTier(draft, 0), 0);
    expect(removeTier(one, 0)).toBe(one);
    const five = addTier(addTier(draft));
    expect(addTier(five)).toBe(five);
  });

  it('lists changed paths, treating equal numbers as equal', () => {
    const saved = toDraft(defaults);
    expect(changedPaths(saved, { ...saved, baseline: '75.0' })).toEqual([]);
    expect(changedPaths(saved, { ...saved, baseline: '65', 'bands.atRisk': '' })).toEqual(['baseline', 'bands.atRisk']);
    expect(changedPaths(saved, removeTier(saved, 2))).toEqual([
      'adoption.inactivity.2.days',
      'adoption.inactivity.2.points',
    ]);
  });
});

describe('server validation errors', () => {
  it('land on their field, their section or the form', () => {
    const draft = toDraft(defaults);
    expect(
      mapServerErrors(
        [
          {
            path: 'settings.bands.atRisk',
            message: 'The at-risk threshold (70) must be below the healthy threshold (40)',
          },
          { path: 'settings.weights', message: 'At least one dimension needs a weight above 0' },
          { path: 'settings.adoption.inactivity.1.days', message: 'Inactivity tiers must grow' },
          { path: 'settings.adoption.inactivity', message: 'Give at least one inactivity tier' },
          { path: 'settings', message: 'Invalid input' },
        ],
        draft,
      ),
    ).toEqual({
      'bands.atRisk': 'The at-risk threshold (70) must be below the healthy threshold (40)',
      weights: 'At least one dimension needs a weight above 0',
      'adoption.inactivity.1.days': 'Inactivity tiers must grow',
      adoption: 'Give at least one inactivity tier',
      '': 'Invalid input',
    });
  });

  it('groups paths into sections', () => {
    expect(sectionOf('baseline')).toBe('score');
    expect(sectionOf('bands.healthy')).toBe('score');
    expect(sectionOf('signals.praise.points')).toBe('signals');
    expect(sectionOf('nope')).toBeNull();
  });
});

describe('describePreview', () => {
  const counts = { healthy: 20, at_risk: 12, critical: 5, not_enough_data: 3 };

  it('says when nothing changes', () => {
    const words = describePreview({
      total: 40,
      changed: 0,
      scoresChanged: 0,
      counts: { before: counts, after: counts },
      byTransition: {},
      sample: [],
    });
    expect(words).toMatchObject({
      headline: 'No account would change band or score (40 accounts checked).',
      improved: 0,
      worsened: 0,
      transitions: [],
    });
  });

  it('says how many scores move when no band does (a weight change)', () => {
    const words = describePreview({
      total: 40,
      changed: 0,
      scoresChanged: 7,
      counts: { before: counts, after: counts },
      byTransition: {},
      sample: [],
    });
    expect(words.headline).toBe('No account would change band; 7 scores of 40 would move.');
  });

  it('counts accounts per direction, lists each transition and the accounts per state before and after', () => {
    const words = describePreview({
      total: 40,
      changed: 7,
      scoresChanged: 9,
      counts: { before: counts, after: { healthy: 16, at_risk: 15, critical: 6, not_enough_data: 3 } },
      byTransition: {
        'healthy->at_risk': 4,
        'at_risk->critical': 1,
        'critical->at_risk': 1,
        'not_enough_data->healthy': 1,
      },
      sample: [],
    });
    expect(words.headline).toBe('7 accounts of 40 would change band (9 scores would move).');
    expect(words.improved).toBe(1);
    expect(words.worsened).toBe(5);
    expect(words.transitions.map((item) => [item.label, item.count, item.direction])).toEqual([
      ['Healthy → At risk', 4, 'down'],
      ['At risk → Critical', 1, 'down'],
      ['Critical → At risk', 1, 'up'],
      ['Not enough data → Healthy', 1, 'neutral'],
    ]);
    expect(words.counts.map((row) => [row.label, row.before, row.after])).toEqual([
      ['Healthy', 20, 16],
      ['At risk', 12, 15],
      ['Critical', 5, 6],
      ['Not enough data', 3, 3],
    ]);
  });
});

describe('baselineWarning', () => {
  it('warns when the baseline sits on a band threshold, and only then', () => {
    const draft = toDraft(defaults);
    expect(baselineWarning(draft)).toBeNull();
    expect(baselineWarning({ ...draft, baseline: '70' })).toMatch(/sits on the healthy threshold/);
    expect(baselineWarning({ ...draft, baseline: '40' })).toMatch(/sits on the at-risk threshold/);
    expect(baselineWarning({ ...draft, baseline: '' })).toBeNull();
  });
});
