import type { HealthBand, HealthSnapshotState } from './api/get-health';

export const bandLabels: Record<HealthBand, string> = {
  healthy: 'Healthy',
  at_risk: 'At risk',
  critical: 'Critical',
};

/** Where a band is shown: the band, or "Not enough data" when too little of the input was known. */
export const stateLabels: Record<HealthSnapshotState, string> = {
  ...bandLabels,
  not_enough_data: 'Not enough data',
};

export type ScoreTone = 'good' | 'warn' | 'bad';

/** Green at 70 and up, amber 40–69, red under 40. */
export function scoreTone(score: number): ScoreTone {
  if (score >= 70) return 'good';
  if (score >= 40) return 'warn';
  return 'bad';
}

export const toneStroke: Record<ScoreTone, string> = {
  good: '#059669',
  warn: '#d97706',
  bad: '#e11d48',
};

export const toneText: Record<ScoreTone, string> = {
  good: 'text-emerald-700',
  warn: 'text-amber-700',
  bad: 'text-rose-700',
};

/** Signed whole points with a true minus sign: "+3", "−8", "0". */
export function formatPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `\u2212${Math.abs(points)}`;
  return '0';
}

export function formatCoverage(coverage: number): string {
  return `${Math.round(Math.min(1, Math.max(0, coverage)) * 100)}%`;
}
