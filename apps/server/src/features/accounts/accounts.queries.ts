import { and, asc, count, eq, gt, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, activities, contacts, deals, revenueSources, signals, usageDaily } from '../../db/schema';
import type { Cursor } from '../../lib/cursor';

export type AccountListFilter = {
  workspaceId: string;
  /** Narrows the list to one account (Customer Detail reuses the list's columns). */
  accountId?: string;
  q: string | undefined;
  includeUntracked: boolean;
  cursor: Cursor | null;
  limit: number;
  now: Date;
};

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Accounts ordered by (name, id) with keyset pagination on the same index. */
export async function listAccountRows(db: Db, filter: AccountListFilter) {
  const conditions: (SQL | undefined)[] = [eq(accounts.workspaceId, filter.workspaceId)];
  if (filter.accountId) conditions.push(eq(accounts.id, filter.accountId));
  if (!filter.includeUntracked) conditions.push(eq(accounts.isTracked, true));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(or(ilike(accounts.name, pattern), ilike(accounts.domain, pattern)));
  }
  if (filter.cursor) {
    conditions.push(
      or(
        gt(accounts.name, String(filter.cursor.k)),
        and(eq(accounts.name, String(filter.cursor.k)), gt(accounts.id, filter.cursor.id)),
      ),
    );
  }
  const nowIso = filter.now.toISOString();
  return db
    .select({
      id: accounts.id,
      domain: accounts.domain,
      name: accounts.name,
      logoUrl: accounts.logoUrl,
      ownerName: accounts.ownerName,
      lifecycleStage: accounts.lifecycleStage,
      isTracked: accounts.isTracked,
      renewalDate: sql<string | null>`(select min(${revenueSources.renewalDate}) from ${revenueSources}
        where ${revenueSources.workspaceId} = ${accounts.workspaceId} and ${revenueSources.accountId} = ${accounts.id}
        and ${revenueSources.renewalDate} >= ${nowIso})`,
      lastActivityAt: sql<string | null>`greatest(
        (select max(${activities.occurredAt}) from ${activities}
          where ${activities.workspaceId} = ${accounts.workspaceId} and ${activities.accountId} = ${accounts.id}),
        (select max(${usageDaily.lastActivityAt}) from ${usageDaily}
          where ${usageDaily.workspaceId} = ${accounts.workspaceId} and ${usageDaily.accountId} = ${accounts.id}))`,
    })
    .from(accounts)
    .where(and(...conditions))
    .orderBy(asc(accounts.name), asc(accounts.id))
    .limit(filter.limit + 1);
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
