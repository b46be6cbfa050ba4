import { useCurrentUser } from '@/lib/auth';
import { cn } from '@/lib/cn';
import { formatDate, formatDaysUntil } from '@/lib/format';

/**
 * The renewal date with the API's day count ("in 12 days"), never recomputed here: the server
 * counts calendar days in the workspace's time zone, the same number on every screen.
 */
export function RenewalCell({
  renewalDate,
  daysToRenewal,
}: {
  renewalDate: string | null;
  daysToRenewal: number | null;
}) {
  const { timeZone } = useCurrentUser().workspace;
  if (!renewalDate) return <span className="text-slate-500">—</span>;
  const days = daysToRenewal;
  return (
    <div className="leading-tight" data-testid="renewal-cell" data-days={days ?? undefined}>
      <time dateTime={renewalDate} className="text-slate-800">
        {formatDate(renewalDate, timeZone)}
      </time>
      {days !== null ? (
        <div
          className={cn(
            'text-xs',
            days < 0
              ? 'text-rose-600'
              : days <= 30
                ? 'font-medium text-amber-700'
                : days <= 90
                  ? 'text-amber-700/80'
                  : 'text-slate-500',
          )}
        >
          {formatDaysUntil(days)}
        </div>
      ) : null}
    </div>
  );
}
