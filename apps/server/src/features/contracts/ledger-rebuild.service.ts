import type { Db } from '../../db/client';
import type { AccountScope } from '../../lib/account-scope';
import { buildLedger } from './ledger-assembly';
import { loadLedgerSources, loadPaymentFacts, loadLedgerConfig, loadRevisions } from './ledger-inputs.queries';
import { withDerivedDataLocked } from '../../jobs/refresh-lock.queries';
import { loadAccountLabels, writeLedger } from './ledger-rebuild.queries';

/**
 * Rebuilds a workspace's revenue ledger from its sources: rows (reconciled, converted), account
 * rollups and MRR movements, replaced in one transaction so readers never see half a ledger, and
 * under the workspace's derived-data lock so two rebuilds never write at once.
 * Runs after syncs, on demo load and when rates change; `scope` redoes one account only (a row
 * ignored from ARR), whose rows, movements and rollup are independent of every other account's.
 */
export async function rebuildLedger(
  db: Db,
  workspaceId: string,
  now: Date,
  scope: AccountScope = null,
) {
  const accountId = scope?.accountIds[0] ?? null;
  // Read after the lock, so a rebuild that waited builds on what the one before it committed.
  return withDerivedDataLocked(db, workspaceId, async (tx) => {
    const sources = await loadLedgerSources(tx, workspaceId, accountId);
    // One after another: a transaction is one connection, which runs one query at a time anyway.
    const revisions = await loadRevisions(tx, workspaceId, accountId ? sources.map((source) => source.id) : null);
    const payments = await loadPaymentFacts(tx, workspaceId, accountId, now);
    const { reportingCurrency, rates, settings } = await loadLedgerConfig(tx, workspaceId);
    const accountLabels = await loadAccountLabels(tx, workspaceId, accountId);
    const build = buildLedger({ sources, revisions, payments, reportingCurrency, rates, settings, accountLabels, now });
    await writeLedger(tx, workspaceId, accountId, build, reportingCurrency, now);
    return { entries: build.entries.length, movements: build.movements.length, missingRates: build.missingRates };
  });
}
