import type { HealthState } from '@success/shared/health';
import { and, asc, count, eq, gte, ilike, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  accounts,
  activities,
  contacts,
  deals,
  ledgerEntries,
  revenueSources,
  signals,
  workspaces,
} from '../../db/schema';
import type { Cursor } from '../../lib/cursor';
import { dayWindow } from '../../lib/days';
import { escapeLike } from '../../lib/like';
import type { SortOrder } from '../../lib/keyset';
import { afterCursor, keysetOrder, selectKey, withCursorKeys } from '../../lib/keyset.queries';
import { accountSort, type AccountListSort } from '../health/health-queue-sort.queries';

export type AccountListFilter = {
  workspaceId: string;
  /** Narrows the list to one account (Customer Detail reuses the list's columns). */
  accountId?: string;
  q: string | undefined;
  /** A band or `not_enough_data`; `churned` lists only churned accounts, which every other list leaves out. */
  band?: HealthState | undefined;
  renewalWithinDays?: number | undefined;
  owner?: string | undefined;
  source?: 'stripe' | 'salesbricks' | 'merged' | undefined;
  paymentState?: 'ok' | 'past_due' | 'payment_failed' | 'unpaid' | 'none' | undefined;
  sort?: AccountListSort;
  order?: SortOrder | undefined;
  includeUntracked: boolean;
  cursor: Cursor | null;
  limit: number;
  now: Date;
  /** The workspace's time zone: a renewal window counts calendar days in it. */
  timeZone: string;
};

/**
 * Which accounts count as churned, in every list and total: the ledger's churn date, set when
 * every paying source of a once-paying account has ended (the scorer's 'churned' band follows it).
 */
export const isChurned = isNotNull(accounts.churnedAt);
export const isNotChurned = isNull(accounts.churnedAt);

/**
 * Accounts filtered and ordered by any Health column, with keyset pagination on the same order.
 * Every filter and sort reads a column of the account row (the ledger and the scorer copy theirs
 * there), so a page never joins or aggregates per account.
 */
export async function listAccountRows(db: Db, filter: AccountListFilter) {
  const sort = accountSort(filter.sort ?? 'triage', filter.order);
  const conditions: (SQL | undefined)[] = [eq(accounts.workspaceId, filter.workspaceId)];
  if (filter.accountId) conditions.push(eq(accounts.id, filter.accountId));
  // One account is read whatever its state (Customer Detail); lists show churned accounts only when asked.
  else if (filter.band === 'churned') conditions.push(isChurned);
  else conditions.push(isNotChurned);
  if (filter.band && filter.band !== 'churned') conditions.push(eq(accounts.healthBand, filter.band));
  if (!filter.includeUntracked) conditions.push(eq(accounts.isTracked, true));
  if (filter.renewalWithinDays !== undefined) {
    const window = dayWindow(filter.now, filter.timeZone, filter.renewalWithinDays);
    conditions.push(gte(accounts.nextRenewalAt, window.from), lt(accounts.nextRenewalAt, window.before));
  }
  if (filter.owner) conditions.push(ilike(accounts.ownerName, escapeLike(filter.owner)));
  if (filter.source) conditions.push(eq(accounts.revenueBadge, filter.source));
  if (filter.paymentState) conditions.push(eq(accounts.paymentState, filter.paymentState));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(or(ilike(accounts.name, pattern), ilike(accounts.domain, pattern)));
  }
  if (filter.cursor) conditions.push(afterCursor(sort, accounts.id, filter.cursor));
  const rows = await db
    .select({
      id: accounts.id,
      domain: accounts.domain,
      name: accounts.name,
      logoUrl: accounts.logoUrl,
      ownerName: accounts.ownerName,
      lifecycleStage: accounts.lifecycleStage,
      isTracked: accounts.isTracked,
      healthScore: accounts.healthScore,
      healthBand: accounts.healthBand,
      healthCoverage: accounts.healthCoverage,
      healthTopFactors: accounts.healthTopFactors,
      churnedAt: accounts.churnedAt,
      churnedMrrMinor: accounts.churnedMrrMinor,
      mrrMinor: accounts.mrrMinor,
      arrMinor: accounts.arrMinor,
      renewalDate: accounts.nextRenewalAt,
      paymentState: accounts.paymentState,
      revenueBadge: accounts.revenueBadge,
      lastActivityAt: accounts.lastActivityAt,
      sortKey: sql<unknown>`${selectKey(sort)}`,
    })
    .from(accounts)
    .where(and(...conditions))
    .orderBy(...keysetOrder(sort, accounts.id))
    .limit(filter.limit + 1);
  return withCursorKeys(sort, rows);
}

/** Distinct account owners, for the Health owner filter. */
export async function listOwners(db: Db, workspaceId: string) {
  const rows = await db
    .selectDistinct({ owner: accounts.ownerName })
    .from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), isNotNull(accounts.ownerName)))
    .orderBy(asc(accounts.ownerName))
    .limit(500);
  return rows.flatMap((row) => (row.owner ? [row.owner] : []));
}

export async function findAccountByDomain(db: Db, workspaceId: string, domain: string) {
  const [row] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), eq(accounts.domain, domain)))
    .limit(1);
  return row ?? null;
}

export async function listAccountContacts(db: Db, workspaceId: string, accountId: string) {
  return db
    .select({ id: contacts.id, name: contacts.name, email: contacts.email, title: contacts.title })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.accountId, accountId)))
    .orderBy(asc(contacts.name))
    .limit(100);
}

/** The logo URL template an admin set for the workspace (`{domain}` is replaced), or null: no logos. */
export async function findLogoUrlTemplate(db: Db, workspaceId: string): Promise<string | null> {
  const [row] = await db
    .select({ template: workspaces.logoUrlTemplate })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .limit(1);
  return row?.template ?? null;
}

/**
 * Records linked to the account. Revenue is counted twice over: `revenueSources` as the ledger
 * counts them (a merged Stripe subscription and Salesbricks contract is one row) and
 * `revenueRecords`, the provider records behind them.
 */
export async function countAccountRecords(db: Db, workspaceId: string, accountId: string) {
  const countOf = async (
    table: typeof ledgerEntries | typeof revenueSources | typeof signals | typeof activities | typeof deals,
  ) => {
    const [row] = await db
      .select({ n: count() })
      .from(table)
      .where(and(eq(table.workspaceId, workspaceId), eq(table.accountId, accountId)));
    return row?.n ?? 0;
  };
  const [ledgerRows, records, signalCount, activityCount, dealCount] = await Promise.all([
    countOf(ledgerEntries),
    countOf(revenueSources),
    countOf(signals),
    countOf(activities),
    countOf(deals),
  ]);
  return {
    revenueSources: ledgerRows,
    revenueRecords: records,
    signals: signalCount,
    activities: activityCount,
    deals: dealCount,
  };
}
