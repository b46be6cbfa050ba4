import { and, arrayOverlaps, asc, desc, eq, gte, inArray, like, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  accounts,
  invoices,
  ledgerEntries,
  ledgerMovements,
  ledgerRollups,
  paymentEvents,
  revenueSources,
} from '../../db/schema';
import type { Cursor } from '../../lib/cursor';
import { dayWindow } from '../../lib/days';
import { escapeLike } from '../../lib/like';
import type { SortOrder } from '../../lib/keyset';
import { afterCursor, keysetOrder, selectKey, withCursorKeys } from '../../lib/keyset.queries';
import { ledgerSort, type LedgerSortKey } from './ledger-sort.queries';

export type LedgerFilter = {
  workspaceId: string;
  q?: string | undefined;
  source?: ('stripe' | 'salesbricks')[] | undefined;
  status?: string[] | undefined;
  paymentState?: ('ok' | 'past_due' | 'payment_failed' | 'unpaid' | 'none')[] | undefined;
  reconciliation?: ('merged' | 'conflict' | 'single')[] | undefined;
  renewalWithinDays?: number | undefined;
  includeIgnored: boolean;
  accountId?: string | undefined;
  now: Date;
  /** The workspace's time zone: a renewal window counts calendar days in it. */
  timeZone: string;
};

export function ledgerConditions(filter: LedgerFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(ledgerEntries.workspaceId, filter.workspaceId)];
  if (filter.q) conditions.push(like(ledgerEntries.searchText, `%${escapeLike(filter.q.toLowerCase())}%`));
  if (filter.source?.length) conditions.push(arrayOverlaps(ledgerEntries.providers, filter.source));
  if (filter.status?.length) conditions.push(inArray(ledgerEntries.status, filter.status));
  if (filter.paymentState?.length) conditions.push(inArray(ledgerEntries.paymentState, filter.paymentState));
  if (filter.reconciliation?.length) conditions.push(inArray(ledgerEntries.reconciliation, filter.reconciliation));
  if (filter.renewalWithinDays !== undefined) {
    const window = dayWindow(filter.now, filter.timeZone, filter.renewalWithinDays);
    conditions.push(gte(ledgerEntries.renewalDate, window.from), lt(ledgerEntries.renewalDate, window.before));
  }
  if (!filter.includeIgnored) conditions.push(eq(ledgerEntries.isIgnoredFromArr, false));
  if (filter.accountId) conditions.push(eq(ledgerEntries.accountId, filter.accountId));
  return and(...conditions);
}

const entryColumns = {
  id: ledgerEntries.id,
  accountId: ledgerEntries.accountId,
  accountDomain: accounts.domain,
  accountName: accounts.name,
  healthBand: accounts.healthBand,
  sourceIds: ledgerEntries.sourceIds,
  sourceMrrs: ledgerEntries.sourceMrrs,
  productName: ledgerEntries.productName,
  status: ledgerEntries.status,
  billingInterval: ledgerEntries.billingInterval,
  intervalCount: ledgerEntries.intervalCount,
  currency: ledgerEntries.currency,
  mrrMinor: ledgerEntries.mrrMinor,
  reportingCurrency: ledgerEntries.reportingCurrency,
  rate: ledgerEntries.rate,
  reportingMrrMinor: ledgerEntries.reportingMrrMinor,
  reportingArrMinor: ledgerEntries.reportingArrMinor,
  startDate: ledgerEntries.startDate,
  renewalDate: ledgerEntries.renewalDate,
  paymentState: ledgerEntries.paymentState,
  lastFailedPaymentAt: ledgerEntries.lastFailedPaymentAt,
  reconciliation: ledgerEntries.reconciliation,
  conflicts: ledgerEntries.conflicts,
  isIgnoredFromArr: ledgerEntries.isIgnoredFromArr,
  ignoreReason: ledgerEntries.ignoreReason,
};

export type LedgerEntryRow = Omit<Awaited<ReturnType<typeof listLedgerEntries>>[number], 'sortKey'>;

/**
 * One page of ledger rows in the sort's order, after the cursor; one extra row says "more".
 * Each row's `sortKey` is the key its cursor carries.
 */
export async function listLedgerEntries(
  db: Db,
  filter: LedgerFilter,
  order: { sort: LedgerSortKey; order: SortOrder },
  cursor: Cursor | null,
  limit: number,
) {
  const sort = ledgerSort(order.sort, order.order);
  const rows = await db
    .select({ ...entryColumns, sortKey: sql<unknown>`${selectKey(sort)}` })
    .from(ledgerEntries)
    .leftJoin(accounts, eq(accounts.id, ledgerEntries.accountId))
    .where(and(ledgerConditions(filter), cursor ? afterCursor(sort, ledgerEntries.id, cursor) : undefined))
    .orderBy(...keysetOrder(sort, ledgerEntries.id))
    .limit(limit + 1);
  return withCursorKeys(sort, rows);
}

/** Runs `work` in one transaction: an ignored row and the ledger rebuilt without it commit together. */
export async function inLedgerTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx));
}

export async function findLedgerEntry(db: Db, workspaceId: string, id: string) {
  const [row] = await db
    .select(entryColumns)
    .from(ledgerEntries)
    .leftJoin(accounts, eq(accounts.id, ledgerEntries.accountId))
    .where(and(eq(ledgerEntries.workspaceId, workspaceId), eq(ledgerEntries.id, id)))
    .limit(1);
  return row ?? null;
}

/** The revenue sources behind ledger rows, by id. */
export async function loadSourcesById(db: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, (typeof rows)[number]>();
  const rows = await db
    .select({
      id: revenueSources.id,
      accountId: revenueSources.accountId,
      provider: revenueSources.provider,
      externalId: revenueSources.externalId,
      productName: revenueSources.productName,
      status: revenueSources.status,
      billingInterval: revenueSources.billingInterval,
      intervalCount: revenueSources.intervalCount,
      currency: revenueSources.currency,
      amountMinor: revenueSources.amountMinor,
      sourceUrl: revenueSources.sourceUrl,
    })
    .from(revenueSources)
    .where(and(eq(revenueSources.workspaceId, workspaceId), inArray(revenueSources.id, ids)));
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The workspace's totals in one pass over its rows: counted MRR (ignored rows excluded), the
 * past-due part, what renews within 30/60/90 days, and the row, ignored and conflict counts.
 */
export async function summarizeLedger(db: Db, workspaceId: string, now: Date, timeZone: string) {
  const counted = sql`not ${ledgerEntries.isIgnoredFromArr}`;
  const mrrWhere = (condition: SQL) =>
    sql<string | null>`sum(${ledgerEntries.reportingMrrMinor}) filter (where ${counted} and ${condition})`;
  const renewingWithin = (days: number) => {
    const window = dayWindow(now, timeZone, days);
    return mrrWhere(
      sql`${ledgerEntries.renewalDate} >= ${window.from.toISOString()}::timestamptz and ${ledgerEntries.renewalDate} < ${window.before.toISOString()}::timestamptz`,
    );
  };
  const [row] = await db
    .select({
      mrr: mrrWhere(sql`true`),
      pastDueMrr: mrrWhere(sql`${ledgerEntries.paymentState} = 'past_due'`),
      d30: renewingWithin(30),
      d60: renewingWithin(60),
      d90: renewingWithin(90),
      rows: sql<number>`count(*)::int`,
      ignored: sql<number>`count(*) filter (where ${ledgerEntries.isIgnoredFromArr})::int`,
      conflicts: sql<number>`count(*) filter (where ${ledgerEntries.reconciliation} = 'conflict')::int`,
    })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.workspaceId, workspaceId));
  const minor = (value: string | null | undefined) => Number(value ?? 0);
  return {
    mrrMinor: minor(row?.mrr),
    pastDueMrrMinor: minor(row?.pastDueMrr),
    renewingMrrMinor: { d30: minor(row?.d30), d60: minor(row?.d60), d90: minor(row?.d90) },
    rows: row?.rows ?? 0,
    ignored: row?.ignored ?? 0,
    conflicts: row?.conflicts ?? 0,
  };
}

export async function findRollup(db: Db, workspaceId: string) {
  const [row] = await db.select().from(ledgerRollups).where(eq(ledgerRollups.workspaceId, workspaceId)).limit(1);
  return row ?? null;
}

/**
 * What a movements report needs from the stored rows: the movements inside [from, to], ordered by
 * month, and the book's MRR before `from` (every earlier row, `opening` balances included).
 */
export async function loadMovementsForPeriod(db: Db, workspaceId: string, from: string, to: string) {
  const inWorkspace = eq(ledgerMovements.workspaceId, workspaceId);
  const [[total], inRange] = await Promise.all([
    db
      .select({ amountMinor: sql<string | null>`sum(${ledgerMovements.amountMinor})` })
      .from(ledgerMovements)
      .where(and(inWorkspace, or(lt(ledgerMovements.month, from), eq(ledgerMovements.kind, 'opening')))),
    db
      .select({
        accountId: ledgerMovements.accountId,
        month: ledgerMovements.month,
        kind: ledgerMovements.kind,
        amountMinor: ledgerMovements.amountMinor,
      })
      .from(ledgerMovements)
      .where(
        and(
          inWorkspace,
          gte(ledgerMovements.month, from),
          lte(ledgerMovements.month, to),
          ne(ledgerMovements.kind, 'opening'),
        ),
      )
      .orderBy(asc(ledgerMovements.month)),
  ]);
  return {
    openingTotalMinor: Number(total?.amountMinor ?? 0),
    inRange: inRange.flatMap((row) => (row.kind === 'opening' ? [] : [{ ...row, kind: row.kind }])),
  };
}

export async function listInvoicesOf(db: Db, workspaceId: string, sourceIds: string[]) {
  return db
    .select()
    .from(invoices)
    .where(and(eq(invoices.workspaceId, workspaceId), inArray(invoices.revenueSourceId, sourceIds)))
    .orderBy(desc(invoices.issuedAt))
    .limit(200);
}

export async function listPaymentEventsOf(db: Db, workspaceId: string, invoiceIds: string[]) {
  if (invoiceIds.length === 0) return [];
  return db
    .select()
    .from(paymentEvents)
    .where(and(eq(paymentEvents.workspaceId, workspaceId), inArray(paymentEvents.invoiceId, invoiceIds)))
    .orderBy(desc(paymentEvents.occurredAt))
    .limit(200);
}

/** Marks every source behind a ledger row ignored (with the reason) or counted again. */
export async function setSourcesIgnored(
  db: Db,
  workspaceId: string,
  sourceIds: string[],
  isIgnored: boolean,
  reason: string | null,
) {
  await db
    .update(revenueSources)
    .set({ isIgnoredFromArr: isIgnored, ignoreReason: isIgnored ? reason : null, updatedAt: sql`now()` })
    .where(and(eq(revenueSources.workspaceId, workspaceId), inArray(revenueSources.id, sourceIds)));
}
