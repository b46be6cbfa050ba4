import type { LedgerRow, LedgerSource } from '@success/shared/ledger';
import { AlertTriangle, ExternalLink, Receipt } from 'lucide-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SectionCard } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { Switch } from '@/components/ui/switch';
import {
  IgnoredBadge,
  PaymentStateBadge,
  ReconciliationBadge,
  StatusBadge,
} from '@/components/ledger/contract-badges';
import { formatConflicts, formatInterval, getSourceLabel } from '@/lib/ledger-labels';
import { getErrorMessage } from '@/lib/api-client';
import { cn } from '@/lib/cn';
import { getSafeUrl } from '@/lib/external-url';
import { formatDate, formatMoney } from '@/lib/format';
import { useRevenue } from '../api/get-revenue';
import { formatSourceCounts, sourceCountsOf } from '../source-counts';
import { useSetRevenueIgnored } from '../api/set-ignored';

const intervalUnit: Record<LedgerSource['billingInterval'], string> = {
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
};

function perPeriod(source: Pick<LedgerSource, 'billingInterval' | 'intervalCount'>): string {
  return source.intervalCount > 1
    ? `every ${source.intervalCount} ${intervalUnit[source.billingInterval]}s`
    : `per ${intervalUnit[source.billingInterval]}`;
}

function Amount({
  label,
  children,
  testId,
  amount,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
  amount?: number;
}) {
  return (
    <div className="min-w-0">
      <dt className="text-[11px] text-slate-500">{label}</dt>
      <dd
        className="truncate text-sm font-semibold text-slate-900 tabular-nums"
        data-testid={testId}
        data-amount={amount}
      >
        {children}
      </dd>
    </div>
  );
}

function IgnoreDialog({
  row,
  isOpen,
  onClose,
  domain,
}: {
  row: LedgerRow;
  isOpen: boolean;
  onClose: () => void;
  domain: string;
}) {
  return (
    <Dialog
      isOpen={isOpen}
      onClose={onClose}
      title={`Ignore ${row.productName} from ARR?`}
      description={`Its ${formatMoney(row.reportingArr)} ARR stops counting in this account's ARR, the Health summary and the Contracts totals. It keeps syncing, and you can count it again at any time.`}
    >
      <IgnoreForm row={row} domain={domain} onDone={onClose} />
    </Dialog>
  );
}

function IgnoreForm({ row, domain, onDone }: { row: LedgerRow; domain: string; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mutation = useSetRevenueIgnored(domain);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Say why this revenue is ignored from ARR.');
      return;
    }
    setError(null);
    mutation.mutate({ rowId: row.id, isIgnored: true, reason }, { onSuccess: onDone });
  }
  return (
    <form onSubmit={submit} noValidate>
      <Field label="Reason" hint="Shown on the revenue card and in Contracts." error={error}>
        {(props) => (
          <Textarea
            {...props}
            autoFocus
            rows={3}
            maxLength={1000}
            placeholder="For example: a duplicate of the Salesbricks contract, or an internal test subscription"
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              if (error) setError(null);
            }}
          />
        )}
      </Field>
      <div aria-live="polite">
        {mutation.isError ? (
          <ErrorAlert className="mt-3" title="Could not ignore it from ARR" error={mutation.error} />
        ) : null}
      </div>
      <div className="mt-5 flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone} disabled={mutation.isPending}>
          Cancel
        </Button>
        <Button type="submit" isLoading={mutation.isPending}>
          Ignore from ARR
        </Button>
      </div>
    </form>
  );
}

function RevenueCard({ row, domain, canEdit }: { row: LedgerRow; domain: string; canEdit: boolean }) {
  const headingId = useId();
  const [isAsking, setIsAsking] = useState(false);
  const recount = useSetRevenueIgnored(domain);
  const isForeign = row.arr.currency !== row.reportingArr.currency;
  const providers = [...new Set(row.sources.map((source) => source.provider))];
  return (
    <article
      aria-labelledby={headingId}
      data-testid="revenue-card"
      data-row-id={row.id}
      data-ignored={row.isIgnoredFromArr}
      className={cn('rounded-md border border-slate-200 p-4', row.isIgnoredFromArr && 'bg-slate-50/70')}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="truncate text-sm font-semibold text-slate-900">
            {row.productName}
          </h3>
          <p className="mt-0.5 text-xs text-slate-500">
            {formatInterval(row.billingInterval, row.intervalCount)}
            {' · '}
            {providers.map(getSourceLabel).join(' + ')}
            {row.startDate ? ` · since ${formatDate(row.startDate)}` : ''}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-1">
          <StatusBadge status={row.status} />
          {row.isIgnoredFromArr ? <IgnoredBadge reason={row.ignoreReason} /> : null}
        </div>
      </div>

      {row.sources.length > 0 ? (
        <ul className="mt-3 space-y-0.5 text-xs text-slate-600" aria-label="Amounts by source">
          {row.sources.map((source) => (
            <li
              key={source.id}
              className="flex flex-wrap items-baseline gap-x-1.5"
              data-testid="revenue-source-amount"
              data-provider={source.provider}
            >
              <span className="text-slate-500">{getSourceLabel(source.provider)}</span>
              <span className="font-medium text-slate-800 tabular-nums">{formatMoney(source.amount)}</span>
              <span>{perPeriod(source)}</span>
            </li>
          ))}
        </ul>
      ) : null}

      <dl className="mt-3 grid grid-cols-2 gap-3 rounded-md bg-slate-50 px-3 py-2">
        <Amount label="MRR" testId="revenue-mrr" amount={row.mrr.amount}>
          {formatMoney(row.mrr)}
        </Amount>
        <Amount
          label={row.isIgnoredFromArr ? 'ARR (ignored)' : 'ARR'}
          testId="revenue-arr"
          amount={row.reportingArr.amount}
        >
          <span className={cn(row.isIgnoredFromArr && 'text-slate-400 line-through')}>{formatMoney(row.arr)}</span>
          {isForeign ? (
            <span className="ml-1.5 text-[11px] font-normal text-slate-500">≈ {formatMoney(row.reportingArr)}</span>
          ) : null}
        </Amount>
      </dl>

      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-slate-600">
        <span className="inline-flex items-center gap-1.5">
          Billing <PaymentStateBadge state={row.paymentState} />
        </span>
        <span className="inline-flex items-center gap-1.5">
          Sources <ReconciliationBadge row={row} />
        </span>
        {row.renewalDate ? <span>Renews {formatDate(row.renewalDate)}</span> : null}
        {row.lastFailedPaymentAt ? (
          <span className="text-rose-700">Payment failed {formatDate(row.lastFailedPaymentAt)}</span>
        ) : null}
      </div>

      {row.reconciliation === 'conflict' && row.conflicts.length > 0 ? (
        <div
          className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900"
          data-testid="revenue-conflicts"
        >
          <p className="flex items-center gap-1.5 font-medium">
            <AlertTriangle className="size-3.5" aria-hidden="true" />
            Stripe and Salesbricks disagree; fix it in the source system
          </p>
          <ul className="mt-1 space-y-0.5">
            {formatConflicts(row).map((conflict) => (
              <li key={conflict.field} data-testid="conflict-field" data-field={conflict.field}>
                <span className="font-medium">{conflict.label}:</span> Stripe {conflict.stripe} · Salesbricks{' '}
                {conflict.salesbricks}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {row.sources.some((source) => getSafeUrl(source.url)) ? (
        <div className="mt-3 flex flex-wrap gap-3">
          {row.sources
            .filter((source) => getSafeUrl(source.url))
            .map((source) => (
              <a
                key={source.id}
                href={getSafeUrl(source.url) ?? undefined}
                target="_blank"
                rel="noreferrer noopener"
                className="inline-flex items-center gap-1 text-xs font-medium text-indigo-700 hover:underline"
              >
                Open in {getSourceLabel(source.provider)}
                <ExternalLink className="size-3" aria-hidden="true" />
                <span className="sr-only">(opens in a new tab)</span>
              </a>
            ))}
        </div>
      ) : null}

      <div className="mt-3 border-t border-slate-100 pt-3">
        <Switch
          label="Ignore from ARR"
          description={
            row.isIgnoredFromArr
              ? `Not counted: ${row.ignoreReason ?? 'no reason recorded'}`
              : canEdit
                ? 'Leave duplicates and test revenue out of ARR rollups.'
                : 'Viewers cannot change this.'
          }
          checked={row.isIgnoredFromArr || isAsking}
          isPending={recount.isPending}
          disabled={!canEdit}
          onCheckedChange={(checked) => {
            recount.reset();
            if (checked) setIsAsking(true);
            else recount.mutate({ rowId: row.id, isIgnored: false });
          }}
        />
        {recount.isError ? (
          <p className="mt-2 text-xs text-rose-700" role="alert">
            Could not count it in ARR again: {getErrorMessage(recount.error)}
          </p>
        ) : null}
      </div>
      <IgnoreDialog row={row} domain={domain} isOpen={isAsking} onClose={() => setIsAsking(false)} />
    </article>
  );
}

/** A card per Salesbricks contract or Stripe subscription (or both merged) linked to the account. */
export function RevenueSources({ domain, canEdit }: { domain: string; canEdit: boolean }) {
  const query = useRevenue(domain);
  const rows = query.data?.items ?? [];
  const ignored = rows.filter((row) => row.isIgnoredFromArr).length;
  return (
    <SectionCard
      title="Revenue sources"
      description={
        query.isSuccess ? (
          rows.length === 0 ? undefined : (
            <span data-testid="revenue-source-count">
              {formatSourceCounts(sourceCountsOf(rows))}
              {ignored > 0 ? `, ${ignored} ignored from ARR` : ''}
            </span>
          )
        ) : undefined
      }
    >
      {query.isPending ? (
        <div className="space-y-3" aria-hidden="true">
          <Skeleton className="h-36 w-full rounded-md" />
        </div>
      ) : query.isError ? (
        <ErrorAlert title="Could not load revenue sources" error={query.error} onRetry={() => void query.refetch()} />
      ) : rows.length === 0 ? (
        <div className="flex items-start gap-3 text-sm text-slate-600">
          <Receipt className="mt-0.5 size-4 shrink-0 text-slate-400" aria-hidden="true" />
          <p>
            No Salesbricks contract or Stripe subscription is linked to this account. Once one syncs, its amount, MRR,
            ARR and billing state appear here.
          </p>
        </div>
      ) : (
        <div className="space-y-3">
          {rows.map((row) => (
            <RevenueCard key={row.id} row={row} domain={domain} canEdit={canEdit} />
          ))}
        </div>
      )}
    </SectionCard>
  );
}
