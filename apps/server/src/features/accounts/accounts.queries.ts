import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, activities, contacts, deals, revenueSources, signals } from '../../db/schema';
import type { Cursor } from '../../lib/cursor';

export type AccountListFilter = {
  workspaceId: string;
  /** Narrows the list to one account (Customer Detail reuses the list's columns). */
  accountId?: string;
  q: string | undefined;
  band?: 'healthy' | 'at_risk' | 'critical' | undefined;
  sort?: 'name' | 'score';
  includeUntracked: boolean;
  cursor: Cursor | null;
  limit: number;
  now: Date;
};

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Unscored accounts sort after every scored one (scores are 0–100). */
const scoreKey = sql`coalesce(${accounts.healthScore}, 1000)`;

/** Accounts ordered by (name, id) or (score, id), with keyset pagination on the same order. */
export async function listAccountRows(db: Db, filter: AccountListFilter) {
  const isByScore = filter.sort === 'score';
  const conditions: (SQL | undefined)[] = [eq(accounts.workspaceId, filter.workspaceId)];
  if (filter.band) conditions.push(eq(accounts.healthBand, filter.band));
  if (filter.accountId) conditions.push(eq(accounts.id, filter.accountId));
  if (!filter.includeUntracked) conditions.push(eq(accounts.isTracked, true));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(or(ilike(accounts.name, pattern), ilike(accounts.domain, pattern)));
  }
  if (filter.cursor) {
    // A row comparison walks the (workspace, name, id) index directly from the cursor.
    conditions.push(
      isByScore
        ? sql`(${scoreKey}, ${accounts.id}) > (${Number(filter.cursor.k)}::int, ${filter.cursor.id}::uuid)`
        : sql`(${accounts.name}, ${accounts.id}) > (${String(filter.cursor.k)}, ${filter.cursor.id})`,
    );
  }
  // The page is chosen first (index order, limit) and only its rows get the per-account
  // lookups: the planner then never evaluates them for every account in the workspace.
  const page = db
    .select({
      id: accounts.id,
      workspaceId: accounts.workspaceId,
      domain: accounts.domain,
      name: accounts.name,
      logoUrl: accounts.logoUrl,
      ownerName: accounts.ownerName,
      lifecycleStage: accounts.lifecycleStage,
      isTracked: accounts.isTracked,
      healthScore: accounts.healthScore,
      healthBand: accounts.healthBand,
      healthTopFactors: accounts.healthTopFactors,
      sortKey: isByScore ? sql<number>`${scoreKey}`.as('sort_key') : sql<number>`0`.as('sort_key'),
    })
    .from(accounts)
    .where(and(...conditions))
    .orderBy(...(isByScore ? [asc(scoreKey), asc(accounts.id)] : [asc(accounts.name), asc(accounts.id)]))
    .limit(filter.limit + 1)
    .as('page');
  const nowIso = filter.now.toISOString();
  return db
    .select({
      id: page.id,
      domain: page.domain,
      name: page.name,
      logoUrl: page.logoUrl,
      ownerName: page.ownerName,
      lifecycleStage: page.lifecycleStage,
      isTracked: page.isTracked,
      healthScore: page.healthScore,
      healthBand: page.healthBand,
      healthTopFactors: page.healthTopFactors,
      sortKey: page.sortKey,
      // Written out with aliases: inside a template, Drizzle renders columns unqualified, which
      // would bind both sides of each comparison to the inner table.
      renewalDate: sql<string | null>`(select min(rs.renewal_date) from revenue_sources rs
        where rs.workspace_id = page.workspace_id and rs.account_id = page.id and rs.renewal_date >= ${nowIso})`,
      lastActivityAt: sql<string | null>`greatest(
        (select max(ac.occurred_at) from activities ac where ac.workspace_id = page.workspace_id and ac.account_id = page.id),
        (select max(ud.last_activity_at) from usage_daily ud where ud.workspace_id = page.workspace_id and ud.account_id = page.id))`,
    })
    .from(page)
    .orderBy(...(isByScore ? [asc(page.sortKey), asc(page.id)] : [asc(page.name), asc(page.id)]));
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
