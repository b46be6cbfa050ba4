import type { Cursor, CursorKind } from './cursor';

export type SortOrder = 'asc' | 'desc';

/**
 * The value to put in the next cursor for a row's sort key, typed by the sort (drivers disagree:
 * node-postgres reads bigint as a string, PGlite as a number), so a cursor says which sort it is for.
 */
export function cursorKey(sort: { kind: CursorKind }, value: unknown): Cursor['k'] {
  if (value === null || value === undefined) return null;
  switch (sort.kind) {
    case 'number':
      return Number(value);
    case 'bigint':
      if (typeof value === 'string' || typeof value === 'bigint') return String(value);
      throw new Error(`A bigint sort key came back as ${typeof value}; select it with selectKey()`);
    case 'timestamp':
      return new Date(value as string | Date).toISOString();
    case 'text':
      if (typeof value === 'string') return value;
      throw new Error(`A text sort key came back as ${typeof value}`);
  }
}
