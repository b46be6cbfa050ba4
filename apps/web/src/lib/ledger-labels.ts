/** Words for the ledger's enums, shared by badges, filters and the detail sheet. Pure. */
import type {
  ConflictField,
  LedgerRow,
  ledgerSourceProviders,
  ledgerStatuses,
  PaymentState,
  ReconciliationState,
} from '@success/shared/ledger';
import { formatDate, formatRecurringMoney, getMinorUnitFactor } from './format';

type LedgerSource = (typeof ledgerSourceProviders)[number];
type LedgerStatus = (typeof ledgerStatuses)[number];

export const sourceLabels: Record<LedgerSource, string> = { stripe: 'Stripe', salesbricks: 'Salesbricks' };

export const statusLabels: Record<LedgerStatus, string> = {
  active: 'Active',
  trialing: 'Trialing',
  past_due: 'Past due',
  unpaid: 'Unpaid',
  canceled: 'Canceled',
  incomplete: 'Incomplete',
  incomplete_expired: 'Incomplete, expired',
  paused: 'Paused',
};

export const paymentStateLabels: Record<PaymentState, string> = {
  ok: 'Paid',
  past_due: 'Past due',
  payment_failed: 'Payment failed',
  unpaid: 'Unpaid',
  none: 'Not billed',
};

export const reconciliationLabels: Record<ReconciliationState, string> = {
  merged: 'Merged',
  conflict: 'Conflict',
  single: 'Single source',
};

export const conflictFieldLabels: Record<LedgerRow['conflicts'][number]['field'], string> = {
  amount: 'Amount',
  status: 'Status',
  renewal_date: 'Renewal date',
  currency: 'Currency',
};

/** "active" → "Active"; an unknown status ("draft_order") is humanized rather than hidden. */
export function getStatusLabel(status: string): string {
  if (status in statusLabels) return statusLabels[status as LedgerStatus];
  const words = status.replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1).toLowerCase() : status;
}

export function getSourceLabel(provider: string): string {
  return provider in sourceLabels ? sourceLabels[provider as LedgerSource] : getStatusLabel(provider);
}

const intervalWords = {
  day: { one: 'Daily', unit: 'days' },
  week: { one: 'Weekly', unit: 'weeks' },
  month: { one: 'Monthly', unit: 'months' },
  year: { one: 'Yearly', unit: 'years' },
} as const;

/** month × 1 → "Monthly"; month × 3 → "Every 3 months". */
export function formatInterval(interval: LedgerRow['billingInterval'], count: number): string {
  const words = intervalWords[interval];
  return count <= 1 ? words.one : `Every ${count} ${words.unit}`;
}

type ConflictRow = Pick<LedgerRow, 'conflicts' | 'billingInterval'>;

const ledgerAmountPattern = /^(-?\d+(?:\.\d+)?) ([A-Z]{3})$/;
const calendarDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One side of a conflict as people read it. The ledger compares MRR ("59015.00 USD" a month), so
 * both sides are shown in the same period: per year for a row billed yearly (beside its yearly
 * price), per month otherwise. Dates ("2027-03-04") read "Mar 4, 2027"; statuses get their label.
 */
export function formatConflictValue(
  field: ConflictField['field'],
  value: string,
  row: Pick<LedgerRow, 'billingInterval'>,
): string {
  switch (field) {
    case 'amount': {
      const match = ledgerAmountPattern.exec(value);
      if (!match) return value;
      const currency = match[2] ?? 'USD';
      let factor: number;
      try {
        factor = getMinorUnitFactor(currency);
      } catch {
        return value;
      }
      const mrrMinor = Math.round(Number(match[1]) * factor);
      return row.billingInterval === 'year'
        ? formatRecurringMoney({ amount: mrrMinor * 12, currency }, 'year')
        : formatRecurringMoney({ amount: mrrMinor, currency }, 'month');
    }
    case 'renewal_date':
      if (value === 'none') return 'no renewal date';
      return calendarDatePattern.test(value) ? formatDate(value) : value;
    case 'status':
      return getStatusLabel(value);
    case 'currency':
      return value;
  }
}

/** Each conflicting field with both sides formatted, in the ledger's order. */
export function formatConflicts(row: ConflictRow) {
  return row.conflicts.map((conflict) => ({
    field: conflict.field,
    label: conflictFieldLabels[conflict.field],
    stripe: formatConflictValue(conflict.field, conflict.stripe, row),
    salesbricks: formatConflictValue(conflict.field, conflict.salesbricks, row),
  }));
}

/** "Amount: Stripe $59,015.00/yr · Salesbricks $58,000.00/yr" lines, for the conflict badge's tooltip. */
export function describeConflicts(row: ConflictRow): string {
  return formatConflicts(row)
    .map((c) => `${c.label}: Stripe ${c.stripe} · Salesbricks ${c.salesbricks}`)
    .join('\n');
}
