import { z } from 'zod';
import { AppError } from './errors';

/**
 * Opaque keyset cursors: the sort key of the last row seen plus its id, base64url-encoded JSON.
 * Keyset (not offset) pagination keeps deep pages as fast as the first at 100,000 rows.
 */
const cursorSchema = z.object({ k: z.union([z.string(), z.number(), z.null()]), id: z.string().uuid() });
export type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(raw: string | undefined): Cursor | null {
  if (raw === undefined || raw === '') return null;
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('bad_request', 'The cursor is not one this API issued. Start again without a cursor.');
  }
}
