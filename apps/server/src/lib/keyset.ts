/**
 * Keyset pagination over any sort: each sort key is one scalar expression (nulls pushed last in
 * either direction), so "after the cursor" is a single row comparison `(key, id) > (k, id)`.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Cursor } from './cursor';
import { AppError } from './errors';

export type SortOrder = 'asc' | 'desc';
export type KeysetSort = { key: SQL; kind: 'number' | 'text'; order: SortOrder };

/** Beyond any amount or epoch second we store. */
const far = 9e15;

/** A nullable number (or timestamp, via `epoch`) as a sort key whose nulls land last. */
export function numberSort(column: SQL, order: SortOrder): KeysetSort {
  const key =
    order === 'asc' ? sql`coalesce((${column})::float8, ${far})` : sql`coalesce((${column})::float8, ${-far})`;
  return { key, kind: 'number', order };
}

export function epoch(column: PgColumn): SQL {
  return sql`extract(epoch from ${column})`;
}

export function textSort(column: SQL, order: SortOrder): KeysetSort {
  return { key: column, kind: 'text', order };
}

/** Rows after the cursor in the sort's direction; a cursor from another sort is refused. */
export function afterCursor(sort: KeysetSort, id: PgColumn, cursor: Cursor): SQL {
  if ((typeof cursor.k === 'number') !== (sort.kind === 'number')) {
    throw new AppError('bad_request', 'The cursor belongs to another sort order. Start again without a cursor.');
  }
  const value = sort.kind === 'number' ? sql`${Number(cursor.k)}::float8` : sql`${String(cursor.k)}`;
  return sort.order === 'asc'
    ? sql`(${sort.key}, ${id}) > (${value}, ${cursor.id}::uuid)`
    : sql`(${sort.key}, ${id}) < (${value}, ${cursor.id}::uuid)`;
}
