import Papa from 'papaparse';

export type CsvCell = string | number | null | undefined;

/** What spreadsheets read as the start of a formula (OWASP's list for CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;
/** A plain decimal such as -12.50: a spreadsheet reads it as a number and nothing can run from it. */
const plainNumber = /^-?\d+(\.\d+)?$/;

/**
 * A cell safe to open in Excel, LibreOffice or Google Sheets: text starting with =, +, -, @, tab
 * or carriage return gets a leading single quote, so `=HYPERLINK(…)` from a synced or typed field
 * shows as text instead of running. Plain negative numbers (amounts, day counts) stay numbers, so
 * the file still sums in a spreadsheet. Quoting for commas, quotes and line breaks is left to the
 * writer (toCsv).
 */
export function neutralizeCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (plainNumber.test(text)) return text;
  return formulaStart.test(text) ? `'${text}` : text;
}

/** RFC 4180 CSV (CRLF, quoted where needed) with every cell neutralized; every CSV the server writes goes through here. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse({
    fields: header.map(neutralizeCsvCell),
    data: rows.map((row) => row.map(neutralizeCsvCell)),
  });
}
