import type { AccountSortKey, AccountSummary, CustomerDetail } from '@success/shared/api';
import type { Db } from '../../db/client';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { daysUntil } from '../../lib/days';
import type { Actor } from '../auth/actor';
import { getReportingCurrency } from '../contracts/ledger-inputs.queries';
import { assertSuccessEnabled } from '../workspace/workspace.service';
import { getAccountByDomain } from './account-lookup';
import { accountSort } from './account-sort';
import { cursorKey, type SortOrder } from '../../lib/keyset';
import { countAccountRecords, listAccountContacts, listAccountRows, listOwners } from './accounts.queries';
import { loadCrmLinks, loadEnrichment, loadUsageMetrics } from './customer-context.queries';

function toIso(value: string | Date | null): string | null {
  if (value === null) return null;
  return new Date(value).toISOString();
}

type AccountRow = Awaited<ReturnType<typeof listAccountRows>>[number];

function toSummary(row: AccountRow, currency: string, now: Date): AccountSummary {
  const isAtRisk = row.healthBand === 'at_risk' || row.healthBand === 'critical';
  const money = (amount: number | null) => (amount === null ? null : { amount, currency });
  return {
    id: row.id,
    domain: row.domain,
    name: row.name,
    logoUrl: row.logoUrl,
    ownerName: row.ownerName,
    lifecycleStage: row.lifecycleStage,
    isTracked: row.isTracked,
    // Null says "no ledger rows for this account", which is not the same as zero revenue.
    arr: money(row.arrMinor),
    mrr: money(row.mrrMinor),
    arrAtRisk: money(row.arrMinor === null ? null : isAtRisk ? row.arrMinor : 0),
    renewalDate: toIso(row.renewalDate),
    daysToRenewal: daysUntil(row.renewalDate, now),
    paymentState: row.paymentState,
    revenueBadge: row.revenueBadge,
    lastActivityAt: toIso(row.lastActivityAt),
    health:
      row.healthScore !== null && row.healthBand !== null
        ? { score: row.healthScore, band: row.healthBand, topFactors: row.healthTopFactors ?? [] }
        : null,
  };
}

export type HealthQueueQuery = {
  q?: string | undefined;
  band?: 'healthy' | 'at_risk' | 'critical' | undefined;
  renewalWithinDays?: number | undefined;
  owner?: string | undefined;
  source?: 'stripe' | 'salesbricks' | 'merged' | undefined;
  paymentState?: 'ok' | 'past_due' | 'payment_failed' | 'unpaid' | 'none' | undefined;
  sort: AccountSortKey;
  order?: SortOrder | undefined;
  includeUntracked: boolean;
  cursor?: string | undefined;
  limit: number;
};

export async function listHealthQueue(db: Db, actor: Actor, query: HealthQueueQuery, now: Date) {
  await assertSuccessEnabled(db, actor);
  const [rows, currency] = await Promise.all([
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
    }),
    getReportingCurrency(db, actor.dataWorkspaceId),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toSummary(row, currency, now)),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ k: cursorKey(accountSort(query.sort, query.order), last.sortKey), id: last.id })
        : null,
  };
}

export async function listHealthOwners(db: Db, actor: Actor) {
  await assertSuccessEnabled(db, actor);
  return { owners: await listOwners(db, actor.dataWorkspaceId) };
}

export async function getCustomerDetail(
  db: Db,
  actor: Actor,
  companyDomain: string,
  now: Date,
): Promise<CustomerDetail> {
  const account = await getAccountByDomain(db, actor, companyDomain);
  const workspaceId = actor.dataWorkspaceId;
  const [contacts, counts, [listed], currency, metrics, enrichment, crmLinks] = await Promise.all([
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
    }),
    getReportingCurrency(db, workspaceId),
    loadUsageMetrics(db, workspaceId, account.id, now),
    loadEnrichment(db, workspaceId, account.id),
    loadCrmLinks(db, workspaceId, account.id),
  ]);
  if (!listed) throw new Error(`account ${account.id} vanished while it was read`);
  return {
    account: {
      ...toSummary(listed, currency, now),
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
