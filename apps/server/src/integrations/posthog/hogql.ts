/**
 * The HogQL we send. Values travel as `{placeholder}`s in the request's `values`, never spliced
 * into the text; only the group column (`$group_0` … `$group_4`, from a validated 0–4 index) and
 * the row limit are written into the query.
 *
 * Paging is keyset (after the last group key and day), not OFFSET: events keep arriving during a
 * pass, and an offset over a growing result would skip or repeat rows.
 */
export type HogqlQuery = { query: string; values: Record<string, unknown>; name: string };

export type UsageCursor = { windowStart: string; afterKey: string; afterDay: string };

function groupColumn(groupTypeIndex: number): string {
  if (!Number.isInteger(groupTypeIndex) || groupTypeIndex < 0 || groupTypeIndex > 4) {
    throw new Error(`PostHog group type index must be 0–4, got ${groupTypeIndex}.`);
  }
  return `$group_${groupTypeIndex}`;
}

/** Per company group and day: distinct users, event count and the last event. Asks for one row more than a page to know whether another page follows. */
export function usageQuery(groupTypeIndex: number, cursor: UsageCursor, pageSize: number): HogqlQuery {
  const group = groupColumn(groupTypeIndex);
  return {
    name: 'success: usage per company per day',
    query: [
      `SELECT ${group} AS group_key, toDate(timestamp) AS day, uniq(distinct_id) AS active_users,`,
      `  count() AS events, max(timestamp) AS last_event_at`,
      `FROM events`,
      `WHERE timestamp >= toDateTime({window_start}) AND ${group} != ''`,
      `  AND (${group} > {after_key} OR (${group} = {after_key} AND toDate(timestamp) > toDate({after_day})))`,
      `GROUP BY group_key, day`,
      `ORDER BY group_key ASC, day ASC`,
      `LIMIT ${pageSize + 1}`,
    ].join('\n'),
    values: { window_start: `${cursor.windowStart} 00:00:00`, after_key: cursor.afterKey, after_day: cursor.afterDay },
  };
}

/** Domain and name of the given groups, read from the groups' properties. */
export function groupsQuery(groupTypeIndex: number, domainProperty: string, keys: string[]): HogqlQuery {
  groupColumn(groupTypeIndex);
  return {
    name: 'success: company group domains',
    query: [
      `SELECT key AS group_key, properties[{domain_property}] AS domain, properties[{name_property}] AS name`,
      `FROM groups`,
      `WHERE index = {group_type_index} AND has({keys}, key)`,
      `LIMIT ${Math.max(100, keys.length * 2)}`,
    ].join('\n'),
    values: { domain_property: domainProperty, name_property: 'name', group_type_index: groupTypeIndex, keys },
  };
}

export function groupCountQuery(groupTypeIndex: number): HogqlQuery {
  groupColumn(groupTypeIndex);
  return {
    name: 'success: connection test',
    query: 'SELECT count() AS groups FROM groups WHERE index = {group_type_index}',
    values: { group_type_index: groupTypeIndex },
  };
}
