/**
 * Keyset pagination over any sort, on the column itself so that a (workspace, column, id) index
 * serves the order: `ORDER BY column <dir> NULLS LAST, id <dir>`, and "after the cursor" is
 * `(column, id) > (k, id)` (or `<` descending), plus the rows without a value, which come last.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { cursorKeyFits, foreignCursorDetail, type Cursor, type CursorKind } from './cursor';
import { AppError } from './errors';
import { cursorKey, type SortOrder } from './keyset';

/** `bigint`: integers beyond 2^53 (a composite key), read and carried as decimal text so none is rounded. */
type Kind = CursorKind;
export type KeysetSort = { key: SQL; kind: Kind; order: SortOrder; isNullable: boolean };

// Sort keys are integers (minor units, scores), text or timestamps; the cast keeps the index usable.
const castOf: Record<Exclude<Kind, 'text'>, SQL> = {
  number: sql`bigint`,
  bigint: sql`bigint`,
  timestamp: sql`timestamptz`,
};

export function columnSort(column: PgColumn | SQL, kind: Kind, order: SortOrder): KeysetSort {
  const isNullable = 'notNull' in column ? !column.notNull : true;
  return { key: sql`${column}`, kind, order, isNullable };
}

/** The sort key as a query should select it for `cursorKey` (a bigint key as text, exact). */
export function selectKey(sort: KeysetSort): SQL {
  return sort.kind === 'bigint' ? sql`${sort.key}::text` : sort.key;
}

/** ORDER BY terms for the sort, the id breaking ties in the same direction. */
export function keysetOrder(sort: KeysetSort, id: PgColumn): SQL[] {
  const direction = sort.order === 'asc' ? sql`asc` : sql`desc`;
  // On both terms, or neither, to match the indexes: a nullable key's index is built `NULLS LAST`
  // for its direction; a NOT NULL key uses the plain index, read backwards for descending.
  const nulls = sort.isNullable ? sql` nulls last` : sql``;
  return [sql`${sort.key} ${direction}${nulls}`, sql`${id} ${direction}${nulls}`];
}

/** Rows after the cursor in the sort's order; a cursor from another sort is refused. */
export function afterCursor(sort: KeysetSort, id: PgColumn, cursor: Cursor): SQL {
  const { k } = cursor;
  // Checked before binding: a key the column's type cannot hold would fail in the database.
  if (!cursorKeyFits(k, sort)) throw new AppError('bad_request', foreignCursorDetail);
  const after = sort.order === 'asc' ? sql`>` : sql`<`;
  if (k === null) return sql`(${sort.key} is null and ${id} ${after} ${cursor.id}::uuid)`;
  // Text binds as text already; numbers and timestamps are cast to the column's family.
  const value = sort.kind === 'text' ? sql`${k}` : sql`${k}::${castOf[sort.kind]}`;
  const inOrder = sql`(${sort.key}, ${id}) ${after} (${value}, ${cursor.id}::uuid)`;
  return sort.isNullable ? sql`(${inOrder} or ${sort.key} is null)` : inOrder;
}

/** A page as read, each row's `sortKey` turned into the key its cursor carries (see `cursorKey`). */
export function withCursorKeys<T extends { sortKey: unknown }>(sort: KeysetSort, rows: T[]) {
  return rows.map((row) => ({ ...row, sortKey: cursorKey(sort, row.sortKey) }));
}
