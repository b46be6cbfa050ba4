import { cn } from '@/lib/cn';
import { daysUntil, formatDate, formatDaysUntil } from '@/lib/format';

export function RenewalCell({ renewalDate }: { renewalDate: string | null }) {
  if (!renewalDate) return <span className="text-slate-400">—</span>;
  const days = daysUntil(renewalDate);
  return (
    <div className="leading-tight">
      <time dateTime={renewalDate} className="text-slate-800">
        {formatDate(renewalDate)}
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
