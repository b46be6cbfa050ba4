import { ledgerCsvColumns, type LedgerRow } from '@success/shared/ledger';
import { toCsv } from '../../lib/csv';

/** Minor units as a plain decimal string in the currency's major unit (2 decimals). */
const decimal = (minor: number) => (minor / 100).toFixed(2);

/**
 * The ledger as CSV: one line per row, amounts in major units, the rate used and the reason a
 * row is ignored, so the file reconciles with the page on its own.
 */
export function ledgerCsv(rows: LedgerRow[]): string {
  // Names, products and ignore reasons are typed by users or synced from providers: toCsv keeps
  // them from running as formulas when the file is opened in a spreadsheet.
  return toCsv(
    ledgerCsvColumns,
    rows.map((row) => [
      row.account?.name ?? '',
      row.account?.domain ?? '',
      row.productName,
      row.sources.map((source) => `${source.provider}:${source.externalId}`).join(' '),
      row.status,
      `${row.intervalCount} ${row.billingInterval}`,
      row.mrr.currency,
      decimal(row.mrr.amount),
      decimal(row.arr.amount),
      row.reportingMrr.currency,
      decimal(row.reportingMrr.amount),
      decimal(row.reportingArr.amount),
      row.rate,
      row.startDate?.slice(0, 10) ?? '',
      row.renewalDate?.slice(0, 10) ?? '',
      row.daysToRenewal ?? '',
      row.paymentState,
      row.lastFailedPaymentAt ?? '',
      row.reconciliation,
      row.conflicts.map((c) => `${c.field}: stripe ${c.stripe} / salesbricks ${c.salesbricks}`).join('; '),
      row.isIgnoredFromArr ? 'yes' : 'no',
      row.ignoreReason ?? '',
    ]),
  );
}
