import { cn } from '@/lib/cn';
import { scoreTone, toneText } from '../score-tone';
import { ScoreArc } from './score-arc';

/** A small score ring for table rows; `label` names it for screen readers ("Health score 42, At risk"). */
export function ScoreDial({ score, label, className }: { score: number; label: string; className?: string }) {
  const tone = scoreTone(score);
  return (
    <span
      role="img"
      aria-label={label}
      data-testid="score-dial"
      data-score={score}
      className={cn('relative inline-flex size-8 shrink-0 items-center justify-center', className)}
    >
      <ScoreArc score={score} size={32} stroke={3.5} className="absolute inset-0 size-8 -rotate-90" />
      <span className={cn('relative text-[11px] font-semibold tabular-nums', toneText[tone])} aria-hidden="true">
        {score}
      </span>
    </span>
  );
}

/** The same footprint for an account that has no score yet. */
export function EmptyScoreDial({ label = 'Not scored yet' }: { label?: string }) {
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      data-testid="score-dial"
      className="inline-flex size-8 shrink-0 items-center justify-center rounded-full border-[3.5px] border-slate-100 text-[11px] text-slate-300"
    >
      <span aria-hidden="true">—</span>
    </span>
  );
}
