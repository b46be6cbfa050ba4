import type { AccountSummary } from '@success/shared/accounts';
import type { CustomerDetail } from '@success/shared/customers';
import type { HealthQueueQuery } from '../health/health-queue.service';
import type { Db } from '../../db/client';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { daysUntil } from '../../lib/days';
import type { Actor } from '../auth/actor';
import { getReportingCurrency } from '../contracts/ledger-inputs.queries';
import { getWorkspaceTimeZone } from '../workspace/workspace.queries';
import { getAccountByDomain } from './account-lookup';
import type { AccountListSort } from '../health/health-queue-sort.queries';
import { countAccountRecords, findLogoUrlTemplate, listAccountContacts, listAccountRows } from './customers.queries';
import { loadCrmLinks, loadEnrichment, loadUsageMetrics } from './customer-context.queries';

function toIso(value: string | Date | null): string | null {
  if (value === null) return null;
  return new Date(value).toISOString();
}

type AccountRow = Awaited<ReturnType<typeof listAccountRows>>[number];

/**
 * A logo only from the service an admin chose (`{domain}` filled in); by default none, so showing
 * the Health queue sends no customer domain to a third party.
 */
export function logoUrlFor(template: string | null, domain: string): string | null {
  return template ? template.replaceAll('{domain}', encodeURIComponent(domain)) : null;
}

function healthOf(row: AccountRow): AccountSummary['health'] {
  // A churned account is not scored: it shows its churn instead of a band.
  if (row.churnedAt !== null || row.healthScore === null) return null;
  switch (row.healthBand) {
    case null:
    case 'churned':
      return null;
    case 'healthy':
    case 'at_risk':
    case 'critical':
    case 'not_enough_data':
      return {
        score: row.healthScore,
        band: row.healthBand,
        coverage: row.healthCoverage,
        topFactors: row.healthTopFactors ?? [],
      };
  }
}

/** What every row of a list is read with: the reporting currency, today in the workspace's zone, the logo setting. */
type SummaryContext = { currency: string; now: Date; timeZone: string; logoUrlTemplate: string | null };

function toSummary(row: AccountRow, { currency, now, timeZone, logoUrlTemplate }: SummaryContext): AccountSummary {
  const isAtRisk = row.churnedAt === null && (row.healthBand === 'at_risk' || row.healthBand === 'critical');
  const money = (amount: number | null) => (amount === null ? null : { amount, currency });
  return {
    id: row.id,
    domain: row.domain,
    name: row.name,
    logoUrl: logoUrlFor(logoUrlTemplate, row.domain),
    ownerName: row.ownerName,
    lifecycleStage: row.lifecycleStage,
    isTracked: row.isTracked,
    // Null says "no ledger rows for this account", which is not the same as zero revenue.
    arr: money(row.arrMinor),
    mrr: money(row.mrrMinor),
    arrAtRisk: money(row.arrMinor === null ? null : isAtRisk ? row.arrMinor : 0),
    renewalDate: toIso(row.renewalDate),
    daysToRenewal: daysUntil(row.renewalDate, now, timeZone),
    paymentState: row.paymentState,
    revenueBadge: row.revenueBadge,
    lastActivityAt: toIso(row.lastActivityAt),
    health: healthOf(row),
    churn: row.churnedAt ? { churnedAt: toIso(row.churnedAt)!, lastMrr: money(row.churnedMrrMinor) } : null,
  };
}

/** A page of accounts in any list order: the Health queue and the winback list share it. */
export async function pageOfAccounts(
  db: Db,
  actor: Actor,
  query: Omit<HealthQueueQuery, 'sort'> & { sort: AccountListSort },
  now: Date,
) {
  const timeZone = await getWorkspaceTimeZone(db, actor.dataWorkspaceId);
  const [rows, currency, logoUrlTemplate] = await Promise.all([
    listAccountRows(db, {
      workspaceId: actor.dataWorkspaceId,
      q: query.q || undefined,
      band: query.band,
      renewalWithinDays: query.renewalWithinDays,
      owner: query.owner,
      source: query.source,
      paymentState: query.paymentState,
      sort: query.sort,
      order: query.order,
      includeUntracked: query.includeUntracked,
      cursor: decodeCursor(query.cursor),
      limit: query.limit,
      now,
      timeZone,
    }),
    getReportingCurrency(db, actor.dataWorkspaceId),
    // The setting lives on the workspace, not its demo shadow.
    findLogoUrlTemplate(db, actor.workspaceId),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toSummary(row, { currency, now, timeZone, logoUrlTemplate })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ k: last.sortKey, id: last.id }) : null,
  };
}

export async function getCustomerDetail(
  db: Db,
  actor: Actor,
  companyDomain: string,
  now: Date,
): Promise<CustomerDetail> {
  const account = await getAccountByDomain(db, actor, companyDomain);
  const workspaceId = actor.dataWorkspaceId;
  const timeZone = await getWorkspaceTimeZone(db, workspaceId);
  const [contacts, counts, [listed], currency, metrics, enrichment, crmLinks, logoUrlTemplate] = await Promise.all([
    listAccountContacts(db, workspaceId, account.id),
    countAccountRecords(db, workspaceId, account.id),
    listAccountRows(db, {
      workspaceId,
      accountId: account.id,
      q: undefined,
      includeUntracked: true,
      cursor: null,
      limit: 1,
      now,
      timeZone,
    }),
    getReportingCurrency(db, workspaceId),
    loadUsageMetrics(db, workspaceId, account.id, now),
    loadEnrichment(db, workspaceId, account.id),
    loadCrmLinks(db, workspaceId, account.id),
    findLogoUrlTemplate(db, actor.workspaceId),
  ]);
  if (!listed) throw new Error(`account ${account.id} vanished while it was read`);
  return {
    account: {
      ...toSummary(listed, { currency, now, timeZone, logoUrlTemplate }),
      primaryContactName: account.primaryContactName,
      primaryContactEmail: account.primaryContactEmail,
      ownerEmail: account.ownerEmail,
    },
    contacts,
    metrics,
    enrichment,
    crmLinks,
    counts,
  };
}
