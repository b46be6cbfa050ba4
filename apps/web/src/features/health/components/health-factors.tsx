import { ErrorAlert } from '@/components/ui/alert';
import { SectionCard } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { formatDateTime, formatRelativeTime } from '@/lib/format';
import type { HealthFactor } from '@success/shared/health';
import { useCustomerHealth } from '../api/get-health';
import { stateLabels } from '@/lib/health-labels';
import { formatCoverage, formatPoints } from '@/lib/format';

function pointsTone(points: number): string {
  if (points < 0) return 'text-rose-700';
  if (points > 0) return 'text-emerald-700';
  return 'text-slate-400';
}

function FactorLine({
  label,
  points,
  source,
  detail,
  testId,
}: Pick<HealthFactor, 'label' | 'points' | 'source' | 'detail'> & { testId: string }) {
  const isMissing = points === 0;
  return (
    <li className="flex gap-3 py-2" data-testid={testId} data-points={points}>
      <span className={cn('w-10 shrink-0 text-right text-sm font-semibold tabular-nums', pointsTone(points))}>
        {formatPoints(points)}
      </span>
      <div className="min-w-0 flex-1">
        <p className={cn('text-sm', isMissing ? 'text-slate-500' : 'text-slate-800')}>
          {label}
          {source ? <span className="text-slate-500"> ({source})</span> : null}
          {isMissing ? (
            <span className="ml-1.5 rounded bg-slate-100 px-1.5 py-0.5 text-[10px] font-medium text-slate-500 uppercase">
              missing data
            </span>
          ) : null}
        </p>
        {detail ? <p className="mt-0.5 text-xs text-slate-500">{detail}</p> : null}
      </div>
    </li>
  );
}

/** Every factor behind the current score, with the clamp line and how much of the input was available. */
export function HealthFactors({ domain }: { domain: string }) {
  const query = useCustomerHealth(domain);
  const current = query.data?.current ?? null;
  return (
    <SectionCard
      title="Health score and risk factors"
      description={
        current
          ? `Score ${current.score} · ${stateLabels[current.band]} · computed ${formatRelativeTime(current.computedAt)}`
          : undefined
      }
    >
      {query.isPending ? (
        <div className="space-y-2" aria-hidden="true">
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} className="h-8 w-full" />
          ))}
        </div>
      ) : query.isError ? (
        <ErrorAlert title="Could not load the health score" error={query.error} onRetry={() => void query.refetch()} />
      ) : !current ? (
        <p className="text-sm text-slate-600">
          This account has not been scored yet. Its risk factors (adoption, payment state, renewal pressure, signals)
          appear after the first scoring run. Nothing is estimated until then.
        </p>
      ) : (
        <>
          {current.band === 'not_enough_data' ? (
            <p
              className="mb-3 rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-600"
              data-testid="health-not-enough-data"
            >
              Not enough data: only {formatCoverage(current.coverage)} of the score&apos;s inputs are known, below the
              workspace&apos;s minimum, so no band is shown. Connect the missing sources below to place this account.
            </p>
          ) : null}
          {current.factors.length === 0 && !current.clamp ? (
            <p className="text-sm text-slate-600">No factors moved the score from its baseline.</p>
          ) : (
            <ul className="-my-2 divide-y divide-slate-100" aria-label="Risk factors">
              {current.factors.map((factor) => (
                <FactorLine
                  key={factor.key}
                  testId="health-factor"
                  label={factor.label}
                  points={factor.points}
                  source={factor.source}
                  detail={factor.detail}
                />
              ))}
              {current.clamp ? (
                <FactorLine testId="health-clamp" label={current.clamp.label} points={current.clamp.points} />
              ) : null}
            </ul>
          )}
          <p
            className="mt-3 border-t border-slate-100 pt-3 text-xs text-slate-500"
            title={current.engineVersion ? `Engine ${current.engineVersion}` : undefined}
          >
            Based on {formatCoverage(current.coverage)} of the score&apos;s inputs ·{' '}
            {formatDateTime(current.computedAt)}
            {current.confirmedAt && current.confirmedAt !== current.computedAt
              ? ` · unchanged since, last confirmed ${formatRelativeTime(current.confirmedAt)}`
              : ''}
          </p>
        </>
      )}
    </SectionCard>
  );
}
