import type { LedgerRow } from '@success/shared/ledger';
import type { Money } from '@success/shared/money';
import { Link } from '@tanstack/react-router';
import { focusRing } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/lib/auth';
import { cn } from '@/lib/cn';
import { formatDate, formatDaysUntil, formatMoney } from '@/lib/format';
import { IgnoredBadge } from '@/components/ledger/contract-badges';

/**
 * The account (a link to Customer Detail, back to Contracts) over the product, which is the keyboard
 * way into the row's detail sheet. Unmatched revenue says so instead of a link.
 */
export function AccountProductCell({ row, onOpen }: { row: LedgerRow; onOpen: (row: LedgerRow) => void }) {
  const account = row.account;
  return (
    <div className="min-w-0 leading-tight">
      {account ? (
        <Link
          to={paths.success.customer.path}
          params={{ companyDomain: account.domain }}
          search={{ from: 'contracts' }}
          className={cn('block truncate rounded-sm font-medium text-slate-900 hover:text-indigo-700', focusRing)}
          title={account.domain}
          onClick={(event) => event.stopPropagation()}
          data-testid="account-link"
        >
          {account.name}
        </Link>
      ) : (
        <span className="block truncate font-medium text-slate-500 italic" title="No account matches this customer yet">
          Unmatched customer
        </span>
      )}
      <div className="mt-0.5 flex min-w-0 items-center gap-1.5">
        <button
          type="button"
          className={cn(
            'min-w-0 truncate rounded-sm text-left text-xs text-slate-500 hover:text-indigo-700 hover:underline',
            focusRing,
          )}
          aria-label={`Open ${row.productName}${account ? ` for ${account.name}` : ''}`}
          title={row.productName}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(row);
          }}
        >
          {row.productName}
        </button>
        {row.isIgnoredFromArr ? <IgnoredBadge reason={row.ignoreReason} /> : null}
      </div>
    </div>
  );
}

/**
 * An amount in the reporting currency (what the totals add up), with the row's own currency under
 * it when they differ.
 */
export function MoneyCell({
  reporting,
  original,
  testId,
  isIgnored,
}: {
  reporting: Money;
  original: Money;
  testId: string;
  isIgnored: boolean;
}) {
  const isConverted = reporting.currency.toUpperCase() !== original.currency.toUpperCase();
  return (
    <div className="leading-tight">
      <span
        className={cn('font-medium tabular-nums', isIgnored ? 'text-slate-400 line-through' : 'text-slate-900')}
        data-testid={testId}
        data-amount={reporting.amount}
      >
        {formatMoney(reporting)}
      </span>
      {isConverted ? <div className="text-xs text-slate-500 tabular-nums">{formatMoney(original)}</div> : null}
    </div>
  );
}

export function DateCell({ value }: { value: string | null }) {
  if (!value) return <span className="text-slate-500">—</span>;
  return (
    <time dateTime={value} className="text-slate-700">
      {formatDate(value)}
    </time>
  );
}

/** The renewal date with the server's day count ("in 12 days", never recomputed here), amber inside 30 days. */
export function RenewalDateCell({ row }: { row: Pick<LedgerRow, 'renewalDate' | 'daysToRenewal'> }) {
  // The date on its calendar day in the workspace's zone, where the day count is taken.
  const { timeZone } = useCurrentUser().workspace;
  if (!row.renewalDate) return <span className="text-slate-500">—</span>;
  const days = row.daysToRenewal;
  return (
    <div className="leading-tight" data-testid="renewal-cell" data-days={days ?? undefined}>
      <time dateTime={row.renewalDate} className="text-slate-800">
        {formatDate(row.renewalDate, timeZone)}
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
