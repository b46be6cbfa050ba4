/**
 * Writes the Pied Piper demo dataset into one workspace. Rows stream from the generator one batch
 * of accounts at a time and go in as multi-row inserts, so 100,000 accounts load with flat memory.
 */
import { randomUUID } from 'node:crypto';
import { count, eq, getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';
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
} from '../db/schema';
import { recordRevisions } from '../features/contracts/revisions.queries';
import { demoEnrichment } from './enrichment';
import { seedRevisionHistory } from './revision-history';
import { generateShippedFeatures } from './builders/shipped-features';
import { demoCurrencyRates } from './catalogue/currencies';
import type { DemoBatch } from './demo-rows';
import { generateDemoBatches } from './generator';
import { demoDefaults } from './options';

export type LoadDatasetOptions = {
  seed?: number;
  accounts?: number;
  now: Date;
  usageDays?: number;
  /** Called after each batch is committed with the accounts loaded so far and the total. */
  onProgress?: (done: number, total: number) => void;
};

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

function lookup(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  // The generator guarantees every reference; a miss means a generator bug, so fail loudly.
  if (!id) throw new Error(`demo loader: no ${what} for ${key}`);
  return id;
}

async function insertBatch(db: Db, workspaceId: string, batch: DemoBatch): Promise<void> {
  const accountIds = new Map<string, string>();
  const accountRows = batch.accounts.map((account) => {
    const id = randomUUID();
    accountIds.set(account.domain, id);
    return { ...account, id, workspaceId };
  });
  const accountId = (domain: string) => lookup(accountIds, domain, 'account');

  // Ids are minted here rather than read back with RETURNING, which saves a round trip per table.
  const sourceIds = new Map<string, string>();
  const sourceRows = batch.revenueSources.map(({ accountDomain, ...source }) => {
    const id = randomUUID();
    sourceIds.set(`${source.provider}:${source.externalId}`, id);
    return { ...source, id, workspaceId, accountId: accountId(accountDomain) };
  });

  const invoiceIds = new Map<string, string>();
  const invoiceRows = batch.invoices.map(({ accountDomain, revenueSourceExternalId, ...invoice }) => {
    const id = randomUUID();
    invoiceIds.set(`${invoice.provider}:${invoice.externalId}`, id);
    return {
      ...invoice,
      id,
      workspaceId,
      accountId: accountId(accountDomain),
      revenueSourceId: lookup(sourceIds, `${invoice.provider}:${revenueSourceExternalId}`, 'revenue source'),
    };
  });

  await insertRows(db, accounts, accountRows);
  await insertRows(
    db,
    accountEnrichments,
    batch.accounts.flatMap((account) => {
      const enrichment = demoEnrichment(account);
      if (!enrichment) return [];
      const { accountDomain, ...row } = enrichment;
      return [{ ...row, workspaceId, accountId: accountId(accountDomain) }];
    }),
  );
  await insertRows(
    db,
    contacts,
    batch.contacts.map(({ accountDomain, ...row }) => ({ ...row, workspaceId, accountId: accountId(accountDomain) })),
  );
  await insertRows(db, revenueSources, sourceRows);
  await insertRows(db, invoices, invoiceRows);
  await insertRows(
    db,
    paymentEvents,
    batch.paymentEvents.map(({ accountDomain, invoiceExternalId, ...row }) => ({
      ...row,
      workspaceId,
      accountId: accountId(accountDomain),
      invoiceId: lookup(invoiceIds, `${row.provider}:${invoiceExternalId}`, 'invoice'),
    })),
  );
  await insertRows(
    db,
    usageDaily,
    batch.usageDaily.map(({ accountDomain, ...row }) => ({ ...row, workspaceId, accountId: accountId(accountDomain) })),
  );
  await insertRows(
    db,
    signals,
    batch.signals.map(({ accountDomain, ...row }) => ({ ...row, workspaceId, accountId: accountId(accountDomain) })),
  );
  await insertRows(
    db,
    activities,
    batch.activities.map(({ accountDomain, ...row }) => ({ ...row, workspaceId, accountId: accountId(accountDomain) })),
  );
  await insertRows(
    db,
    deals,
    batch.deals.map(({ accountDomain, ...row }) => ({ ...row, workspaceId, accountId: accountId(accountDomain) })),
  );
  await insertRows(
    db,
    requests,
    batch.requests.map(({ accountDomain, ...row }) => ({ ...row, workspaceId, accountId: accountId(accountDomain) })),
  );
}

/**
 * Loads the demo dataset into `workspaceId`. Each batch commits in its own transaction (a
 * savepoint when the caller already holds one), so a huge load never builds one giant transaction.
 */
export async function loadDataset(
  db: Db,
  workspaceId: string,
  options: LoadDatasetOptions,
): Promise<{ accounts: number }> {
  const generatorOptions = {
    seed: options.seed ?? demoDefaults.seed,
    accounts: options.accounts ?? demoDefaults.accounts,
    usageDays: options.usageDays ?? demoDefaults.usageDays,
    now: options.now,
  };
  const features = generateShippedFeatures(generatorOptions);
  await insertRows(
    db,
    shippedFeatures,
    features.map((feature) => ({ ...feature, workspaceId })),
  );
  let done = 0;
  for (const batch of generateDemoBatches(generatorOptions)) {
    await db.transaction(async (tx) => {
      await insertBatch(tx, workspaceId, batch);
    });
    done += batch.accounts.length;
    options.onProgress?.(done, generatorOptions.accounts);
  }
  // The sources' first revisions and the price books' rates: what the revenue ledger reads.
  await recordRevisions(db, workspaceId, options.now, 'all');
  await seedRevisionHistory(db, workspaceId, options.now);
  await db
    .insert(currencyRates)
    .values(demoCurrencyRates.map((rate) => ({ ...rate, workspaceId })))
    .onConflictDoNothing();
  return { accounts: done };
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
