import type { ProviderKeyName, SyncRun } from '@success/shared/integrations';
import { ErrorAlert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import { capitalize, formatDateTime, formatNumber, formatRelativeTime } from '@/lib/format';
import { useSyncRuns } from '../api/list-sync-runs';
import { getRunDuration } from '../sync-run';

const statusTones: Record<SyncRun['status'], BadgeTone> = {
  queued: 'neutral',
  running: 'sky',
  stalled: 'amber',
  succeeded: 'green',
  failed: 'red',
};
function Count({ value, tone }: { value: number; tone?: 'amber' }) {
  return (
    <td
      className={`px-3 py-2 text-right tabular-nums ${value === 0 ? 'text-slate-400' : tone === 'amber' ? 'font-medium text-amber-700' : 'text-slate-700'}`}
    >
      {formatNumber(value)}
    </td>
  );
}

/** Every run of one provider, newest first. */
export function SyncHistory({
  provider,
  providerName,
  isSyncing,
}: {
  provider: ProviderKeyName;
  providerName: string;
  isSyncing: boolean;
}) {
  const runs = useSyncRuns(provider, isSyncing);
  if (runs.isPending) return <Skeleton className="h-24 w-full" />;
  if (runs.isError)
    return (
      <ErrorAlert title="Could not load the sync history" error={runs.error} onRetry={() => void runs.refetch()} />
    );
  if (runs.data.items.length === 0) return <p className="py-2 text-sm text-slate-500">No syncs yet.</p>;
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="w-full min-w-[760px] text-xs" aria-label={`Sync history of ${providerName}`}>
        <thead className="bg-slate-50 text-left text-[11px] font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2">
              Started
            </th>
            <th scope="col" className="px-3 py-2">
              Duration
            </th>
            <th scope="col" className="px-3 py-2">
              Mode
            </th>
            <th scope="col" className="px-3 py-2">
              Trigger
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Created
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Updated
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Unchanged
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Quarantined
            </th>
            <th scope="col" className="px-3 py-2">
              Error
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {runs.data.items.map((run) => (
            <tr key={run.id} className="align-top">
              <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                {run.startedAt ? (
                  <time dateTime={run.startedAt} title={formatDateTime(run.startedAt)}>
                    {formatRelativeTime(run.startedAt)}
                  </time>
                ) : (
                  <span className="text-slate-500">Not started</span>
                )}
              </td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-700 tabular-nums">{getRunDuration(run)}</td>
              <td className="px-3 py-2 text-slate-700">{run.mode === 'full' ? 'Full' : 'Incremental'}</td>
              <td className="px-3 py-2 text-slate-700">{capitalize(run.trigger)}</td>
              <td className="px-3 py-2">
                <Badge tone={statusTones[run.status]}>{capitalize(run.status)}</Badge>
              </td>
              <Count value={run.recordsCreated} />
              <Count value={run.recordsUpdated} />
              <Count value={run.recordsUnchanged} />
              <Count value={run.recordsQuarantined} tone="amber" />
              <td className="max-w-72 px-3 py-2 text-rose-700">
                {run.error ?? <span className="text-slate-500">—</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
