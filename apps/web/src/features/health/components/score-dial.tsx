import { cn } from '@/lib/cn';
import { scoreTone, toneStroke, toneText } from '../format';

const SIZE = 32;
const STROKE = 3.5;
const RADIUS = (SIZE - STROKE) / 2;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** A small score ring for table rows; `label` names it for screen readers ("Health score 42, At risk"). */
export function ScoreDial({ score, label, className }: { score: number; label: string; className?: string }) {
  const tone = scoreTone(score);
  const fraction = Math.min(100, Math.max(0, score)) / 100;
  return (
    <span
      role="img"
      aria-label={label}
      data-testid="score-dial"
      data-score={score}
      className={cn('relative inline-flex size-8 shrink-0 items-center justify-center', className)}
    >
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="absolute inset-0 size-8 -rotate-90" aria-hidden="true">
        <circle cx={SIZE / 2} cy={SIZE / 2} r={RADIUS} fill="none" stroke="#e2e8f0" strokeWidth={STROKE} />
        <circle
          cx={SIZE / 2}
          cy={SIZE / 2}
          r={RADIUS}
          fill="none"
          stroke={toneStroke[tone]}
          strokeWidth={STROKE}
          strokeLinecap="round"
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - fraction)}
        />
      </svg>
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
