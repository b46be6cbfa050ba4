/**
 * Writes the Pied Piper demo dataset into one workspace. Rows stream from the generator one batch
 * of accounts at a time and go in as multi-row inserts, so 100,000 accounts load with flat memory.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client';
import { recordRevisions } from '../features/contracts/revisions.queries';
import { generateShippedFeatures } from './builders/shipped-features';
import { demoCurrencyRates } from './catalogue/currencies';
import type { DemoBatch } from './demo-rows';
import { demoEnrichment } from './enrichment';
import { generateDemoBatches } from './generator';
import {
  insertAccountRowsBatch,
  insertMissingCurrencyRates,
  insertShippedFeatures,
  type AccountRowsBatch,
} from './load.queries';
import { demoDefaults } from './options';
import { seedRevisionHistory } from './revision-history';

export type LoadDatasetOptions = {
  seed?: number;
  accounts?: number;
  now: Date;
  usageDays?: number;
  /** Called after each batch is committed with the accounts loaded so far and the total. */
  onProgress?: (done: number, total: number) => void;
};

function lookup(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  // The generator guarantees every reference; a miss means a generator bug, so fail loudly.
  if (!id) throw new Error(`demo loader: no ${what} for ${key}`);
  return id;
}

/** Gives the batch's rows ids and swaps the generator's domains and external ids for them. */
function toRows(workspaceId: string, batch: DemoBatch): AccountRowsBatch {
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

  const ofAccount = <T extends { accountDomain: string }>({ accountDomain, ...row }: T) => ({
    ...row,
    workspaceId,
    accountId: accountId(accountDomain),
  });

  return {
    accounts: accountRows,
    enrichments: batch.accounts.flatMap((account) => {
      const enrichment = demoEnrichment(account);
      return enrichment ? [ofAccount(enrichment)] : [];
    }),
    contacts: batch.contacts.map(ofAccount),
    revenueSources: sourceRows,
    invoices: invoiceRows,
    paymentEvents: batch.paymentEvents.map(({ accountDomain, invoiceExternalId, ...row }) => ({
      ...row,
      workspaceId,
      accountId: accountId(accountDomain),
      invoiceId: lookup(invoiceIds, `${row.provider}:${invoiceExternalId}`, 'invoice'),
    })),
    usageDaily: batch.usageDaily.map(ofAccount),
    signals: batch.signals.map(ofAccount),
    activities: batch.activities.map(ofAccount),
    deals: batch.deals.map(ofAccount),
    requests: batch.requests.map(ofAccount),
  };
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
  await insertShippedFeatures(
    db,
    features.map((feature) => ({ ...feature, workspaceId })),
  );
  let done = 0;
  for (const batch of generateDemoBatches(generatorOptions)) {
    await insertAccountRowsBatch(db, toRows(workspaceId, batch));
    done += batch.accounts.length;
    options.onProgress?.(done, generatorOptions.accounts);
  }
  // The sources' first revisions and the price books' rates: what the revenue ledger reads.
  await recordRevisions(db, workspaceId, options.now, 'all');
  await seedRevisionHistory(db, workspaceId, options.now);
  await insertMissingCurrencyRates(
    db,
    demoCurrencyRates.map((rate) => ({ ...rate, workspaceId })),
  );
  return { accounts: done };
}
