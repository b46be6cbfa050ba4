/**
 * The Customer Detail context beyond the account row: usage metrics, CRM enrichment and links to
 * the account in the systems that hold it.
 */
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { CustomerDetail } from '@success/shared/customers';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { dayMs } from '../../lib/days';
import { numberColumn, queryRows, timestampColumn } from '../../db/rows';
import { accountEnrichments, providerCustomers, revenueSources } from '../../db/schema';
import { loadLicensedSeats } from './licensed-seats.queries';

const usageMetricsRow = z.object({
  peak: numberColumn.nullable(),
  this_week: numberColumn.nullable(),
  last_week: numberColumn.nullable(),
  has_usage: z.boolean(),
  last_activity: timestampColumn.nullable(),
});
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Active users: the peak daily active users of the last 7 complete days against the account's
 * licensed seats (the rule the health score's adoption factor uses, `loadLicensedSeats`); the
 * trend compares the average daily active users of those 7 days with the 7 days before.
 */
export async function loadUsageMetrics(
  db: Db,
  workspaceId: string,
  accountId: string,
  now: Date,
): Promise<CustomerDetail['metrics']> {
  const weekAgo = isoDay(new Date(now.getTime() - 7 * dayMs));
  const twoWeeksAgo = isoDay(new Date(now.getTime() - 14 * dayMs));
  const today = isoDay(now);
  const [row] = await queryRows(
    db,
    sql`
    select
      (select max(active_users) from usage_daily u where u.workspace_id = ${workspaceId}::uuid
        and u.account_id = ${accountId}::uuid and u.day >= ${weekAgo}::date and u.day < ${today}::date) as peak,
      (select sum(active_users)::float8 / 7 from usage_daily u where u.workspace_id = ${workspaceId}::uuid
        and u.account_id = ${accountId}::uuid and u.day >= ${weekAgo}::date and u.day < ${today}::date) as this_week,
      (select sum(active_users)::float8 / 7 from usage_daily u where u.workspace_id = ${workspaceId}::uuid
        and u.account_id = ${accountId}::uuid and u.day >= ${twoWeeksAgo}::date and u.day < ${weekAgo}::date) as last_week,
      exists (select 1 from usage_daily u where u.workspace_id = ${workspaceId}::uuid
        and u.account_id = ${accountId}::uuid) as has_usage,
      (select last_activity_at from accounts a where a.id = ${accountId}::uuid) as last_activity`,
    usageMetricsRow,
  );
  const seats = (await loadLicensedSeats(db, workspaceId, [accountId])).get(accountId) ?? null;
  const thisWeek = row?.this_week ?? null;
  const lastWeek = row?.last_week ?? null;
  return {
    activeUsers: row?.has_usage ? (row.peak ?? 0) : null,
    licensedSeats: seats?.seats ?? null,
    licensedSeatsSource: seats?.source ?? null,
    weeklyTrendPct:
      thisWeek !== null && lastWeek !== null && lastWeek > 0
        ? Math.round(((thisWeek - lastWeek) / lastWeek) * 1000) / 10
        : null,
    lastActivityAt: row?.last_activity?.toISOString() ?? null,
  };
}

/** The most recently synced CRM enrichment of the account (HubSpot today). */
export async function loadEnrichment(
  db: Db,
  workspaceId: string,
  accountId: string,
): Promise<CustomerDetail['enrichment']> {
  const [row] = await db
    .select({
      provider: accountEnrichments.provider,
      properties: accountEnrichments.properties,
      updatedAt: accountEnrichments.updatedAt,
    })
    .from(accountEnrichments)
    .where(and(eq(accountEnrichments.workspaceId, workspaceId), eq(accountEnrichments.accountId, accountId)))
    .orderBy(desc(accountEnrichments.updatedAt))
    .limit(1);
  return row ? { provider: row.provider, properties: row.properties, updatedAt: row.updatedAt.toISOString() } : null;
}

/** "View in CRM": the Attio record when the CRM holds the account, else the Salesbricks contract. */
export async function loadCrmLinks(
  db: Db,
  workspaceId: string,
  accountId: string,
): Promise<CustomerDetail['crmLinks']> {
  const [attio] = await db
    .select({ externalId: providerCustomers.externalId })
    .from(providerCustomers)
    .where(
      and(
        eq(providerCustomers.workspaceId, workspaceId),
        eq(providerCustomers.accountId, accountId),
        eq(providerCustomers.provider, 'attio'),
      ),
    )
    .limit(1);
  const contracts = await db
    .select({ url: revenueSources.sourceUrl })
    .from(revenueSources)
    .where(
      and(
        eq(revenueSources.workspaceId, workspaceId),
        eq(revenueSources.accountId, accountId),
        eq(revenueSources.provider, 'salesbricks'),
        isNotNull(revenueSources.sourceUrl),
      ),
    )
    .orderBy(desc(revenueSources.startDate))
    .limit(1);
  const links: CustomerDetail['crmLinks'] = [];
  if (attio) {
    links.push({
      provider: 'attio',
      label: 'View in Attio',
      url: `https://app.attio.com/companies/${encodeURIComponent(attio.externalId)}`,
    });
  }
  const contract = contracts[0];
  if (contract?.url) links.push({ provider: 'salesbricks', label: 'View in Salesbricks', url: contract.url });
  return links;
}
