import type { HealthState, HealthSummary } from '@success/shared/health';
import { cn } from '@/lib/cn';
import { formatCount, formatMoney } from '@/lib/format';
import { accountsApart } from '../summary';

const testIds = {
  not_enough_data: 'summary-not-enough-data',
  churned: 'summary-churned',
  unscored: 'summary-unscored',
} as const;

/**
 * The tracked accounts the band cards do not count, each said apart: "Not enough data" and
 * "Churned" filter the queue to them (churned accounts are listed nowhere else).
 */
export function SummaryApart({
  summary,
  band,
  onBandChange,
}: {
  summary: HealthSummary;
  band?: HealthState;
  onBandChange?: (band: HealthState | undefined) => void;
}) {
  const items = accountsApart(summary);
  if (items.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-500" aria-label="Accounts outside the bands">
      {items.map((item) => {
        const text = (
          <>
            <span className="font-medium text-slate-700">{item.label}:</span>{' '}
            {formatCount(item.accounts, 'tracked account')} ({formatMoney(item.money, { whole: true })} {item.moneyLabel})
          </>
        );
        const filter = item.key === 'unscored' ? null : item.key;
        const isActive = filter !== null && band === filter;
        return (
          <li key={item.key} data-testid={testIds[item.key]} data-count={item.accounts}>
            {filter && onBandChange ? (
              <button
                type="button"
                aria-pressed={isActive}
                onClick={() => onBandChange(isActive ? undefined : filter)}
                className={cn(
                  'rounded-sm underline-offset-2 hover:text-slate-800 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600',
                  isActive && 'text-slate-800 underline',
                )}
              >
                {text}
              </button>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}
