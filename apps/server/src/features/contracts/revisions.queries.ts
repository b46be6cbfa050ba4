import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';

/**
 * Appends a revision for every matching revenue source whose revenue-relevant fields differ from
 * its latest revision (or that has none). One statement: the state is built and hashed in SQL, and
 * jsonb's canonical text makes the hash independent of key order.
 */
export async function recordRevisions(
  db: Db,
  workspaceId: string,
  observedAt: Date,
  scope: { provider: string; externalIds: string[] } | 'all',
): Promise<void> {
  if (scope !== 'all' && scope.externalIds.length === 0) return;
  const scoped: SQL =
    scope === 'all'
      ? sql`true`
      : sql`rs.provider = ${scope.provider} and rs.external_id in (${sql.join(
          scope.externalIds.map((id) => sql`${id}`),
          sql`, `,
        )})`;
  await db.execute(sql`
    insert into revenue_source_revisions (workspace_id, revenue_source_id, state_hash, state, observed_at)
    select rs.workspace_id, rs.id, md5(s.state::text), s.state, ${observedAt.toISOString()}::timestamptz
    from revenue_sources rs
    cross join lateral (select jsonb_build_object(
      'status', rs.status, 'currency', rs.currency, 'items', rs.items, 'amountMinor', rs.amount_minor,
      'billingInterval', rs.billing_interval, 'intervalCount', rs.interval_count, 'discounts', rs.discounts,
      'trialEnd', to_char(rs.trial_end at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'startDate', to_char(rs.start_date at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'endDate', to_char(rs.end_date at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'isCancelAtPeriodEnd', rs.is_cancel_at_period_end) as state) s
    where rs.workspace_id = ${workspaceId}::uuid and ${scoped}
      and md5(s.state::text) is distinct from (
        select r.state_hash from revenue_source_revisions r
        where r.workspace_id = rs.workspace_id and r.revenue_source_id = rs.id
        order by r.observed_at desc limit 1)`);
}
