import { z } from 'zod';
import { AppError } from './errors';

/**
 * Opaque keyset cursors: the sort key of the last row seen plus its id, base64url-encoded JSON.
 * Keyset (not offset) pagination keeps deep pages as fast as the first at 100,000 rows.
 */
const cursorSchema = z.object({ k: z.union([z.string(), z.number(), z.null()]), id: z.string().uuid() });
export type Cursor = z.infer<typeof cursorSchema>;

/** What a list sorts by; a cursor's key must be one the list's column can hold. */
export type CursorKind = 'number' | 'bigint' | 'text' | 'timestamp';
export type CursorShape = { kind: CursorKind; isNullable: boolean };

/** The lists ordered by creation or occurrence time, newest first (routes, the activity feed). */
export const timestampCursor: CursorShape = { kind: 'timestamp', isNullable: false };

const bigintRange = { min: -(2n ** 63n), max: 2n ** 63n - 1n };
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u001f\u007f]/;

/** Exactly the form the server writes (`toISOString`), a real calendar date in PostgreSQL's range. */
function isIssuedTimestamp(value: string): boolean {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return false;
  const date = new Date(time);
  return date.getUTCFullYear() >= 1 && date.getUTCFullYear() <= 9999 && date.toISOString() === value;
}

function isBigintText(value: string): boolean {
  if (!/^-?\d{1,19}$/.test(value)) return false;
  const n = BigInt(value);
  return n >= bigintRange.min && n <= bigintRange.max;
}

/** Whether a cursor key could have come from a list of this shape (and is safe to bind as its type). */
export function cursorKeyFits(k: Cursor['k'], shape: CursorShape): boolean {
  if (k === null) return shape.isNullable;
  switch (shape.kind) {
    case 'number':
      return typeof k === 'number' && Number.isSafeInteger(k);
    case 'bigint':
      return typeof k === 'string' && isBigintText(k);
    case 'timestamp':
      return typeof k === 'string' && isIssuedTimestamp(k);
    case 'text':
      return typeof k === 'string' && !controlCharacter.test(k);
  }
}

export const foreignCursorDetail = 'The cursor belongs to another list or sort order. Start again without a cursor.';

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** The cursor in `raw`, checked against the list's shape when the caller knows it. */
export function decodeCursor(raw: string | undefined, shape?: CursorShape): Cursor | null {
  if (raw === undefined || raw === '') return null;
  let cursor: Cursor;
  try {
    cursor = cursorSchema.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('bad_request', 'The cursor is not one this API issued. Start again without a cursor.');
  }
  if (shape && !cursorKeyFits(cursor.k, shape)) throw new AppError('bad_request', foreignCursorDetail);
  return cursor;
}
