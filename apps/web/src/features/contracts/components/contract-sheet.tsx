import type { LedgerRowDetail } from '@success/shared/ledger';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ArrowRight, ExternalLink, FileWarning } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { Alert, ErrorAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button, buttonClasses } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { DetailFact, DetailFacts, DetailSection, DetailSheet } from '@/components/ui/detail-sheet';
import { Switch } from '@/components/ui/switch';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { cn } from '@/lib/cn';
import { getSafeUrl } from '@/lib/external-url';
import { formatDate, formatDateTime, formatMoney, formatRecurringMoney } from '@/lib/format';
import { contractQueryOptions } from '../api/get-contract';
import { useSetIgnored } from '../api/set-ignored';
import { formatConflicts, formatInterval, getSourceLabel, getStatusLabel } from '@/lib/ledger-labels';
import { PaymentStateBadge, ReconciliationBadge, SourceBadges, StatusBadge } from '@/components/ledger/contract-badges';
import { RenewalDateCell } from './ledger-cells';

const REASON_MAX = 1000;

function IgnoreForm({
  onSubmit,
  onCancel,
  isPending,
}: {
  onSubmit: (reason: string) => void;
  onCancel: () => void;
  isPending: boolean;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Say why this revenue is ignored from ARR.');
      return;
    }
    onSubmit(reason.trim());
  }
  return (
    <form onSubmit={submit} noValidate className="mt-3 rounded-md border border-slate-200 bg-slate-50/60 p-3">
      <Field label="Reason" hint="Shown on this row and in the audit trail. Required." error={error}>
        {(props) => (
          <Textarea
            {...props}
            autoFocus
            required
            rows={2}
            maxLength={REASON_MAX}
            placeholder="For example: internal test subscription, or double-billed by mistake"
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              if (error) setError(null);
            }}
          />
        )}
      </Field>
      <div className="mt-3 flex justify-end gap-2">
        <Button variant="secondary" size="sm" onClick={onCancel} disabled={isPending}>
          Cancel
        </Button>
        <Button type="submit" size="sm" isLoading={isPending}>
          Ignore from ARR
        </Button>
      </div>
    </form>
  );
}

/** Leave a row out of ARR (asking why) or count it again; the recorded reason stays visible. */
function IgnoreControl({ row, canEdit }: { row: LedgerRowDetail; canEdit: boolean }) {
  const hintId = useId();
  const [isAsking, setIsAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const setIgnored = useSetIgnored();
  const arr = formatMoney(row.reportingArr);

  function ignore(reason: string) {
    setIgnored.mutate(
      { id: row.id, isIgnored: true, reason },
      {
        onSuccess: () => {
          setIsAsking(false);
          setNotice(`Ignored from ARR: the totals no longer count its ${arr}.`);
        },
      },
    );
  }

  function count() {
    setIgnored.mutate(
      { id: row.id, isIgnored: false },
      { onSuccess: () => setNotice(`Counted in ARR again: the totals include its ${arr}.`) },
    );
  }

  // A 422 is a field problem (the reason): show it with the form rather than as a page error.
  const error = setIgnored.isError ? setIgnored.error : null;
  return (
    <div data-testid="ignore-control" data-ignored={row.isIgnoredFromArr}>
      <Switch
        label="Ignore from ARR"
        description={
          row.isIgnoredFromArr
            ? 'Left out of MRR, ARR, renewals and movements. The row stays in the ledger.'
            : 'For revenue that should not count, such as test or duplicate subscriptions.'
        }
        checked={row.isIgnoredFromArr || isAsking}
        isPending={setIgnored.isPending && !isAsking}
        disabled={!canEdit}
        onCheckedChange={(checked) => {
          setNotice(null);
          setIgnored.reset();
          if (checked) setIsAsking(true);
          else if (isAsking) setIsAsking(false);
          else count();
        }}
      />
      {!canEdit ? (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          Viewers cannot change what counts in ARR. Ask an admin or member.
        </p>
      ) : null}
      {isAsking ? (
        <IgnoreForm onSubmit={ignore} onCancel={() => setIsAsking(false)} isPending={setIgnored.isPending} />
      ) : null}
      {row.isIgnoredFromArr && !isAsking ? (
        <div
          className="mt-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm"
          data-testid="ignore-reason"
        >
          <span className="text-xs font-medium text-slate-500">Reason recorded</span>
          <p className="mt-0.5 whitespace-pre-line text-slate-800">{row.ignoreReason ?? 'No reason was recorded.'}</p>
        </div>
      ) : null}
      <div aria-live="polite">
        {notice ? <p className="mt-2 text-xs font-medium text-emerald-700">{notice}</p> : null}
        {error ? (
          <ErrorAlert
            className="mt-3"
            title={
              isApiError(error) && error.status === 422
                ? 'Add a reason'
                : row.isIgnoredFromArr
                  ? 'Could not count it in ARR again'
                  : 'Could not ignore it from ARR'
            }
            error={error}
          />
        ) : null}
      </div>
    </div>
  );
}

function SourcesList({ row }: { row: LedgerRowDetail }) {
  if (row.sources.length === 0) return <p className="text-sm text-slate-500">No source records.</p>;
  return (
    <ul className="space-y-2" aria-label="Sources">
      {row.sources.map((source) => {
        const url = getSafeUrl(source.url);
        return (
          <li
            key={source.id}
            className="rounded-md border border-slate-200 px-3 py-2.5"
            data-testid="contract-source"
            data-provider={source.provider}
          >
            <div className="flex flex-wrap items-center gap-2">
              <SourceBadges sources={[source]} />
              <span className="min-w-0 flex-1 truncate text-sm font-medium text-slate-900">{source.productName}</span>
              {url ? (
                <a
                  href={url}
                  target="_blank"
                  rel="noreferrer noopener"
                  className="inline-flex items-center gap-1 text-xs font-medium text-indigo-700 hover:underline"
                >
                  Open in {getSourceLabel(source.provider)}
                  <ExternalLink className="size-3" aria-hidden="true" />
                  <span className="sr-only">(opens in a new tab)</span>
                </a>
              ) : null}
            </div>
            <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1.5 text-xs sm:grid-cols-4">
              <div>
                <dt className="text-slate-500">ID</dt>
                <dd className="truncate font-mono text-slate-700" title={source.externalId}>
                  {source.externalId}
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">Status</dt>
                <dd className="text-slate-700">{getStatusLabel(source.status)}</dd>
              </div>
              <div>
                <dt className="text-slate-500">Billing</dt>
                <dd className="text-slate-700 tabular-nums">
                  {formatRecurringMoney(source.amount, source.billingInterval, source.intervalCount)}
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">ARR</dt>
                <dd className="text-slate-700 tabular-nums">{formatMoney(source.arr)}</dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}

function ConflictsTable({ row }: { row: LedgerRowDetail }) {
  return (
    <div className="overflow-x-auto rounded-md border border-amber-200">
      <table className="w-full text-sm" aria-label="Conflicting fields">
        <thead className="bg-amber-50 text-left text-xs text-amber-900">
          <tr>
            <th scope="col" className="px-3 py-1.5 font-medium">
              Field
            </th>
            <th scope="col" className="px-3 py-1.5 font-medium">
              Stripe
            </th>
            <th scope="col" className="px-3 py-1.5 font-medium">
              Salesbricks
            </th>
          </tr>
        </thead>
        <tbody>
          {formatConflicts(row).map((conflict) => (
            <tr
              key={conflict.field}
              className="border-t border-amber-100"
              data-testid="conflict-field"
              data-field={conflict.field}
            >
              <th scope="row" className="px-3 py-1.5 text-left font-medium text-slate-800">
                {conflict.label}
              </th>
              <td className="px-3 py-1.5 text-slate-700">{conflict.stripe}</td>
              <td className="px-3 py-1.5 text-slate-700">{conflict.salesbricks}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const invoiceTones: Record<string, 'green' | 'amber' | 'red' | 'neutral'> = {
  paid: 'green',
  open: 'amber',
  uncollectible: 'red',
  void: 'neutral',
  draft: 'neutral',
};

function InvoicesTable({ row }: { row: LedgerRowDetail }) {
  if (row.invoices.length === 0) return <p className="text-sm text-slate-500">No invoices for this revenue yet.</p>;
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="w-full min-w-[32rem] text-sm" aria-label="Invoices">
        <thead className="bg-slate-50 text-left text-xs text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-1.5 font-medium">
              Invoice
            </th>
            <th scope="col" className="px-3 py-1.5 font-medium">
              Issued
            </th>
            <th scope="col" className="px-3 py-1.5 font-medium">
              Due
            </th>
            <th scope="col" className="px-3 py-1.5 font-medium">
              Status
            </th>
            <th scope="col" className="px-3 py-1.5 text-right font-medium">
              Amount
            </th>
            <th scope="col" className="px-3 py-1.5 text-right font-medium">
              Paid
            </th>
          </tr>
        </thead>
        <tbody>
          {row.invoices.map((invoice) => {
            const url = getSafeUrl(invoice.url);
            const label = invoice.number ?? invoice.id;
            return (
              <tr key={invoice.id} className="border-t border-slate-100" data-testid="invoice-row">
                <td className="px-3 py-1.5">
                  {url ? (
                    <a
                      href={url}
                      target="_blank"
                      rel="noreferrer noopener"
                      className="inline-flex items-center gap-1 font-medium text-indigo-700 hover:underline"
                    >
                      {label}
                      <ExternalLink className="size-3" aria-hidden="true" />
                      <span className="sr-only">(opens in a new tab)</span>
                    </a>
                  ) : (
                    <span className="font-medium text-slate-800">{label}</span>
                  )}
                </td>
                <td className="px-3 py-1.5 text-slate-700">{formatDate(invoice.issuedAt)}</td>
                <td className="px-3 py-1.5 text-slate-700">{invoice.dueAt ? formatDate(invoice.dueAt) : '—'}</td>
                <td className="px-3 py-1.5">
                  <Badge tone={invoiceTones[invoice.status] ?? 'neutral'}>{getStatusLabel(invoice.status)}</Badge>
                </td>
                <td className="px-3 py-1.5 text-right text-slate-800 tabular-nums">
                  {formatMoney(invoice.amountDue)}
                  {invoice.tax.amount > 0 ? (
                    <div className="text-xs text-slate-500">incl. {formatMoney(invoice.tax)} tax</div>
                  ) : null}
                </td>
                <td className="px-3 py-1.5 text-right text-slate-700 tabular-nums">
                  {formatMoney(invoice.amountPaid)}
                  {invoice.paidAt ? <div className="text-xs text-slate-500">{formatDate(invoice.paidAt)}</div> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function PaymentEvents({ row }: { row: LedgerRowDetail }) {
  if (row.paymentEvents.length === 0) return <p className="text-sm text-slate-500">No payment events recorded.</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-label="Payment events">
      {row.paymentEvents.map((event) => {
        const failed = event.failureReason !== null || /fail/i.test(event.type);
        return (
          <li key={event.id} className="flex flex-wrap items-start gap-3 px-3 py-2 text-sm" data-testid="payment-event">
            <span
              className={cn('mt-1.5 size-2 shrink-0 rounded-full', failed ? 'bg-rose-500' : 'bg-emerald-500')}
              aria-hidden="true"
            />
            <div className="min-w-0 flex-1">
              <p className={cn('font-medium', failed ? 'text-rose-700' : 'text-slate-800')}>
                {getStatusLabel(event.type)}
              </p>
              {event.failureReason ? <p className="text-xs text-rose-600">{event.failureReason}</p> : null}
            </div>
            <span className="text-slate-700 tabular-nums">{formatMoney(event.amount)}</span>
            <time dateTime={event.occurredAt} className="w-36 text-right text-xs text-slate-500">
              {formatDateTime(event.occurredAt)}
            </time>
          </li>
        );
      })}
    </ul>
  );
}

function DetailBody({ row, canEdit }: { row: LedgerRowDetail; canEdit: boolean }) {
  const isConverted = row.arr.currency !== row.reportingArr.currency;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-1.5">
        <StatusBadge status={row.status} />
        <PaymentStateBadge state={row.paymentState} />
        <ReconciliationBadge row={row} />
        <SourceBadges sources={row.sources} />
      </div>
      <DetailFacts>
        <DetailFact label="ARR">
          <span
            className={cn('font-semibold tabular-nums', row.isIgnoredFromArr && 'text-slate-400 line-through')}
            data-testid="sheet-arr"
            data-amount={row.reportingArr.amount}
          >
            {formatMoney(row.reportingArr)}
          </span>
          {isConverted ? (
            <span className="block text-xs text-slate-500">
              {formatMoney(row.arr)} at {row.rate} {row.arr.currency}/{row.reportingArr.currency}
            </span>
          ) : null}
        </DetailFact>
        <DetailFact label="MRR">
          <span className="tabular-nums">{formatMoney(row.reportingMrr)}</span>
        </DetailFact>
        <DetailFact label="Billing">{formatInterval(row.billingInterval, row.intervalCount)}</DetailFact>
        <DetailFact label="Start">{row.startDate ? formatDate(row.startDate) : '—'}</DetailFact>
        <DetailFact label="Renewal">
          <RenewalDateCell row={row} />
        </DetailFact>
        <DetailFact label="Last failed payment">
          {row.lastFailedPaymentAt ? (
            <span className="text-rose-700">{formatDateTime(row.lastFailedPaymentAt)}</span>
          ) : (
            'None'
          )}
        </DetailFact>
      </DetailFacts>

      <DetailSection title="Ignore from ARR">
        <IgnoreControl row={row} canEdit={canEdit} />
      </DetailSection>

      {row.reconciliation === 'conflict' && row.conflicts.length > 0 ? (
        <DetailSection title="Conflicting fields" data-testid="sheet-conflicts">
          <p className="mb-2 flex items-start gap-1.5 text-xs text-amber-800">
            <FileWarning className="mt-px size-3.5 shrink-0" aria-hidden="true" />
            Stripe and Salesbricks disagree on these fields. The ledger counts the Salesbricks contract, the commitment
            the customer signed; fix the record that is wrong in its own system and the next sync reconciles the row.
          </p>
          <ConflictsTable row={row} />
        </DetailSection>
      ) : null}

      <DetailSection title="Sources" data-testid="sheet-sources">
        <SourcesList row={row} />
      </DetailSection>

      <DetailSection title="Invoices" data-testid="sheet-invoices">
        <InvoicesTable row={row} />
      </DetailSection>

      <DetailSection title="Payment events" data-testid="sheet-payments">
        <PaymentEvents row={row} />
      </DetailSection>
    </div>
  );
}

/** One ledger row in a side panel: sources, conflicts, invoices, payments and Ignore from ARR. */
export function ContractSheet({ id, onClose, canEdit }: { id: string | null; onClose: () => void; canEdit: boolean }) {
  // Nothing is fetched while the sheet is closed.
  const query = useQuery({ ...contractQueryOptions(id ?? ''), enabled: id !== null });
  const row = query.data;
  const isGone = query.isError && isApiError(query.error) && query.error.status === 404;
  const account = row?.account;
  return (
    <DetailSheet
      isOpen={id !== null}
      onClose={onClose}
      data-testid="contract-sheet"
      title={
        row ? (
          <>
            {account?.name ?? 'Unmatched revenue'}
            <span className="font-normal text-slate-500"> · {row.productName}</span>
          </>
        ) : (
          'Contract'
        )
      }
      subtitle="Where this revenue comes from, what was billed and what was paid."
      footer={
        account ? (
          <div className="flex justify-end">
            <Link
              to={paths.success.customer.path}
              params={{ companyDomain: account.domain }}
              search={{ from: 'contracts' }}
              className={buttonClasses({ variant: 'secondary', size: 'sm' })}
            >
              Open {account.name}
              <ArrowRight className="size-3.5" aria-hidden="true" />
            </Link>
          </div>
        ) : null
      }
      isLoading={query.isPending}
      loadingLabel="Loading the contract…"
      error={query.isError && !isGone ? query.error : undefined}
      errorTitle="Could not load the contract"
      onRetry={() => void query.refetch()}
    >
      {isGone ? (
        <Alert tone="warning" title="This contract is no longer in the ledger">
          It may have been merged with another source or removed by the last sync.
        </Alert>
      ) : row ? (
        // Keyed by row, so a half-filled Ignore form never carries over to the next contract.
        <DetailBody key={row.id} row={row} canEdit={canEdit} />
      ) : null}
    </DetailSheet>
  );
}
