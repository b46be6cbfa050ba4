/** The SQL of the demo loader and the seed command: multi-row inserts and per-table counts. */
import { count, eq, getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';
import type {
  AccountEnrichmentInsert,
  AccountInsert,
  ActivityInsert,
  ContactInsert,
  CurrencyRateInsert,
  DealInsert,
  InvoiceInsert,
  PaymentEventInsert,
  RequestInsert,
  RevenueSourceInsert,
  ShippedFeatureInsert,
  SignalInsert,
  UsageDayInsert,
} from '../db/row-types';
import {
  accountEnrichments,
  accounts,
  activities,
  contacts,
  currencyRates,
  dataTables,
  deals,
  invoices,
  paymentEvents,
  requests,
  revenueSources,
  shippedFeatures,
  signals,
  usageDaily,
  workspaces,
} from '../db/schema';

/**
 * PostgreSQL caps one statement at 65,535 bound parameters; staying well under leaves room for
 * every column and keeps PGlite's single-threaded parser fast.
 */
const maxParametersPerStatement = 30_000;

/** Inserts rows in as few statements as the parameter budget allows (columns × rows per statement). */
async function insertRows<T extends PgTable>(db: Db, table: T, rows: T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(getTableColumns(table)).length;
  const rowsPerStatement = Math.max(1, Math.floor(maxParametersPerStatement / columns));
  for (let first = 0; first < rows.length; first += rowsPerStatement) {
    await db.insert(table).values(rows.slice(first, first + rowsPerStatement));
  }
}

/** One batch of accounts with every row that hangs off them, ids already assigned. */
export type AccountRowsBatch = {
  accounts: AccountInsert[];
  enrichments: AccountEnrichmentInsert[];
  contacts: ContactInsert[];
  revenueSources: RevenueSourceInsert[];
  invoices: InvoiceInsert[];
  paymentEvents: PaymentEventInsert[];
  usageDaily: UsageDayInsert[];
  signals: SignalInsert[];
  activities: ActivityInsert[];
  deals: DealInsert[];
  requests: RequestInsert[];
};

/**
 * Inserts one batch in its own transaction (a savepoint when the caller already holds one), so a
 * huge load never builds one giant transaction. Parents go in before the rows that refer to them.
 */
export async function insertAccountRowsBatch(db: Db, rows: AccountRowsBatch): Promise<void> {
  await db.transaction(async (tx) => {
    await insertRows(tx, accounts, rows.accounts);
    await insertRows(tx, accountEnrichments, rows.enrichments);
    await insertRows(tx, contacts, rows.contacts);
    await insertRows(tx, revenueSources, rows.revenueSources);
    await insertRows(tx, invoices, rows.invoices);
    await insertRows(tx, paymentEvents, rows.paymentEvents);
    await insertRows(tx, usageDaily, rows.usageDaily);
    await insertRows(tx, signals, rows.signals);
    await insertRows(tx, activities, rows.activities);
    await insertRows(tx, deals, rows.deals);
    await insertRows(tx, requests, rows.requests);
  });
}

export async function insertShippedFeatures(db: Db, rows: ShippedFeatureInsert[]): Promise<void> {
  await insertRows(db, shippedFeatures, rows);
}

/** Adds the rates the workspace does not have yet; rates an admin already set are kept. */
export async function insertMissingCurrencyRates(db: Db, rows: CurrencyRateInsert[]): Promise<void> {
  await db.insert(currencyRates).values(rows).onConflictDoNothing();
}

/** A standard (not demo) workspace for the seed command to load the dataset into. */
export async function insertStandardWorkspace(db: Db, name: string): Promise<{ id: string }> {
  const [workspace] = await db.insert(workspaces).values({ name, kind: 'standard' }).returning({ id: workspaces.id });
  if (!workspace) throw new Error('creating the workspace returned no row');
  return workspace;
}

/** Rows per business-data table for one workspace; tests use it to prove workspaces never mix. */
export async function countWorkspaceRows(db: Db, workspaceId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(dataTables)) {
    const [row] = await db.select({ rows: count() }).from(table).where(eq(table.workspaceId, workspaceId));
    counts[name] = row?.rows ?? 0;
  }
  return counts;
}
