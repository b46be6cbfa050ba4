/**
 * The explainable health score: baseline + Σ factor points, clamped to 0–100 with the clamp shown
 * as its own line, so baseline + Σ points + clamp = score always holds. A dimension's weight
 * scales its factors' points (weight ÷ default weight, rounded once), so the default weights
 * leave every factor as its module computed it. A dimension without data is neutral (a zero-point
 * line naming the missing source) and lowers only the coverage figure; weights are never
 * renormalized over the present inputs, which could let bad data raise a score. Below the
 * minimum coverage the account's state is "not enough data" instead of its band.
 */
import { computeAdoptionFactors } from './adoption';
import { healthDimensions, noDataKey, roundPoints, type Factor, type HealthDimension } from './factor';
import type { HealthInputs } from './inputs';
import { computePaymentFactors } from './payment';
import { computeRenewalFactors } from './renewal';
import type { HealthBand, HealthSnapshotState } from '@success/shared/health';
import type { HealthSettings } from '@success/shared/health-settings';
import { defaultHealthSettings } from './settings';
import { computeSignalFactors } from './signals';

/** Bump when a formula changes, so snapshots computed by different rules are not compared blindly. */
export const healthEngineVersion = 'health@2';

export type { HealthBand };
/** What an account shows: its band, or "not enough data" when too little of its input is known. */
export type HealthState = HealthSnapshotState;

export type HealthResult = {
  /** 0–100, whole number. */
  score: number;
  /** The band the score falls in, whatever the coverage. */
  band: HealthBand;
  /** The band, or 'not_enough_data' when coverage is below the minimum: what the account shows. */
  state: HealthState;
  baseline: number;
  /** By |points| descending (a risk before a praise of equal size); zero-point lines last. */
  factors: Factor[];
  /** Present when baseline + Σ points left 0–100: the points that bring the sum back to the score. */
  clamp: { points: number; label: string } | null;
  /** 0–1: the share of dimension weight backed by data. */
  coverage: number;
  engineVersion: string;
};

export function bandFor(score: number, settings: Pick<HealthSettings, 'bands'>): HealthBand {
  if (score >= settings.bands.healthy) return 'healthy';
  if (score >= settings.bands.atRisk) return 'at_risk';
  return 'critical';
}

function compareFactors(a: Factor, b: Factor): number {
  return (
    Math.abs(b.points) - Math.abs(a.points) ||
    a.points - b.points ||
    healthDimensions.indexOf(a.dimension) - healthDimensions.indexOf(b.dimension) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

function computeCoverage(factors: readonly Factor[], settings: HealthSettings): number {
  const missing = new Set(factors.map((factor) => factor.key));
  const weightOf = (dimension: HealthDimension) => settings.weights[dimension];
  const total = healthDimensions.reduce((sum, dimension) => sum + weightOf(dimension), 0);
  const covered = healthDimensions
    .filter((dimension) => !missing.has(noDataKey(dimension)))
    .reduce((sum, dimension) => sum + weightOf(dimension), 0);
  return total > 0 ? covered / total : 0;
}

export function stateFor(
  band: HealthBand,
  coverage: number,
  settings: Pick<HealthSettings, 'minCoverage'>,
): HealthState {
  return coverage < settings.minCoverage ? 'not_enough_data' : band;
}

function formatWeight(weight: number): string {
  return Number.isInteger(weight) ? String(weight) : weight.toFixed(2).replace(/0+$/, '');
}

/**
 * Scales each factor by its dimension's weight ÷ default weight, rounded once (half-up on the
 * magnitude). A factor scaled to nothing is dropped (its dimension weighs 0); a missing-data line
 * stays, since it carries no points to scale.
 */
function applyWeights(factors: readonly Factor[], settings: HealthSettings): Factor[] {
  return factors.flatMap((factor): Factor[] => {
    const weight = settings.weights[factor.dimension];
    const defaultWeight = defaultHealthSettings.weights[factor.dimension];
    if (factor.points === 0 || weight === defaultWeight) return [factor];
    const points = roundPoints((factor.points * weight) / defaultWeight);
    if (points === 0) return [];
    const note = `${factor.dimension} weight ${formatWeight(weight)} (default ${defaultWeight}) makes ${factor.points} into ${points}`;
    return [{ ...factor, points, detail: `${factor.detail}; ${note}` }];
  });
}

export function computeHealth(inputs: HealthInputs, settings: HealthSettings): HealthResult {
  const others = applyWeights(
    [
      ...computeAdoptionFactors(inputs, settings),
      ...computePaymentFactors(inputs, settings),
      ...computeSignalFactors(inputs, settings),
    ],
    settings,
  );
  // Renewal pressure counts the other risks after weighting, so a dimension weighed 0 adds none.
  const renewal = applyWeights(computeRenewalFactors(inputs, settings, others), settings);
  const factors = [...others, ...renewal].sort(compareFactors);
  const sum = settings.baseline + factors.reduce((total, factor) => total + factor.points, 0);
  const score = Math.min(100, Math.max(0, sum));
  const clamp =
    sum > 100
      ? { points: score - sum, label: `Capped at 100 (factors reach ${sum})` }
      : sum < 0
        ? { points: score - sum, label: `Floored at 0 (factors reach ${sum})` }
        : null;
  const band = bandFor(score, settings);
  const coverage = computeCoverage(factors, settings);
  return {
    score,
    band,
    state: stateFor(band, coverage, settings),
    baseline: settings.baseline,
    factors,
    clamp,
    coverage,
    engineVersion: healthEngineVersion,
  };
}

/**
 * The few factors a queue row shows: risks first, most negative first, then positives, largest
 * first. Zero-point lines (missing data) are left out; coverage tells that story.
 */
export function topFactors(result: Pick<HealthResult, 'factors'>, n: number): Factor[] {
  const risks = result.factors.filter((factor) => factor.points < 0).sort((a, b) => a.points - b.points);
  const positives = result.factors.filter((factor) => factor.points > 0).sort((a, b) => b.points - a.points);
  return [...risks, ...positives].slice(0, Math.max(0, n));
}
