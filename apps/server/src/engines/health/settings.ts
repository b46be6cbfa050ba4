/**
 * The default health settings and the checks on them that are not validation. The settings' schema
 * is the shared contract in @success/shared/health-settings.
 */
import type { HealthSettings } from '@success/shared/health-settings';

/**
 * A baseline on a band threshold lets one small factor flip the band (METRICS.md). Not a hard
 * error, so settings saved with one still load; the settings form warns about it instead.
 */
export function isBaselineOnThreshold(settings: Pick<HealthSettings, 'baseline' | 'bands'>): boolean {
  return settings.baseline === settings.bands.healthy || settings.baseline === settings.bands.atRisk;
}

/**
 * Chosen so the seed's risk-factor panel (seeds/customer-detail.txt) comes out exactly: 12 of 50
 * seats active → −8, one failed payment → −5, renewal in 20 days with one other risk → −3, an NPS
 * 9 twelve days ago → +5. An account with no risk and no praise sits at the baseline, 75: inside
 * the healthy band, 5 points above its threshold, so one small factor does not flip it.
 */
export const defaultHealthSettings: HealthSettings = {
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
