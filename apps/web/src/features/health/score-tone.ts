/** The colour a score is drawn in: green at 70 and up, amber 40–69, red under 40. */
export type ScoreTone = 'good' | 'warn' | 'bad';

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
