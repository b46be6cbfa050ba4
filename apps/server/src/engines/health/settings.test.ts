import { describe, expect, it } from 'vitest';
import { healthSettingsSchema, type HealthSettings } from '@success/shared/health-settings';
import { defaultHealthSettings, isBaselineOnThreshold } from './settings';

/** The issues a copy of the defaults gets once `edit` has changed it, as "path: message". */
function issuesAfter(edit: (settings: HealthSettings) => void): string[] {
  const settings = structuredClone(defaultHealthSettings);
  edit(settings);
  const parsed = healthSettingsSchema.safeParse(settings);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('health settings', () => {
  it('accepts the defaults as they are', () => {
    expect(healthSettingsSchema.parse(defaultHealthSettings)).toEqual(defaultHealthSettings);
  });

  it('uses the documented defaults: baseline 75, healthy ≥ 70, at risk 40–69, critical < 40, 50% coverage', () => {
    expect(defaultHealthSettings.baseline).toBe(75);
    expect(isBaselineOnThreshold(defaultHealthSettings)).toBe(false);
    expect(defaultHealthSettings.minCoverage).toBe(0.5);
    expect(defaultHealthSettings.renewal).toMatchObject({ pointsPerOtherRisk: 4, alonePoints: 2 });
    expect(defaultHealthSettings.bands).toEqual({ healthy: 70, atRisk: 40 });
    expect(defaultHealthSettings.adoption.inactivity.map((tier) => tier.days)).toEqual([7, 14, 30]);
    expect(defaultHealthSettings.renewal.windowDays).toBe(90);
    expect(defaultHealthSettings.signals).toMatchObject({ halfLifeDays: 30, windowDays: 180 });
  });

  it('requires the at-risk threshold below the healthy one', () => {
    expect(issuesAfter((s) => (s.bands = { healthy: 70, atRisk: 70 }))).toEqual([
      'bands.atRisk: The at-risk threshold (70) must be below the healthy threshold (70)',
    ]);
  });

  it('keeps scores and thresholds within 0–100 and whole', () => {
    expect(issuesAfter((s) => (s.baseline = 101))).toEqual(['baseline: The baseline must be 100 or less']);
    expect(issuesAfter((s) => (s.bands.atRisk = -1))).toEqual([
      'bands.atRisk: The at-risk threshold must be 0 or more',
    ]);
    expect(issuesAfter((s) => (s.baseline = 70.5))).toEqual(['baseline: The baseline must be a whole number']);
  });

  it('refuses negative or fractional magnitudes', () => {
    expect(issuesAfter((s) => (s.adoption.lowPoints = -8))).toEqual([
      'adoption.lowPoints: Points for low adoption cannot be negative',
    ]);
    expect(issuesAfter((s) => (s.payment.pastDuePoints = 2.5))).toEqual([
      'payment.pastDuePoints: Points for a past-due subscription must be a whole number of points',
    ]);
    expect(issuesAfter((s) => (s.weights.signals = -1))).toEqual([
      'weights.signals: The signals weight cannot be negative',
    ]);
  });

  it('keeps ratios between 0 and 1 and in order', () => {
    expect(issuesAfter((s) => (s.adoption.lowRatio = 1.5))).toEqual([
      'adoption.lowRatio: The low adoption ratio must be between 0 and 1',
      'adoption.strongRatio: The strong adoption ratio (0.8) must be above the low adoption ratio (1.5)',
    ]);
    expect(issuesAfter((s) => (s.adoption.criticalRatio = 0.5))).toEqual([
      'adoption.criticalRatio: The critical adoption ratio (0.5) must be below the low adoption ratio (0.4)',
    ]);
    expect(issuesAfter((s) => (s.adoption.strongRatio = 0.3))).toEqual([
      'adoption.strongRatio: The strong adoption ratio (0.3) must be above the low adoption ratio (0.4)',
    ]);
    expect(issuesAfter((s) => (s.adoption.steepDeclinePercent = 20))).toEqual([
      'adoption.steepDeclinePercent: The steep decline threshold (20%) must be above the decline threshold (25%)',
    ]);
  });

  it('requires inactivity tiers that grow in days and do not shrink in points', () => {
    expect(
      issuesAfter(
        (s) =>
          (s.adoption.inactivity = [
            { days: 14, points: 5 },
            { days: 7, points: 2 },
          ]),
      ),
    ).toEqual([
      'adoption.inactivity.1.days: Inactivity tiers must grow: 7 days comes after 14 days',
      'adoption.inactivity.1.points: A longer silence cannot cost fewer points (2 after 5)',
    ]);
    expect(issuesAfter((s) => (s.adoption.inactivity = []))).toEqual([
      'adoption.inactivity: Give at least one inactivity tier',
    ]);
  });

  it('requires each cap to hold at least one occurrence', () => {
    expect(issuesAfter((s) => (s.signals.complaint.maxPoints = 3))).toEqual([
      'signals.complaint.maxPoints: The cap (3) must be at least the points for one complaint (5)',
    ]);
    expect(issuesAfter((s) => (s.payment.failedPaymentMaxPoints = 4))).toEqual([
      'payment.failedPaymentMaxPoints: The cap (4) must be at least the points for one failed payment (5)',
    ]);
  });

  it('needs some weight for coverage and sensible windows', () => {
    expect(issuesAfter((s) => (s.weights = { adoption: 0, payment: 0, renewal: 0, signals: 0 }))).toEqual([
      'weights: At least one dimension needs a weight above 0',
    ]);
    expect(issuesAfter((s) => (s.signals.halfLifeDays = 0))).toEqual([
      'signals.halfLifeDays: The signal half-life must be at least 1 day',
    ]);
    expect(issuesAfter((s) => (s.adoption.trendWeeks = 1))).toEqual([
      'adoption.trendWeeks: The trend window must be at least 2 weeks',
    ]);
  });

  it('tells when the baseline sits on a band threshold (a warning, not an error)', () => {
    expect(isBaselineOnThreshold({ baseline: 70, bands: { healthy: 70, atRisk: 40 } })).toBe(true);
    expect(isBaselineOnThreshold({ baseline: 40, bands: { healthy: 70, atRisk: 40 } })).toBe(true);
    expect(isBaselineOnThreshold({ baseline: 71, bands: { healthy: 70, atRisk: 40 } })).toBe(false);
    expect(issuesAfter((s) => (s.baseline = 70))).toEqual([]);
  });

  it('keeps the minimum coverage between 0 and 1, and a lone renewal cheaper than one with a risk', () => {
    expect(issuesAfter((s) => (s.minCoverage = 1.5))).toEqual([
      'minCoverage: The minimum input coverage must be between 0 and 1',
    ]);
    expect(issuesAfter((s) => (s.renewal.alonePoints = 5))).toEqual([
      'renewal.alonePoints: A renewal with no other risk (5) cannot cost more than one with a risk open (4 per risk)',
    ]);
  });

  it('reads settings saved before the minimum coverage and the lone-renewal points existed', () => {
    const saved: Record<string, unknown> = structuredClone(defaultHealthSettings);
    delete saved.minCoverage;
    const renewal = { windowDays: 60, pointsPerOtherRisk: 4, maxOtherRisks: 3 };
    const parsed = healthSettingsSchema.parse({ ...saved, renewal });
    expect(parsed.minCoverage).toBe(0.5);
    expect(parsed.renewal).toEqual({ ...renewal, alonePoints: 2 });
  });

  it('refuses a payload that is not settings at all', () => {
    expect(healthSettingsSchema.safeParse({ baseline: 70 }).success).toBe(false);
    expect(healthSettingsSchema.safeParse('70').success).toBe(false);
  });
});
