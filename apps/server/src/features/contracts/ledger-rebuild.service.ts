import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, ledgerEntries, ledgerMovements, ledgerRollups } from '../../db/schema';
import { buildLedger, type AccountRollup, type LedgerBuild } from './ledger-assembly';
import { loadLedgerSources, loadPaymentFacts, loadLedgerConfig, loadRevisions } from './ledger-inputs.queries';
import { lockWorkspaceDerivedData } from '../../jobs/refresh-lock.queries';

const insertChunk = 1_000;

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < rows.length; index += size) out.push(rows.slice(index, index + size));
  return out;
}

async function loadAccountLabels(db: Db, workspaceId: string, accountId: string | null): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: accounts.id, name: accounts.name, domain: accounts.domain })
    .from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), accountId ? eq(accounts.id, accountId) : undefined));
  return new Map(rows.map((row) => [row.id, `${row.name} ${row.domain}`]));
}

async function writeAccountRollups(db: Db, workspaceId: string, accountId: string | null, rollups: AccountRollup[]) {
  // Accounts that lost their revenue go back to "no ledger data"; every other account is written
  // once, with its fresh values, below.
  const kept = rollups.map((row) => row.accountId);
  await db
    .update(accounts)
    .set({
      mrrMinor: null,
      arrMinor: null,
      nextRenewalAt: null,
      paymentState: 'none',
      revenueBadge: null,
      churnedAt: null,
      churnedMrrMinor: null,
    })
    .where(
      and(
        eq(accounts.workspaceId, workspaceId),
        accountId ? eq(accounts.id, accountId) : or(isNotNull(accounts.mrrMinor), isNotNull(accounts.revenueBadge)),
        // One array literal, not one bind parameter per id: a workspace may keep 100,000 rollups.
        kept.length > 0 ? sql`not (${accounts.id} = any(${`{${kept.join(',')}}`}::uuid[]))` : undefined,
      ),
    );
  for (const chunk of chunks(rollups, insertChunk)) {
    const values = sql.join(
      chunk.map(
        (row) =>
          sql`(${row.accountId}::uuid, ${row.mrrMinor}::bigint, ${row.arrMinor}::bigint, ${
            row.nextRenewalAt?.toISOString() ?? null
          }::timestamptz, ${row.paymentState}::text, ${row.revenueBadge}::text, ${
            row.churnedAt?.toISOString() ?? null
          }::timestamptz, ${row.churnedMrrMinor}::bigint)`,
      ),
      sql`, `,
    );
    await db.execute(sql`
      update accounts set mrr_minor = v.mrr, arr_minor = v.arr, next_renewal_at = v.renewal,
        payment_state = v.payment, revenue_badge = v.badge, churned_at = v.churned_at, churned_mrr_minor = v.churned_mrr
      from (values ${values}) as v(id, mrr, arr, renewal, payment, badge, churned_at, churned_mrr)
      where accounts.id = v.id and accounts.workspace_id = ${workspaceId}::uuid`);
  }
}

/** Replaces the ledger; `tx` is the rebuild's transaction, which holds the workspace's lock. */
async function writeLedger(
  tx: Db,
  workspaceId: string,
  accountId: string | null,
  build: LedgerBuild,
  reportingCurrency: string,
  now: Date,
) {
  await tx
    .delete(ledgerEntries)
    .where(
      and(eq(ledgerEntries.workspaceId, workspaceId), accountId ? eq(ledgerEntries.accountId, accountId) : undefined),
    );
  await tx
    .delete(ledgerMovements)
    .where(
      and(
        eq(ledgerMovements.workspaceId, workspaceId),
        accountId ? eq(ledgerMovements.accountId, accountId) : undefined,
      ),
    );
  for (const chunk of chunks(build.entries, insertChunk)) {
    // A row's id is its primary source's: stable across rebuilds, so links and open sheets survive.
    await tx.insert(ledgerEntries).values(
      chunk.map((entry) => ({
        ...entry,
        id: entry.primarySourceId,
        workspaceId,
        reportingCurrency,
        computedAt: now,
      })),
    );
  }
  for (const chunk of chunks(build.movements, insertChunk * 5)) {
    await tx.insert(ledgerMovements).values(chunk.map((movement) => ({ ...movement, workspaceId })));
  }
  await writeAccountRollups(tx, workspaceId, accountId, build.accounts);
  if (accountId) return;
  const rates = Object.fromEntries(
    build.entries.flatMap((entry) => (entry.rate === null ? [] : [[entry.currency, entry.rate] as const])),
  );
  const rollup = { reportingCurrency, rates, missingRates: build.missingRates, computedAt: now };
  await tx
    .insert(ledgerRollups)
    .values({ workspaceId, ...rollup })
    .onConflictDoUpdate({ target: ledgerRollups.workspaceId, set: rollup });
}

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
  scope: { accountId: string } | null = null,
) {
  const accountId = scope?.accountId ?? null;
  return db.transaction(async (tx) => {
    // Read after the lock, so a rebuild that waited builds on what the one before it committed.
    await lockWorkspaceDerivedData(tx, workspaceId);
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
