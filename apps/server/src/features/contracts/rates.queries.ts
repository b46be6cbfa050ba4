import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { currencyRates, ledgerRollups, workspaces } from '../../db/schema';

/** The workspace's rates table, by currency. */
export async function listCurrencyRates(db: Db, workspaceId: string) {
  return db
    .select({ currency: currencyRates.currency, rate: currencyRates.rate, updatedAt: currencyRates.updatedAt })
    .from(currencyRates)
    .where(eq(currencyRates.workspaceId, workspaceId))
    .orderBy(asc(currencyRates.currency));
}

/** The currencies the last ledger rebuild found without a rate (none before the first rebuild). */
export async function findMissingRates(db: Db, workspaceId: string): Promise<string[]> {
  const [rollup] = await db
    .select({ missing: ledgerRollups.missingRates })
    .from(ledgerRollups)
    .where(eq(ledgerRollups.workspaceId, workspaceId))
    .limit(1);
  return rollup?.missing ?? [];
}

/** Sets the reporting currency and replaces the rates table, in one transaction. */
export async function replaceCurrencyRates(
  db: Db,
  workspaceId: string,
  reportingCurrency: string,
  rates: { currency: string; rate: string }[],
) {
  await db.transaction(async (tx) => {
    await tx.update(workspaces).set({ reportingCurrency }).where(eq(workspaces.id, workspaceId));
    await tx.delete(currencyRates).where(eq(currencyRates.workspaceId, workspaceId));
    if (rates.length > 0) {
      await tx
        .insert(currencyRates)
        .values(
          rates.map((rate) => ({ workspaceId, currency: rate.currency, rate: rate.rate, updatedAt: sql`now()` })),
        );
    }
  });
}
