import type { LedgerRow, ledgerSourceProviders, PaymentState } from '@success/shared/ledger';
import { EyeOff } from 'lucide-react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { formatDate } from '@/lib/format';
import {
  describeConflicts,
  getSourceLabel,
  getStatusLabel,
  paymentStateLabels,
  reconciliationLabels,
} from '@/lib/ledger-labels';

const sourceTones: Record<(typeof ledgerSourceProviders)[number], BadgeTone> = { stripe: 'violet', salesbricks: 'sky' };

/** One badge per system the row's revenue comes from. */
export function SourceBadges({ sources, stacked = false }: { sources: LedgerRow['sources']; stacked?: boolean }) {
  const providers = [...new Set(sources.map((source) => source.provider))];
  if (providers.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <span className={stacked ? 'inline-flex flex-col items-start gap-0.5' : 'inline-flex flex-wrap gap-1'}>
      {providers.map((provider) => (
        <Badge key={provider} tone={sourceTones[provider]} data-testid="source-badge" data-provider={provider}>
          {getSourceLabel(provider)}
        </Badge>
      ))}
    </span>
  );
}

const statusTones: Record<string, BadgeTone> = {
  active: 'green',
  trialing: 'violet',
  past_due: 'amber',
  unpaid: 'red',
  canceled: 'neutral',
  incomplete: 'amber',
  incomplete_expired: 'neutral',
  paused: 'neutral',
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={statusTones[status] ?? 'neutral'} data-testid="status-badge" data-status={status}>
      {getStatusLabel(status)}
    </Badge>
  );
}

const paymentTones: Record<PaymentState, BadgeTone> = {
  ok: 'green',
  past_due: 'amber',
  payment_failed: 'red',
  unpaid: 'red',
  none: 'neutral',
};

export function PaymentStateBadge({ state }: { state: PaymentState }) {
  return (
    <Badge tone={paymentTones[state]} data-testid="payment-state" data-state={state}>
      {paymentStateLabels[state]}
    </Badge>
  );
}

/** The payment state with the last failed payment under it, when there was one. */
export function PaymentCell({ row }: { row: Pick<LedgerRow, 'paymentState' | 'lastFailedPaymentAt'> }) {
  return (
    <div className="leading-tight">
      <PaymentStateBadge state={row.paymentState} />
      {row.lastFailedPaymentAt ? (
        <div className="mt-0.5 truncate text-xs text-rose-600">
          Failed <time dateTime={row.lastFailedPaymentAt}>{formatDate(row.lastFailedPaymentAt)}</time>
        </div>
      ) : null}
    </div>
  );
}

/** Merged, conflicting or single-source; a conflict names its fields on hover and to screen readers. */
export function ReconciliationBadge({
  row,
}: {
  row: Pick<LedgerRow, 'reconciliation' | 'conflicts' | 'billingInterval'>;
}) {
  const conflicts = row.reconciliation === 'conflict' ? describeConflicts(row) : '';
  const tone: BadgeTone =
    row.reconciliation === 'conflict' ? 'amber' : row.reconciliation === 'merged' ? 'green' : 'neutral';
  return (
    <Badge
      tone={tone}
      data-testid="reconciliation-badge"
      data-state={row.reconciliation}
      title={conflicts || undefined}
      className={conflicts ? 'cursor-help' : undefined}
    >
      {reconciliationLabels[row.reconciliation]}
      {row.reconciliation === 'conflict' && row.conflicts.length > 0 ? (
        <span className="sr-only">: {conflicts.replace(/\n/g, '; ')}</span>
      ) : null}
    </Badge>
  );
}

export function IgnoredBadge({ reason }: { reason: string | null }) {
  return (
    <Badge
      tone="neutral"
      data-testid="ignored-badge"
      title={reason ? `Ignored from ARR: ${reason}` : 'Ignored from ARR'}
      className="text-slate-500"
    >
      <EyeOff className="size-3" aria-hidden="true" />
      Ignored
    </Badge>
  );
}
