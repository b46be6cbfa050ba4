import type { z } from 'zod';
import type {
  LedgerRow,
  LedgerRowDetail,
  LedgerSummary,
  Movements,
  ledgerFilterSchema,
  renewalsQuerySchema,
} from '@success/shared/ledger';
import type { Db } from '../../db/client';
import {
  arrOf,
  computeRetention,
  monthOf,
  monthRange,
  shiftMonth,
  totalsByMonth,
  type Movement,
} from '../../engines/ledger';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { daysUntil } from '../../lib/days';
import { AppError } from '../../lib/errors';
import type { SortOrder } from '../../lib/keyset';
import type { Actor } from '../auth/actor';
import { getAccountByDomain } from '../customers/account-lookup';
import { getWorkspaceTimeZone } from '../workspace/workspace.queries';
import {
  findLedgerEntry,
  findRollup,
  inLedgerTransaction,
  listInvoicesOf,
  listLedgerEntries,
  loadMovementsForPeriod,
  listPaymentEventsOf,
  loadSourcesById,
  setSourcesIgnored,
  summarizeLedger,
  type LedgerEntryRow,
  type LedgerFilter,
} from './contracts.queries';
import { ledgerCsv } from './contracts-export';
import { getReportingCurrency } from './ledger-inputs.queries';
import { rebuildLedger } from './ledger-rebuild.service';
import type { LedgerSortKey } from './ledger-sort.queries';

type FilterInput = Partial<z.output<typeof ledgerFilterSchema>> & { includeIgnored: boolean };

const toIso = (date: Date | null) => date?.toISOString() ?? null;

/** "Today" as the Contracts API reads it: the request's instant in the workspace's time zone. */
type Today = { now: Date; timeZone: string };

async function todayOf(db: Db, actor: Actor, now: Date): Promise<Today> {
  return { now, timeZone: await getWorkspaceTimeZone(db, actor.dataWorkspaceId) };
}

function filterFor(actor: Actor, input: FilterInput, today: Today): LedgerFilter {
  return { workspaceId: actor.dataWorkspaceId, ...input, ...today };
}

/** Ledger rows as the API shows them, with the sources behind each. */
async function toLedgerRows(db: Db, workspaceId: string, rows: LedgerEntryRow[], today: Today): Promise<LedgerRow[]> {
  const sources = await loadSourcesById(
    db,
    workspaceId,
    rows.flatMap((row) => row.sourceIds),
  );
  return rows.map((row) => {
    const money = (amount: number) => ({ amount, currency: row.currency });
    const reporting = (amount: number) => ({ amount, currency: row.reportingCurrency });
    return {
      id: row.id,
      account:
        row.accountId && row.accountDomain && row.accountName
          ? { id: row.accountId, domain: row.accountDomain, name: row.accountName }
          : null,
      productName: row.productName,
      sources: row.sourceIds.flatMap((id) => {
        const source = sources.get(id);
        if (!source) return [];
        const mrr = row.sourceMrrs[id] ?? 0;
        return [
          {
            id: source.id,
            provider: source.provider,
            externalId: source.externalId,
            productName: source.productName,
            status: source.status,
            billingInterval: source.billingInterval,
            intervalCount: source.intervalCount,
            amount: { amount: source.amountMinor, currency: source.currency },
            mrr: { amount: mrr, currency: source.currency },
            arr: { amount: arrOf(mrr), currency: source.currency },
            url: source.sourceUrl,
          },
        ];
      }),
      status: row.status,
      billingInterval: row.billingInterval,
      intervalCount: row.intervalCount,
      mrr: money(row.mrrMinor),
      arr: money(arrOf(row.mrrMinor)),
      reportingMrr: reporting(row.reportingMrrMinor),
      reportingArr: reporting(row.reportingArrMinor),
      rate: row.rate ?? 'missing',
      startDate: toIso(row.startDate),
      renewalDate: toIso(row.renewalDate),
      daysToRenewal: daysUntil(row.renewalDate, today.now, today.timeZone),
      paymentState: row.paymentState,
      lastFailedPaymentAt: toIso(row.lastFailedPaymentAt),
      reconciliation: row.reconciliation,
      conflicts: row.conflicts.map((conflict) => ({
        ...conflict,
        field: conflict.field as LedgerRow['conflicts'][number]['field'],
      })),
      isIgnoredFromArr: row.isIgnoredFromArr,
      ignoreReason: row.ignoreReason,
      healthBand: row.healthBand,
    };
  });
}

async function pageOf(
  db: Db,
  actor: Actor,
  filter: LedgerFilter,
  sortKey: LedgerSortKey,
  order: SortOrder,
  cursor: string | undefined,
  limit: number,
  today: Today,
) {
  const rows = await listLedgerEntries(db, filter, { sort: sortKey, order }, decodeCursor(cursor), limit);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await toLedgerRows(db, actor.dataWorkspaceId, page, today),
    nextCursor: rows.length > limit && last ? encodeCursor({ k: last.sortKey, id: last.id }) : null,
  };
}

export async function listContracts(
  db: Db,
  actor: Actor,
  query: FilterInput & { sort: LedgerSortKey; order: SortOrder; cursor?: string | undefined; limit: number },
  now: Date,
) {
  const { sort, order, cursor, limit, ...filter } = query;
  const today = await todayOf(db, actor, now);
  return pageOf(db, actor, filterFor(actor, filter, today), sort, order, cursor, limit, today);
}

export async function listRenewals(db: Db, actor: Actor, query: z.output<typeof renewalsQuerySchema>, now: Date) {
  const today = await todayOf(db, actor, now);
  const filter = filterFor(actor, { includeIgnored: false, renewalWithinDays: query.withinDays }, today);
  return pageOf(
    db,
    actor,
    filter,
    query.sort === 'date' ? 'renewal' : 'arr',
    query.sort === 'date' ? 'asc' : 'desc',
    query.cursor,
    query.limit,
    today,
  );
}

export async function getContractsSummary(db: Db, actor: Actor, now: Date): Promise<LedgerSummary> {
  const workspaceId = actor.dataWorkspaceId;
  const timeZone = await getWorkspaceTimeZone(db, workspaceId);
  const [currency, totals, rollup] = await Promise.all([
    getReportingCurrency(db, workspaceId),
    summarizeLedger(db, workspaceId, now, timeZone),
    findRollup(db, workspaceId),
  ]);
  const arr = (mrrMinor: number) => ({ amount: arrOf(mrrMinor), currency });
  return {
    mrr: { amount: totals.mrrMinor, currency },
    arr: arr(totals.mrrMinor),
    pastDueArr: arr(totals.pastDueMrrMinor),
    renewingArr: {
      d30: arr(totals.renewingMrrMinor.d30),
      d60: arr(totals.renewingMrrMinor.d60),
      d90: arr(totals.renewingMrrMinor.d90),
    },
    currency,
    rows: totals.rows,
    ignoredRows: totals.ignored,
    conflicts: totals.conflicts,
    computedAt: rollup?.computedAt.toISOString() ?? null,
  };
}

/** Stands for every account that paid at the start and did not move in the period. */
const restOfBookId = 'rest-of-book';

/** Each month's movements in [from, to] (default: the last 12 months), the MRR line and NRR/GRR. */
export async function getMovements(
  db: Db,
  actor: Actor,
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
): Promise<Movements> {
  const to = query.to ?? monthOf(now);
  const from = query.from ?? shiftMonth(to, -11);
  if (from > to) throw new AppError('validation_failed', '`from` must not be after `to`.');
  const months = monthRange(from, to);
  if (months.length > 120) throw new AppError('validation_failed', 'Ask for at most 120 months at a time.');
  const [currency, stored] = await Promise.all([
    getReportingCurrency(db, actor.dataWorkspaceId),
    loadMovementsForPeriod(db, actor.dataWorkspaceId, from, to),
  ]);
  // Retention needs who paid at the start and the book's MRR then. An account that moves in the
  // period paid at the start exactly when its first movement is not new business or a
  // reactivation (both start from 0), so it enters with a token balance of one minor unit and
  // the rest of the starting MRR as one sum: the starting base stays exact without reading
  // every account's history.
  const startMonth = shiftMonth(from, -1);
  const firstKind = new Map<string, Movement['kind']>();
  for (const row of stored.inRange) if (!firstKind.has(row.accountId)) firstKind.set(row.accountId, row.kind);
  const payingMovers = [...firstKind].filter(([, kind]) => kind !== 'new' && kind !== 'reactivation');
  const opening: Movement[] = payingMovers.map(([accountId]) => ({
    accountId,
    month: startMonth,
    kind: 'new',
    amountMinor: 1,
  }));
  const restOfBook = stored.openingTotalMinor - payingMovers.length;
  if (restOfBook > 0)
    opening.push({ accountId: restOfBookId, month: startMonth, kind: 'new', amountMinor: restOfBook });
  const totals = totalsByMonth(months, stored.inRange, stored.openingTotalMinor);
  const retention = computeRetention([...opening, ...stored.inRange], from, to);
  const money = (amount: number) => ({ amount, currency });
  return {
    from,
    to,
    currency,
    months: totals.map((month) => ({
      month: month.month,
      new: money(month.newMinor),
      expansion: money(month.expansionMinor),
      contraction: money(month.contractionMinor),
      churn: money(month.churnMinor),
      reactivation: money(month.reactivationMinor),
      net: money(month.netMinor),
      mrr: money(month.mrrMinor),
    })),
    retention: {
      startMrr: money(retention.startMrrMinor),
      expansion: money(retention.expansionMinor),
      contraction: money(retention.contractionMinor),
      churn: money(retention.churnMinor),
      nrr: retention.nrr,
      grr: retention.grr,
    },
  };
}

async function requireEntry(db: Db, actor: Actor, id: string) {
  const entry = await findLedgerEntry(db, actor.dataWorkspaceId, id);
  if (!entry) throw new AppError('not_found', 'No ledger row with this id in this workspace.');
  return entry;
}

export async function getContract(db: Db, actor: Actor, id: string, now: Date): Promise<LedgerRowDetail> {
  const entry = await requireEntry(db, actor, id);
  const [row] = await toLedgerRows(db, actor.dataWorkspaceId, [entry], await todayOf(db, actor, now));
  const invoiceRows = await listInvoicesOf(db, actor.dataWorkspaceId, entry.sourceIds);
  const events = await listPaymentEventsOf(
    db,
    actor.dataWorkspaceId,
    invoiceRows.map((invoice) => invoice.id),
  );
  return {
    ...row!,
    invoices: invoiceRows.map((invoice) => ({
      id: invoice.id,
      number: invoice.number,
      status: invoice.status,
      amountDue: { amount: invoice.amountDueMinor, currency: invoice.currency },
      amountPaid: { amount: invoice.amountPaidMinor, currency: invoice.currency },
      tax: { amount: invoice.taxMinor, currency: invoice.currency },
      issuedAt: invoice.issuedAt.toISOString(),
      dueAt: toIso(invoice.dueAt),
      paidAt: toIso(invoice.paidAt),
      url: invoice.hostedUrl,
    })),
    paymentEvents: events.map((event) => ({
      id: event.id,
      type: event.type,
      amount: { amount: event.amountMinor, currency: event.currency },
      failureReason: event.failureReason,
      occurredAt: event.occurredAt.toISOString(),
    })),
  };
}

/**
 * Ignores a ledger row from ARR (with the reason) or counts it again, then rebuilds the ledger of
 * its account so the account's ARR, the totals and the movements change at once.
 */
export async function setContractIgnored(
  db: Db,
  actor: Actor,
  id: string,
  input: { isIgnored: boolean; reason?: string | undefined },
  now: Date,
): Promise<LedgerRow> {
  const entry = await requireEntry(db, actor, id);
  const sources = await loadSourcesById(db, actor.dataWorkspaceId, entry.sourceIds);
  const accountIds = new Set([...sources.values()].map((source) => source.accountId));
  // One account's rebuild suffices when the row's sources all belong to it; else rebuild them all.
  const [onlyAccount] = accountIds.size === 1 ? [...accountIds] : [null];
  await inLedgerTransaction(db, async (tx) => {
    await setSourcesIgnored(tx, actor.dataWorkspaceId, entry.sourceIds, input.isIgnored, input.reason ?? null);
    await rebuildLedger(tx, actor.dataWorkspaceId, now, onlyAccount ? { accountIds: [onlyAccount] } : null);
  });
  const updated = await requireEntry(db, actor, id);
  const [row] = await toLedgerRows(db, actor.dataWorkspaceId, [updated], await todayOf(db, actor, now));
  return row!;
}

/** The ledger rows of one account (Customer Detail's revenue source cards). */
export async function listAccountRevenue(db: Db, actor: Actor, companyDomain: string, now: Date) {
  const account = await getAccountByDomain(db, actor, companyDomain);
  const today = await todayOf(db, actor, now);
  const filter = filterFor(actor, { includeIgnored: true }, today);
  const page = await listLedgerEntries(
    db,
    { ...filter, accountId: account.id },
    { sort: 'arr', order: 'desc' },
    null,
    100,
  );
  return { items: await toLedgerRows(db, actor.dataWorkspaceId, page.slice(0, 100), today) };
}

/** Every row matching the filter, in the list's order, as CSV (read page by page). */
export async function exportContractsCsv(
  db: Db,
  actor: Actor,
  query: FilterInput & { sort: LedgerSortKey; order: SortOrder },
  now: Date,
): Promise<string> {
  const { sort, order, ...filter } = query;
  const rows: LedgerRow[] = [];
  const today = await todayOf(db, actor, now);
  let cursor: string | undefined;
  for (;;) {
    const page = await pageOf(db, actor, filterFor(actor, filter, today), sort, order, cursor, 1_000, today);
    rows.push(...page.items);
    if (!page.nextCursor) return ledgerCsv(rows);
    cursor = page.nextCursor;
  }
}
