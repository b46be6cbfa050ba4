import type { SyncRun } from '@success/shared/integrations';
import { useId } from 'react';
import { Spinner } from '@/components/ui/spinner';
import { formatCount, formatNumber } from '@/lib/format';
import { getProcessedCount, getProgressPercent, getRunDuration } from '../sync-run';

/** The live state of a queued or running sync: a determinate bar when the provider estimated a total. */
export function SyncProgress({ run, providerName }: { run: SyncRun; providerName: string }) {
  const id = useId();
  const processed = getProcessedCount(run);
  const percent = getProgressPercent(run);
  const isQueued = run.status === 'queued';
  const label = `${run.mode === 'full' ? 'Full sync' : 'Sync'} of ${providerName}`;
  return (
    <div className="rounded-lg border border-sky-200 bg-sky-50/60 px-4 py-3" data-testid="sync-progress">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-sm">
        <p id={`${id}-label`} className="inline-flex items-center gap-2 font-medium text-sky-900">
          <Spinner className="size-3.5 text-sky-600" />
          {isQueued ? `${label} queued — starting shortly…` : `${label} in progress`}
        </p>
        {!isQueued ? (
          <p className="text-xs text-sky-800 tabular-nums">
            {percent !== null ? `${percent}% · ` : ''}
            {run.startedAt ? `${getRunDuration(run)} elapsed` : null}
          </p>
        ) : null}
      </div>
      <div
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={percent !== null ? 0 : undefined}
        aria-valuemax={percent !== null ? 100 : undefined}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={
          percent !== null
            ? `${percent}% — ${formatCount(processed, 'record')} processed`
            : `${formatCount(processed, 'record')} processed`
        }
        className="relative mt-2.5 h-2 overflow-hidden rounded-full bg-sky-100"
      >
        {percent !== null ? (
          <div
            className="h-full rounded-full bg-sky-500 transition-[width] duration-500 ease-out"
            style={{ width: `${Math.max(percent, 2)}%` }}
          />
        ) : (
          <div className="absolute inset-y-0 left-0 w-1/3 animate-indeterminate rounded-full bg-sky-500 motion-reduce:animate-none motion-reduce:w-full motion-reduce:opacity-50" />
        )}
      </div>
      <p className="mt-2 text-xs text-sky-900 tabular-nums" aria-live="polite" data-testid="sync-progress-counts">
        {isQueued ? (
          'Waiting for the sync worker.'
        ) : (
          <>
            <span className="font-semibold">{formatNumber(processed)}</span>
            {run.estimatedTotal !== null ? ` of ~${formatNumber(run.estimatedTotal)}` : ''} records processed ·{' '}
            {formatCount(run.pages, 'page')} · {formatNumber(run.recordsCreated)} created,{' '}
            {formatNumber(run.recordsUpdated)} updated, {formatNumber(run.recordsUnchanged)} unchanged,{' '}
            {formatNumber(run.recordsQuarantined)} quarantined
          </>
        )}
      </p>
    </div>
  );
}
