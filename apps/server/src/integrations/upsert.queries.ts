import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';

export type UpsertCounts = { created: number; updated: number; unchanged: number };

/** Columns a sync never overwrites: identity and bookkeeping, plus user decisions. */
const preservedColumns = new Set([
  'id',
  'workspace_id',
  'provider',
  'external_id',
  'created_at',
  'updated_at',
  'is_ignored_from_arr',
  'ignore_reason',
]);

/**
 * Inserts rows, or updates the stored row only when a synced column actually changed, and counts
 * which happened: `xmax = 0` marks a fresh insert; rows the WHERE skipped are unchanged.
 */
export async function upsertWithChangeDetection<T extends PgTable>(
  db: Db,
  table: T,
  rows: T['$inferInsert'][],
  target: PgColumn[],
): Promise<UpsertCounts> {
  if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const targetNames = new Set(target.map((column) => column.name));
  const columns = Object.values(getTableColumns(table)).filter(
    (column) => !preservedColumns.has(column.name) && !targetNames.has(column.name),
  );
  const set: Record<string, SQL> = Object.fromEntries(
    Object.entries(getTableColumns(table))
      .filter(([, column]) => columns.includes(column))
      .map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
  );
  if ('updatedAt' in getTableColumns(table)) set.updatedAt = sql`now()`;
  const current = sql.join(
    columns.map((column) => sql`${table}.${sql.identifier(column.name)}`),
    sql`, `,
  );
  const incoming = sql.join(
    columns.map((column) => sql.raw(`excluded."${column.name}"`)),
    sql`, `,
  );
  const returned = await db
    .insert(table)
    .values(rows)
    .onConflictDoUpdate({ target, set, setWhere: sql`(${current}) is distinct from (${incoming})` })
    .returning({ isInserted: sql<boolean>`(xmax = 0)` });
  const created = returned.filter((row) => row.isInserted).length;
  return { created, updated: returned.length - created, unchanged: rows.length - returned.length };
}

/** Keeps the last row per key: one statement cannot touch the same row twice. */
export function dedupeBy<T>(rows: T[], key: (row: T) => string): T[] {
  return [...new Map(rows.map((row) => [key(row), row])).values()];
}
