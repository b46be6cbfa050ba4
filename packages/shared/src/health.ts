/**
 * Health: the bands and states an account is shown in, with their words; a score's factor
 * breakdown, history and diff; the settings preview; and the Health queue's totals.
 */
import { z } from 'zod';
import { moneySchema } from './money';

/** The scored bands, best first. */
export const healthBands = ['healthy', 'at_risk', 'critical'] as const;
export const healthBandSchema = z.enum(healthBands);
export type HealthBand = z.infer<typeof healthBandSchema>;

/** What a score snapshot shows: its band, or "Not enough data" when input coverage was below the workspace's minimum. */
export const healthSnapshotStates = [...healthBands, 'not_enough_data'] as const;
export const healthSnapshotStateSchema = z.enum(healthSnapshotStates);
export type HealthSnapshotState = z.infer<typeof healthSnapshotStateSchema>;

/**
 * What the Health queue shows for an account: a band, "Not enough data" (input coverage below the
 * workspace's minimum; scored but not banded) or churned (every paying source ended; not scored).
 */
export const healthStates = [...healthSnapshotStates, 'churned'] as const;
export const healthStateSchema = z.enum(healthStates);
export type HealthState = z.infer<typeof healthStateSchema>;

/** The words for every band and state, the same on every screen and in every message. */
export const healthStateLabels: Record<HealthState, string> = {
  healthy: 'Healthy',
  at_risk: 'At risk',
  critical: 'Critical',
  not_enough_data: 'Not enough data',
  churned: 'Churned',
};

/** One line of a score's explanation, as stored with the snapshot. */
export const healthFactorSchema = z.object({
  key: z.string(),
  label: z.string(),
  points: z.number(),
  source: z.string().optional(),
  dimension: z.string().optional(),
  detail: z.string().optional(),
});
export type HealthFactor = z.infer<typeof healthFactorSchema>;

export const healthSnapshotSchema = z.object({
  id: z.string(),
  score: z.number().int(),
  band: healthSnapshotStateSchema,
  coverage: z.number(),
  engineVersion: z.string(),
  computedAt: z.string(),
  /** The last recompute that produced this same snapshot. */
  confirmedAt: z.string().nullable(),
  factors: z.array(healthFactorSchema),
  clamp: z.object({ points: z.number(), label: z.string() }).nullable(),
});
export type HealthSnapshot = z.infer<typeof healthSnapshotSchema>;

export const healthPointSchema = z.object({
  id: z.string(),
  score: z.number().int(),
  band: healthSnapshotStateSchema,
  computedAt: z.string(),
  /** The last recompute that produced this same snapshot (history is appended only on change). */
  confirmedAt: z.string().nullable(),
});
export type HealthPoint = z.infer<typeof healthPointSchema>;

/** GET /success/customers/:domain/health: the latest full breakdown and the score history, oldest first. */
export const customerHealthSchema = z.object({
  current: healthSnapshotSchema.nullable(),
  history: z.array(healthPointSchema),
});
export type CustomerHealth = z.infer<typeof customerHealthSchema>;

/** The history windows the API answers for, in days. */
export const healthWindows = [30, 90, 180] as const;
export type HealthWindow = (typeof healthWindows)[number];

export const healthDiffFactorSchema = z.object({
  key: z.string(),
  /** The label now, or the last one when the factor disappeared. */
  label: z.string(),
  detail: z.string().nullable(),
  before: z.number().nullable(),
  after: z.number().nullable(),
  delta: z.number(),
  change: z.enum(['appeared', 'disappeared', 'changed']),
});
export type HealthDiffFactor = z.infer<typeof healthDiffFactorSchema>;

/** "Why did the score change": scoreDelta = baselineDelta + clampDelta + Σ factor deltas. */
export const healthDiffSchema = z.object({
  scoreBefore: z.number(),
  scoreAfter: z.number(),
  scoreDelta: z.number(),
  bandBefore: healthSnapshotStateSchema,
  bandAfter: healthSnapshotStateSchema,
  isBandChanged: z.boolean(),
  baselineDelta: z.number(),
  clampDelta: z.number(),
  /** Only factors that appeared, disappeared or moved; by |delta| descending, drops first. */
  factors: z.array(healthDiffFactorSchema),
});
export type HealthDiff = z.infer<typeof healthDiffSchema>;

const stateCountsSchema = z.object({
  healthy: z.number().int(),
  at_risk: z.number().int(),
  critical: z.number().int(),
  not_enough_data: z.number().int(),
});
/** What saving proposed settings would do: accounts per state before and after, and a sample of those that move. */
export const healthSettingsPreviewSchema = z.object({
  total: z.number().int(),
  /** Accounts whose state (band or "not enough data") changes. */
  changed: z.number().int(),
  /** Accounts whose score changes, band or not. */
  scoresChanged: z.number().int(),
  counts: z.object({ before: stateCountsSchema, after: stateCountsSchema }),
  /** "healthy->at_risk" → accounts; only the transitions that happen. */
  byTransition: z.record(z.string(), z.number().int()),
  sample: z.array(
    z.object({
      accountId: z.string(),
      before: z.object({ score: z.number().int(), band: healthSnapshotStateSchema }),
      after: z.object({ score: z.number().int(), band: healthSnapshotStateSchema }),
    }),
  ),
});
export type HealthSettingsPreview = z.infer<typeof healthSettingsPreviewSchema>;

/** The Health summary's buckets: each snapshot state, plus tracked accounts not scored yet. */
export const healthSummaryBuckets = [...healthSnapshotStates, 'unscored'] as const;
export type HealthSummaryBucket = (typeof healthSummaryBuckets)[number];

const perBucket = <T extends z.ZodType>(value: T) =>
  z.object({ healthy: value, at_risk: value, critical: value, not_enough_data: value, unscored: value });
const perWindow = <T extends z.ZodType>(value: T) => z.object({ d30: value, d60: value, d90: value });
export const healthSummarySchema = z.object({
  currency: z.string(),
  accountsByBand: perBucket(z.number().int()),
  arrByBand: perBucket(moneySchema),
  /** Tracked accounts that churned (not in the bands above), and the MRR they had. */
  churned: z.object({ accounts: z.number().int(), lastMrr: moneySchema }),
  /** ARR of tracked accounts in the at-risk and critical bands. */
  arrAtRisk: moneySchema,
  renewingAccounts: perWindow(z.number().int()),
  renewingArr: perWindow(moneySchema),
});
export type HealthSummary = z.infer<typeof healthSummarySchema>;
