import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, ledgerEntries, ledgerMovements, ledgerRollups } from '../../db/schema';
import type { AccountRollup, LedgerBuild } from './ledger-assembly';

const insertChunk = 1_000;

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < rows.length; index += size) out.push(rows.slice(index, index + size));
  return out;
}


/** "name domain" of each account (one account when `accountId` is set), for the rows' search text. */
export async function loadAccountLabels(
  db: Db,
  workspaceId: string,
  accountId: string | null,
): Promise<Map<string, string>> {
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

/**
 * Replaces the ledger (one account's part when `accountId` is set): rows, movements, account
 * rollups and, for a whole rebuild, the workspace rollup. `tx` is the rebuild's transaction,
 * which holds the workspace's lock.
 */
export async function writeLedger(
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
