import type { SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './client';

/**
 * Runs raw SQL and parses its rows. node-postgres and PGlite both answer `{ rows }`; the schema
 * settles what the drivers disagree on (bigint as string, timestamps as Date or string).
 */
export async function queryRows<T extends z.ZodType>(db: Db, query: SQL, schema: T): Promise<z.output<T>[]> {
  const result: unknown = await db.execute(query);
  const rows: unknown = typeof result === 'object' && result !== null && 'rows' in result ? result.rows : result;
  return z.array(schema).parse(rows);
}

/** A timestamp column as a Date, whichever driver read it. */
export const timestampColumn = z.union([z.date(), z.string()]).transform((value) => new Date(value));
/** A bigint or numeric column as a JS number (amounts in minor units stay within 2^53). */
export const numberColumn = z.union([z.number(), z.string(), z.bigint()]).transform(Number);
