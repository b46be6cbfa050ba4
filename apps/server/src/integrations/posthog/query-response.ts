/**
 * HogQL answers rows as positional arrays aligned with `columns`; we turn them into objects keyed
 * by column name so row schemas do not depend on column order. A row that is not an array becomes
 * an empty object (and fails its row schema, which quarantines it).
 */
import type { PosthogQueryResponse } from './schemas';

export function rowsFromResponse(response: PosthogQueryResponse): Record<string, unknown>[] {
  const columns = response.columns ?? [];
  return (response.results ?? []).map((row) =>
    Array.isArray(row)
      ? Object.fromEntries(columns.map((column, index): [string, unknown] => [column, row[index]]))
      : {},
  );
}
