import { and, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Section } from '@success/shared/sections';
import type { Db } from '../../db/client';
import { accounts, activities, routes, users } from '../../db/schema';
import type { Cursor } from '../../lib/cursor';

const routeColumns = {
  id: routes.id,
  accountId: accounts.id,
  domain: accounts.domain,
  name: accounts.name,
  from: routes.fromSection,
  to: routes.toSection,
  reason: routes.reason,
  state: routes.state,
  /** Who routed it: the member's name, else their email (null once the member is removed). */
  createdBy: sql<string | null>`coalesce(${users.name}, ${users.email})`,
  createdAt: routes.createdAt,
  resolvedAt: routes.resolvedAt,
};

export type RouteRow = Awaited<ReturnType<typeof listRouteRows>>[number];

export async function listRouteRows(
  db: Db,
  filter: {
    workspaceId: string;
    to?: Section | undefined;
    state?: 'open' | 'done' | 'dismissed' | undefined;
    accountId?: string | undefined;
    cursor: Cursor | null;
    limit: number;
  },
) {
  const conditions: (SQL | undefined)[] = [eq(routes.workspaceId, filter.workspaceId)];
  if (filter.to) conditions.push(eq(routes.toSection, filter.to));
  if (filter.state) conditions.push(eq(routes.state, filter.state));
  if (filter.accountId) conditions.push(eq(routes.accountId, filter.accountId));
  if (filter.cursor) {
    const at = new Date(String(filter.cursor.k));
    conditions.push(or(lt(routes.createdAt, at), and(eq(routes.createdAt, at), lt(routes.id, filter.cursor.id))));
  }
  return db
    .select(routeColumns)
    .from(routes)
    .innerJoin(accounts, eq(accounts.id, routes.accountId))
    .leftJoin(users, eq(users.id, routes.createdByUserId))
    .where(and(...conditions))
    .orderBy(desc(routes.createdAt), desc(routes.id))
    .limit(filter.limit + 1);
}

export async function findRouteRow(db: Db, workspaceId: string, id: string) {
  const [row] = await db
    .select(routeColumns)
    .from(routes)
    .innerJoin(accounts, eq(accounts.id, routes.accountId))
    .leftJoin(users, eq(users.id, routes.createdByUserId))
    .where(and(eq(routes.workspaceId, workspaceId), eq(routes.id, id)))
    .limit(1);
  return row ?? null;
}

export async function findLatestOpenRoute(db: Db, workspaceId: string, accountId: string) {
  const [row] = await db
    .select()
    .from(routes)
    .where(and(eq(routes.workspaceId, workspaceId), eq(routes.accountId, accountId), eq(routes.state, 'open')))
    .orderBy(desc(routes.createdAt))
    .limit(1);
  return row ?? null;
}

/** The account's open route into `to`, if any (at most one: a partial unique index keeps it so). */
export async function findOpenRouteTo(db: Db, workspaceId: string, accountId: string, to: Section) {
  const [row] = await db
    .select(routeColumns)
    .from(routes)
    .innerJoin(accounts, eq(accounts.id, routes.accountId))
    .leftJoin(users, eq(users.id, routes.createdByUserId))
    .where(
      and(
        eq(routes.workspaceId, workspaceId),
        eq(routes.accountId, accountId),
        eq(routes.toSection, to),
        eq(routes.state, 'open'),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * A route and its line in the account's activity feed are written together. Returns null, writing
 * nothing, when the account already has an open route to that destination (two requests racing
 * each other included: the unique index decides, not a read before the write).
 */
export async function insertRoute(
  db: Db,
  route: typeof routes.$inferInsert,
  activity: Omit<typeof activities.$inferInsert, 'externalId'>,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(routes).values(route).onConflictDoNothing().returning();
    if (!row) return null;
    await tx.insert(activities).values({ ...activity, externalId: `route:${row.id}:opened` });
    return row;
  });
}

export async function resolveRouteRow(
  db: Db,
  workspaceId: string,
  id: string,
  state: 'done' | 'dismissed',
  resolvedAt: Date,
  activity: Omit<typeof activities.$inferInsert, 'externalId'>,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(routes)
      .set({ state, resolvedAt })
      .where(and(eq(routes.workspaceId, workspaceId), eq(routes.id, id), eq(routes.state, 'open')))
      .returning();
    if (row)
      await tx
        .insert(activities)
        .values({ ...activity, accountId: row.accountId, externalId: `route:${row.id}:${state}` });
    return row ?? null;
  });
}
