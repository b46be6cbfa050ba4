/**
 * Health score settings (METRICS.md, "Health score"): the baseline, the bands and every factor's
 * magnitude and threshold. Magnitudes are stored unsigned; each factor decides its own sign.
 * Points are whole numbers so that every factor line, and the score, stays an integer. The server
 * validates saved settings with it; the web app reads them and checks each field's range with it.
 */
import { z } from 'zod';

const points = (what: string) =>
  z
    .int(`${what} must be a whole number of points`)
    .min(0, `${what} cannot be negative`)
    .max(100, `${what} cannot exceed 100 points`);

const score = (what: string) =>
  z.int(`${what} must be a whole number`).min(0, `${what} must be 0 or more`).max(100, `${what} must be 100 or less`);

const days = (what: string) =>
  z
    .int(`${what} must be a whole number of days`)
    .min(1, `${what} must be at least 1 day`)
    .max(3650, `${what} cannot exceed 3650 days`);

const ratio = (what: string) =>
  z
    .number(`${what} must be a number`)
    .min(0, `${what} must be between 0 and 1`)
    .max(1, `${what} must be between 0 and 1`);

const percent = (what: string) =>
  z.number(`${what} must be a number`).gt(0, `${what} must be above 0%`).max(100, `${what} cannot exceed 100%`);

const weight = (what: string) =>
  z.number(`${what} must be a number`).min(0, `${what} cannot be negative`).max(1000, `${what} cannot exceed 1000`);

const signalKind = (what: string) =>
  z.object({ points: points(`Points for ${what}`), maxPoints: points(`The cap on ${what} points`) });

/** The settings' shape and per-field ranges, without the rules that relate fields to each other. */
export const healthSettingsShapeSchema = z.object({
  /** Where every account starts before factors add or subtract points. */
  baseline: score('The baseline'),
  bands: z.object({
    /** Scores at or above this are healthy. */
    healthy: score('The healthy threshold'),
    /** Scores at or above this (and below healthy) are at risk; below it, critical. */
    atRisk: score('The at-risk threshold'),
  }),
  /**
   * Relative weight of each dimension: a dimension's factor points are scaled by its weight ÷ the
   * default weight (so the defaults leave points as listed), and the weights make up coverage.
   */
  weights: z.object({
    adoption: weight('The adoption weight'),
    payment: weight('The payment weight'),
    renewal: weight('The renewal weight'),
    signals: weight('The signals weight'),
  }),
  /**
   * Below this share of dimension weight backed by data, an account shows "Not enough data"
   * instead of a band (its score is still computed). Defaulted so settings saved before it parse.
   */
  minCoverage: ratio('The minimum input coverage').default(0.5),
  adoption: z.object({
    /** Active / licensed seats below this ratio is low adoption. */
    lowRatio: ratio('The low adoption ratio'),
    lowPoints: points('Points for low adoption'),
    /** Below this ratio adoption is critically low. */
    criticalRatio: ratio('The critical adoption ratio'),
    criticalPoints: points('Points for critically low adoption'),
    /** At or above this ratio adoption is strong (a positive factor). */
    strongRatio: ratio('The strong adoption ratio'),
    strongPoints: points('Points for strong adoption'),
    /** The trend compares the latest complete week against the rest of this many weeks. */
    trendWeeks: z
      .int('The trend window must be a whole number of weeks')
      .min(2, 'The trend window must be at least 2 weeks')
      .max(12, 'The trend window cannot exceed 12 weeks'),
    declinePercent: percent('The usage decline threshold'),
    declinePoints: points('Points for declining usage'),
    steepDeclinePercent: percent('The steep usage decline threshold'),
    steepDeclinePoints: points('Points for steeply declining usage'),
    /** Days since the last product activity → points; the highest tier reached applies. */
    inactivity: z
      .array(z.object({ days: days('An inactivity tier'), points: points('Points for an inactivity tier') }))
      .min(1, 'Give at least one inactivity tier')
      .max(5, 'Give at most five inactivity tiers'),
  }),
  payment: z.object({
    pastDuePoints: points('Points for a past-due subscription'),
    failedPaymentPoints: points('Points per failed payment'),
    failedPaymentMaxPoints: points('The cap on failed-payment points'),
    failedPaymentWindowDays: days('The failed-payment window'),
    overdueInvoicePoints: points('Points per overdue invoice'),
    overdueInvoiceMaxPoints: points('The cap on overdue-invoice points'),
  }),
  renewal: z.object({
    /** Renewals further away than this add no pressure. */
    windowDays: days('The renewal window'),
    /** Points per other open risk when renewal is due now; scaled down linearly over the window. */
    pointsPerOtherRisk: points('Points per other open risk'),
    /**
     * Points when no other risk is open and renewal is due now, scaled the same way; a renewal
     * inside the window always costs at least 1 point. Defaulted so older saved settings parse.
     */
    alonePoints: points('Points for a renewal with no other risk').default(2),
    maxOtherRisks: z
      .int('The number of risks counted must be a whole number')
      .min(1, 'Count at least 1 other risk')
      .max(10, 'Count at most 10 other risks'),
  }),
  signals: z.object({
    /** A signal this many days old counts half as much as one from today. */
    halfLifeDays: days('The signal half-life'),
    /** Signals older than this count for nothing. */
    windowDays: days('The signal window'),
    complaint: signalKind('complaints'),
    escalation: signalKind('escalations'),
    /** NPS answers 0–6 (detractors). */
    negativeNps: signalKind('negative NPS'),
    /** NPS answers 9–10 (promoters). */
    positiveNps: signalKind('positive NPS'),
    praise: signalKind('praise'),
  }),
});

/** The settings as the server accepts them: the shape, plus the rules that relate fields to each other. */
export const healthSettingsSchema = healthSettingsShapeSchema.superRefine((settings, ctx) => {
  const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const { bands, weights, adoption, payment, renewal, signals } = settings;

  if (bands.atRisk >= bands.healthy) {
    fail(
      ['bands', 'atRisk'],
      `The at-risk threshold (${bands.atRisk}) must be below the healthy threshold (${bands.healthy})`,
    );
  }
  if (weights.adoption + weights.payment + weights.renewal + weights.signals <= 0) {
    fail(['weights'], 'At least one dimension needs a weight above 0');
  }
  if (renewal.alonePoints > renewal.pointsPerOtherRisk) {
    fail(
      ['renewal', 'alonePoints'],
      `A renewal with no other risk (${renewal.alonePoints}) cannot cost more than one with a risk open (${renewal.pointsPerOtherRisk} per risk)`,
    );
  }
  if (adoption.criticalRatio >= adoption.lowRatio) {
    fail(
      ['adoption', 'criticalRatio'],
      `The critical adoption ratio (${adoption.criticalRatio}) must be below the low adoption ratio (${adoption.lowRatio})`,
    );
  }
  if (adoption.lowRatio >= adoption.strongRatio) {
    fail(
      ['adoption', 'strongRatio'],
      `The strong adoption ratio (${adoption.strongRatio}) must be above the low adoption ratio (${adoption.lowRatio})`,
    );
  }
  if (adoption.declinePercent >= adoption.steepDeclinePercent) {
    fail(
      ['adoption', 'steepDeclinePercent'],
      `The steep decline threshold (${adoption.steepDeclinePercent}%) must be above the decline threshold (${adoption.declinePercent}%)`,
    );
  }
  adoption.inactivity.forEach((tier, index) => {
    const previous = adoption.inactivity[index - 1];
    if (!previous) return;
    if (tier.days <= previous.days) {
      fail(
        ['adoption', 'inactivity', index, 'days'],
        `Inactivity tiers must grow: ${tier.days} days comes after ${previous.days} days`,
      );
    }
    if (tier.points < previous.points) {
      fail(
        ['adoption', 'inactivity', index, 'points'],
        `A longer silence cannot cost fewer points (${tier.points} after ${previous.points})`,
      );
    }
  });

  const caps: [string[], number, number, string][] = [
    [
      ['payment', 'failedPaymentMaxPoints'],
      payment.failedPaymentMaxPoints,
      payment.failedPaymentPoints,
      'one failed payment',
    ],
    [
      ['payment', 'overdueInvoiceMaxPoints'],
      payment.overdueInvoiceMaxPoints,
      payment.overdueInvoicePoints,
      'one overdue invoice',
    ],
    ...(['complaint', 'escalation', 'negativeNps', 'positiveNps', 'praise'] as const).map(
      (kind): [string[], number, number, string] => [
        ['signals', kind, 'maxPoints'],
        signals[kind].maxPoints,
        signals[kind].points,
        `one ${kind === 'negativeNps' ? 'negative NPS' : kind === 'positiveNps' ? 'positive NPS' : kind}`,
      ],
    ),
  ];
  for (const [path, cap, single, what] of caps) {
    if (cap < single) fail(path, `The cap (${cap}) must be at least the points for ${what} (${single})`);
  }
});

export type HealthSettings = z.infer<typeof healthSettingsSchema>;

/** GET and PUT /success/health/settings: the workspace's settings and the defaults beside them. */
export const healthSettingsResponseSchema = z.object({
  settings: healthSettingsSchema,
  defaults: healthSettingsSchema,
});
export type HealthSettingsResponse = z.infer<typeof healthSettingsResponseSchema>;
