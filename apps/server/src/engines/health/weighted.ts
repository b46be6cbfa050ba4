/**
 * Weighted average of scores, the arithmetic the vendors document for a weighted scoring mode
 * (METRICS.md): Σ score × weight / Σ weight. Unrounded; the caller rounds as its vendor does.
 * null when nothing carries weight, because "no data" is not a score of 0.
 */
export function weightedAverage(items: readonly { score: number; weight: number }[]): number | null {
  let totalWeight = 0;
  let total = 0;
  for (const { score, weight } of items) {
    if (!(weight >= 0) || !Number.isFinite(weight)) throw new RangeError(`A weight must be 0 or more, not ${weight}`);
    if (!Number.isFinite(score)) throw new RangeError(`A score must be a finite number, not ${score}`);
    totalWeight += weight;
    total += score * weight;
  }
  return totalWeight > 0 ? total / totalWeight : null;
}
