/**
 * History grows with change, not with the number of recomputes: a result is appended as a new
 * snapshot only when its score, state, factors (key, label, points, source) or coverage differ
 * from the account's latest snapshot, or when another engine version computed it. Otherwise the
 * latest snapshot is confirmed: its confirmed_at moves to now and its factor details are
 * refreshed, since they count days ("Renews in 12 days") and would otherwise go stale. Pure.
 */
import { healthEngineVersion, topFactors, type HealthResult } from '../../engines/health/score';
import type { ConfirmedSnapshot, LatestSnapshot, ScoreToStore, StoredFactor } from './health-scores.queries';

/** Coverage is stored as a 4-byte real, so 0.65 reads back as 0.64999997. */
const coverageTolerance = 1e-6;

export function toStoredScore(accountId: string, result: HealthResult): ScoreToStore {
  return {
    accountId,
    score: result.score,
    state: result.state,
    coverage: result.coverage,
    factors: [
      ...result.factors,
      ...(result.clamp ? [{ key: 'clamp', label: result.clamp.label, points: result.clamp.points }] : []),
    ],
    topFactors: topFactors(result, 3).map((factor) => ({
      label: factor.label,
      points: factor.points,
      source: factor.source,
    })),
    engineVersion: healthEngineVersion,
  };
}

/** jsonb does not keep key order, so factors are compared field by field, in list order. */
function factorSignature(factors: readonly StoredFactor[]): string {
  return JSON.stringify(factors.map((f) => [f.key, f.label, f.points, f.source ?? null]));
}

export function isSameAsLatest(latest: LatestSnapshot, next: ScoreToStore): boolean {
  return (
    latest.score === next.score &&
    latest.band === next.state &&
    latest.engine_version === next.engineVersion &&
    Math.abs(latest.coverage - next.coverage) < coverageTolerance &&
    factorSignature(latest.factors) === factorSignature(next.factors)
  );
}

/** Splits a batch into results to append and latest snapshots to mark as confirmed. */
export function partitionByChange(
  results: readonly ScoreToStore[],
  latest: ReadonlyMap<string, LatestSnapshot>,
): { changed: ScoreToStore[]; confirmed: ConfirmedSnapshot[] } {
  const changed: ScoreToStore[] = [];
  const confirmed: ConfirmedSnapshot[] = [];
  for (const result of results) {
    const previous = latest.get(result.accountId);
    if (previous && isSameAsLatest(previous, result)) confirmed.push({ id: previous.id, factors: result.factors });
    else changed.push(result);
  }
  return { changed, confirmed };
}
