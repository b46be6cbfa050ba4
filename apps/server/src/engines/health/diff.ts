/**
 * "Why did the score change": compares two health results (or stored snapshots) factor by factor.
 * scoreDelta = baselineDelta + clampDelta + Σ factor deltas, because each side satisfies
 * baseline + Σ points + clamp = score; the baseline is derived, so snapshots need not store it.
 */
import type { Factor } from './factor';
import type { HealthState } from './score';

export type HealthSnapshotLike = {
  score: number;
  band: HealthState;
  factors: readonly (Pick<Factor, 'key' | 'label' | 'points'> & { detail?: string })[];
  clamp?: { points: number } | null;
};

export type FactorChange = {
  key: string;
  /** The label now, or the last one when the factor disappeared. */
  label: string;
  detail: string | null;
  before: number | null;
  after: number | null;
  delta: number;
  change: 'appeared' | 'disappeared' | 'changed';
};

export type HealthDiff = {
  scoreBefore: number;
  scoreAfter: number;
  scoreDelta: number;
  bandBefore: HealthState;
  bandAfter: HealthState;
  isBandChanged: boolean;
  baselineDelta: number;
  clampDelta: number;
  /** Only factors that appeared, disappeared or moved; by |delta| descending, drops first. */
  factors: FactorChange[];
};

type Entry = { label: string; detail: string | null; points: number };

function byKey(snapshot: HealthSnapshotLike): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const factor of snapshot.factors) {
    const existing = entries.get(factor.key);
    entries.set(factor.key, {
      label: factor.label,
      detail: factor.detail ?? null,
      // A repeated key is summed so the arithmetic identity still holds.
      points: (existing?.points ?? 0) + factor.points,
    });
  }
  return entries;
}

function derivedBaseline(snapshot: HealthSnapshotLike): number {
  const sum = snapshot.factors.reduce((total, factor) => total + factor.points, 0);
  return snapshot.score - sum - (snapshot.clamp?.points ?? 0);
}

export function diffSnapshots(before: HealthSnapshotLike, after: HealthSnapshotLike): HealthDiff {
  const previous = byKey(before);
  const current = byKey(after);
  const keys = [...new Set([...previous.keys(), ...current.keys()])];
  const factors = keys.flatMap((key): FactorChange[] => {
    const was = previous.get(key);
    const is = current.get(key);
    const shown = is ?? was;
    if (!shown) return [];
    if (was && is && was.points === is.points) return [];
    return [
      {
        key,
        label: shown.label,
        detail: shown.detail,
        before: was?.points ?? null,
        after: is?.points ?? null,
        delta: (is?.points ?? 0) - (was?.points ?? 0),
        change: !was ? 'appeared' : !is ? 'disappeared' : 'changed',
      },
    ];
  });
  factors.sort(
    (a, b) =>
      Math.abs(b.delta) - Math.abs(a.delta) || a.delta - b.delta || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return {
    scoreBefore: before.score,
    scoreAfter: after.score,
    scoreDelta: after.score - before.score,
    bandBefore: before.band,
    bandAfter: after.band,
    isBandChanged: before.band !== after.band,
    baselineDelta: derivedBaseline(after) - derivedBaseline(before),
    clampDelta: (after.clamp?.points ?? 0) - (before.clamp?.points ?? 0),
    factors,
  };
}
