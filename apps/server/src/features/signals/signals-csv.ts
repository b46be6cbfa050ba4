import Papa from 'papaparse';
import { requiredSignalCsvColumns, signalCsvColumns } from '@success/shared/signals';

export type CsvParseResult = { items: Record<string, unknown>[]; errors: { row: number; message: string }[] };

/**
 * Turns CSV text into API-shaped items: empty cells are left out (so optional fields stay
 * optional) and `score` becomes a number. Row numbers count the header as row 1, like a
 * spreadsheet, so a person can find the line.
 */
export function parseSignalsCsv(text: string): CsvParseResult {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const errors = parsed.errors.map((error) => ({ row: (error.row ?? 0) + 2, message: error.message }));
  const missing = requiredSignalCsvColumns.filter((column) => !parsed.meta.fields?.includes(column));
  if (missing.length > 0) {
    return {
      items: [],
      errors: [
        {
          row: 1,
          message: `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. Expected: ${signalCsvColumns.join(', ')}.`,
        },
      ],
    };
  }
  const items = parsed.data.map((row) => {
    const entries = Object.entries(row).flatMap(([key, value]): [string, unknown][] => {
      const trimmed = typeof value === 'string' ? value.trim() : '';
      if (!trimmed) return [];
      if (key === 'score') return [[key, /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed]];
      return [[key, trimmed]];
    });
    return Object.fromEntries(entries);
  });
  return { items, errors };
}
