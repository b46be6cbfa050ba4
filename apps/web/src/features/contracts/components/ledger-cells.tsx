import type { LedgerRow } from '@success/shared/ledger';
import type { Money } from '@success/shared/money';
import { Link } from '@tanstack/react-router';
import { focusRing } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';
import { formatDate, formatMoney } from '@/lib/format';
import { IgnoredBadge } from '@/components/ledger/contract-badges';
import { RenewalCell } from '@/components/account/renewal-cell';

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

/** A ledger row's renewal date and day count: the same cell as every other list's. */
export function RenewalDateCell({ row }: { row: Pick<LedgerRow, 'renewalDate' | 'daysToRenewal'> }) {
  return <RenewalCell renewalDate={row.renewalDate} daysToRenewal={row.daysToRenewal} />;
}
