import { signalCsvColumns, signalItemSchema, type SignalCsvColumn } from '@success/shared/signals';

// Pure helpers (no `@/` imports) so the root unit-test run can load them.

/** From the shared schema, so the help line never drifts from what the server accepts. */
export const signalTypes = signalItemSchema.shape.type.options;
export const signalSentiments = signalItemSchema.shape.sentiment.unwrap().options;

const exampleRow: Record<SignalCsvColumn, string> = {
  externalId: 'nps-2026-11-hooli-gavin',
  companyDomain: 'hooli.com',
  type: 'nps',
  sentiment: 'positive',
  score: '9',
  text: 'Exports are fast now, thanks! Still want SSO.',
  source: 'survey',
  evidenceUrl: 'https://support.example.com/tickets/1042',
  occurredAt: '2026-11-20T10:00:00Z',
};

/** Quotes a cell when it holds a comma, quote or line break (RFC 4180). */
export function toCsvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Header plus one example row, ready to open in a spreadsheet. */
export function buildSignalCsvTemplate(): string {
  return (
    [signalCsvColumns.join(','), signalCsvColumns.map((column) => toCsvCell(exampleRow[column])).join(',')].join(
      '\r\n',
    ) + '\r\n'
  );
}

export type ImportRowError = { row: number; externalId: string | null; message: string };

/** "Row 3 (csv-2): score: Too big…": the spreadsheet row (header = 1) so a person can find the line. */
export function formatRowError(error: ImportRowError): string {
  return `Row ${error.row}${error.externalId ? ` (${error.externalId})` : ''}: ${error.message}`;
}

/** Rows with at least one problem; a row can fail more than one check, and row 1 is the header. */
export function countRowsWithErrors(errors: readonly ImportRowError[]): number {
  return new Set(errors.map((error) => error.row)).size;
}

const numberFormat = new Intl.NumberFormat('en-US');

/** "3 rows, 2 valid, 1 with errors". */
export function summarizePreview({
  rows,
  valid,
  errors,
}: {
  rows: number;
  valid: number;
  errors: readonly ImportRowError[];
}): string {
  return `${numberFormat.format(rows)} ${rows === 1 ? 'row' : 'rows'}, ${numberFormat.format(valid)} valid, ${numberFormat.format(countRowsWithErrors(errors))} with errors`;
}

/** "feature_request" → "Feature request", "nps" → "NPS". */
export function formatSignalType(type: string): string {
  if (type === 'nps') return 'NPS';
  const words = type.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function truncateText(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
