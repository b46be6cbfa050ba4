import type { AccountSortKey } from '@success/shared/api';
import { and, asc, count, eq, gte, ilike, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, activities, contacts, deals, revenueSources, signals } from '../../db/schema';
import type { Cursor } from '../../lib/cursor';
import { dayMs } from '../../lib/days';
import { escapeLike } from '../../lib/like';
import { afterCursor, keysetOrder, type SortOrder } from '../../lib/keyset';
import { accountSort } from './account-sort';

export type AccountListFilter = {
  workspaceId: string;
  /** Narrows the list to one account (Customer Detail reuses the list's columns). */
  accountId?: string;
  q: string | undefined;
  band?: 'healthy' | 'at_risk' | 'critical' | undefined;
  renewalWithinDays?: number | undefined;
  owner?: string | undefined;
  source?: 'stripe' | 'salesbricks' | 'merged' | undefined;
  paymentState?: 'ok' | 'past_due' | 'payment_failed' | 'unpaid' | 'none' | undefined;
  sort?: AccountSortKey;
  order?: SortOrder | undefined;
  includeUntracked: boolean;
  cursor: Cursor | null;
  limit: number;
  now: Date;
};

/**
 * Accounts filtered and ordered by any Health column, with keyset pagination on the same order.
 * Every filter and sort reads a column of the account row (the ledger and the scorer copy theirs
 * there), so a page never joins or aggregates per account.
 */
export async function listAccountRows(db: Db, filter: AccountListFilter) {
  const sort = accountSort(filter.sort ?? 'name', filter.order);
  const conditions: (SQL | undefined)[] = [eq(accounts.workspaceId, filter.workspaceId)];
  if (filter.band) conditions.push(eq(accounts.healthBand, filter.band));
  if (filter.accountId) conditions.push(eq(accounts.id, filter.accountId));
  if (!filter.includeUntracked) conditions.push(eq(accounts.isTracked, true));
  if (filter.renewalWithinDays !== undefined) {
    conditions.push(
      gte(accounts.nextRenewalAt, filter.now),
      lt(accounts.nextRenewalAt, new Date(filter.now.getTime() + filter.renewalWithinDays * dayMs)),
    );
  }
  if (filter.owner) conditions.push(ilike(accounts.ownerName, escapeLike(filter.owner)));
  if (filter.source) conditions.push(eq(accounts.revenueBadge, filter.source));
  if (filter.paymentState) conditions.push(eq(accounts.paymentState, filter.paymentState));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(or(ilike(accounts.name, pattern), ilike(accounts.domain, pattern)));
  }
  if (filter.cursor) conditions.push(afterCursor(sort, accounts.id, filter.cursor));
  return db
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
      healthTopFactors: accounts.healthTopFactors,
      mrrMinor: accounts.mrrMinor,
      arrMinor: accounts.arrMinor,
      renewalDate: accounts.nextRenewalAt,
      paymentState: accounts.paymentState,
      revenueBadge: accounts.revenueBadge,
      lastActivityAt: accounts.lastActivityAt,
      sortKey: sql<unknown>`${sort.key}`,
    })
    .from(accounts)
    .where(and(...conditions))
    .orderBy(...keysetOrder(sort, accounts.id))
    .limit(filter.limit + 1);
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

export async function countAccountRecords(db: Db, workspaceId: string, accountId: string) {
  const countOf = async (table: typeof revenueSources | typeof signals | typeof activities | typeof deals) => {
    const [row] = await db
      .select({ n: count() })
      .from(table)
      .where(and(eq(table.workspaceId, workspaceId), eq(table.accountId, accountId)));
    return row?.n ?? 0;
  };
  const [sources, signalCount, activityCount, dealCount] = await Promise.all([
    countOf(revenueSources),
    countOf(signals),
    countOf(activities),
    countOf(deals),
  ]);
  return { revenueSources: sources, signals: signalCount, activities: activityCount, deals: dealCount };
}
