import type { ProviderKeyName } from '@success/shared/integrations';
import { ShieldCheck } from 'lucide-react';
import { ErrorAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDateTime, formatRelativeTime } from '@/lib/format';
import { useQuarantine } from '../api/list-quarantine';

/** Records the provider sent that could not be stored, with the reason. */
export function QuarantineList({ provider, providerName }: { provider: ProviderKeyName; providerName: string }) {
  const records = useQuarantine(provider);
  if (records.isPending) return <Skeleton className="h-16 w-full" />;
  if (records.isError)
    return (
      <ErrorAlert
        title="Could not load quarantined records"
        error={records.error}
        onRetry={() => void records.refetch()}
      />
    );
  if (records.data.items.length === 0) {
    return (
      <p className="inline-flex items-center gap-2 py-2 text-sm text-slate-500">
        <ShieldCheck className="size-4 text-emerald-600" aria-hidden="true" />
        No quarantined records: everything {providerName} sent was stored.
      </p>
    );
  }
  return (
    <ul
      className="divide-y divide-slate-100 rounded-md border border-amber-200 bg-amber-50/30"
      aria-label={`Quarantined records of ${providerName}`}
    >
      {records.data.items.map((record) => (
        <li key={record.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 px-3 py-2 text-xs">
          <code className="rounded bg-white px-1.5 py-0.5 font-mono text-slate-800 ring-1 ring-slate-200">
            {record.externalId}
          </code>
          <span className="min-w-0 flex-1 text-slate-700">{record.error}</span>
          <time dateTime={record.createdAt} title={formatDateTime(record.createdAt)} className="text-slate-500">
            {formatRelativeTime(record.createdAt)}
          </time>
        </li>
      ))}
    </ul>
  );
}

/** How many records wait in quarantine, shown on the collapsed disclosure. */
export function QuarantineCount({ provider }: { provider: ProviderKeyName }) {
  const records = useQuarantine(provider);
  const count = records.data?.items.length ?? 0;
  if (count === 0) return null;
  return (
    <Badge tone="amber" className="px-1.5 py-0 text-[11px]">
      {count}
    </Badge>
  );
}
