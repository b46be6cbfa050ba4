import { signalCsvColumns, signalItemSchema } from '@success/shared/signals';
import { describe, expect, it } from 'vitest';
import {
  buildSignalCsvTemplate,
  countRowsWithErrors,
  formatRowError,
  formatSignalType,
  summarizePreview,
  toCsvCell,
  truncateText,
} from './signal-csv';

/** Enough of RFC 4180 to read the template back: quoted cells with commas and doubled quotes. */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

describe('signal CSV helpers', () => {
  it('builds a template whose example row the API accepts', () => {
    const [header, example, ...rest] = buildSignalCsvTemplate().split('\r\n');
    expect(header).toBe(signalCsvColumns.join(','));
    expect(rest).toEqual(['']);
    const cells = parseCsvLine(example ?? '');
    const item = Object.fromEntries(
      signalCsvColumns.map((column, index) => [column, column === 'score' ? Number(cells[index]) : cells[index]]),
    );
    expect(signalItemSchema.safeParse(item).success).toBe(true);
  });

  it('quotes only the cells that need it', () => {
    expect(toCsvCell('plain')).toBe('plain');
    expect(toCsvCell('a, b')).toBe('"a, b"');
    expect(toCsvCell('say "hi"')).toBe('"say ""hi"""');
  });

  it('names the spreadsheet row and external id of an error', () => {
    expect(formatRowError({ row: 3, externalId: 'csv-2', message: 'score: Too big' })).toBe(
      'Row 3 (csv-2): score: Too big',
    );
    expect(formatRowError({ row: 1, externalId: null, message: 'Missing column: text.' })).toBe(
      'Row 1: Missing column: text.',
    );
  });

  it('counts a row with several problems once', () => {
    const errors = [
      { row: 3, externalId: 'a', message: 'x' },
      { row: 3, externalId: 'a', message: 'y' },
      { row: 5, externalId: null, message: 'z' },
    ];
    expect(countRowsWithErrors(errors)).toBe(2);
    expect(summarizePreview({ rows: 6, valid: 4, errors })).toBe('6 rows, 4 valid, 2 with errors');
    expect(summarizePreview({ rows: 1, valid: 1, errors: [] })).toBe('1 row, 1 valid, 0 with errors');
  });

  it('labels types and shortens long text', () => {
    expect(formatSignalType('feature_request')).toBe('Feature request');
    expect(formatSignalType('nps')).toBe('NPS');
    expect(truncateText('short')).toBe('short');
    expect(truncateText('a\n  b')).toBe('a b');
    expect(truncateText('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
