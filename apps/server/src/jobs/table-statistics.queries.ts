import { getTableName, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
  accounts,
  activities,
  healthSnapshots,
  invoices,
  ledgerEntries,
  ledgerMovements,
  ledgerRollups,
  paymentEvents,
  providerCustomers,
  revenueSourceRevisions,
  revenueSources,
  signals,
  usageDaily,
} from '../db/schema';

/**
 * The tables a bulk pass writes: what a sync brings in (the refresh's inputs) and what the
 * refresh rewrites (ledger, rollups, scores, snapshots).
 */
const bulkWrittenTables = [
  revenueSources,
  revenueSourceRevisions,
  invoices,
  paymentEvents,
  usageDaily,
  signals,
  activities,
  providerCustomers,
  accounts,
  ledgerEntries,
  ledgerMovements,
  ledgerRollups,
  healthSnapshots,
];

/**
 * Refreshes the planner's statistics of the tables a bulk pass wrote. Without them the planner
 * guesses and reads whole tables (autovacuum cannot be assumed, and embedded PGlite has none).
 * ANALYZE takes a lock that neither reads nor writes wait on; call it after the pass commits.
 */
export async function analyzeBulkWrittenTables(db: Db): Promise<void> {
  const names = bulkWrittenTables.map((table) => sql.identifier(getTableName(table)));
  await db.execute(sql`analyze ${sql.join(names, sql`, `)}`);
}
