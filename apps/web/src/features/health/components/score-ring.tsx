import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { useCustomerHealth } from '../api/get-health';
import { formatCoverage } from '@/lib/format';
import { stateLabels } from '@/lib/health-labels';
import { scoreTone, toneText } from '../score-tone';
import { ScoreArc } from './score-arc';

function Ring({ score, label, isMuted = false }: { score: number; label: string; isMuted?: boolean }) {
  const tone = scoreTone(score);
  return (
    <div
      className="flex flex-col items-center text-center"
      role="img"
      aria-label={`Health score ${score} of 100, ${label}`}
      data-testid="health-score-ring"
    >
      <div className="relative size-24">
        <ScoreArc score={score} size={96} stroke={8} className="size-24 -rotate-90" isAnimated />
        <span
          className={cn(
            'absolute inset-0 flex items-center justify-center text-2xl font-semibold tabular-nums',
            isMuted ? 'text-slate-400' : toneText[tone],
          )}
          data-testid="health-score-value"
        >
          {score}
        </span>
      </div>
      <p className={cn('mt-1.5 max-w-36 text-xs font-medium', isMuted ? 'text-slate-500' : toneText[tone])}>{label}</p>
    </div>
  );
}

function NotScored({ text }: { text: string }) {
  return (
    <div className="flex flex-col items-center text-center" data-testid="health-score-ring">
      <div
        className="flex size-24 items-center justify-center rounded-full border-8 border-slate-100 text-xl font-semibold text-slate-300"
        aria-hidden="true"
      >
        —
      </div>
      <p className="mt-1.5 max-w-36 text-[11px] leading-tight text-slate-500">{text}</p>
    </div>
  );
}

/** The account's current health score as a large colour-coded ring. */
export function ScoreRing({ domain }: { domain: string }) {
  const query = useCustomerHealth(domain);
  if (query.isPending) {
    return (
      <div className="flex flex-col items-center" aria-hidden="true">
        <Skeleton className="size-24 rounded-full" />
        <Skeleton className="mt-2 h-3 w-14" />
      </div>
    );
  }
  if (query.isError) return <NotScored text="Health score could not be loaded" />;
  const current = query.data.current;
  if (!current) return <NotScored text="Not scored yet" />;
  if (current.band === 'not_enough_data') {
    // The score exists but rests on too little data to place the account in a band.
    return (
      <Ring
        score={current.score}
        label={`${stateLabels.not_enough_data} (${formatCoverage(current.coverage)} of inputs)`}
        isMuted
      />
    );
  }
  return <Ring score={current.score} label={stateLabels[current.band]} />;
}
