import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { putCurrencyRatesInputSchema } from '@success/shared/ledger';
import type { Db } from '../../db/client';
import { currencyRates, ledgerRollups, workspaces } from '../../db/schema';
import { AppError } from '../../lib/errors';
import type { Actor } from '../auth/actor';
import { assertSuccessEnabled } from '../workspace/workspace.service';
import { getReportingCurrency } from './ledger-inputs.queries';
import { refreshDerivedData } from '../../jobs/refresh-workspace';

export async function getCurrencyRates(db: Db, actor: Actor) {
  await assertSuccessEnabled(db, actor);
  const workspaceId = actor.dataWorkspaceId;
  const [reportingCurrency, rows, [rollup]] = await Promise.all([
    getReportingCurrency(db, workspaceId),
    db
      .select({ currency: currencyRates.currency, rate: currencyRates.rate, updatedAt: currencyRates.updatedAt })
      .from(currencyRates)
      .where(eq(currencyRates.workspaceId, workspaceId))
      .orderBy(asc(currencyRates.currency)),
    db
      .select({ missing: ledgerRollups.missingRates })
      .from(ledgerRollups)
      .where(eq(ledgerRollups.workspaceId, workspaceId))
      .limit(1),
  ]);
  return {
    reportingCurrency,
    rates: rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    missing: rollup?.missing ?? [],
  };
}

/** Replaces the rates table (admins), then rebuilds the ledger so every rollup uses the new rates. */
export async function putCurrencyRates(
  db: Db,
  actor: Actor,
  input: z.output<typeof putCurrencyRatesInputSchema>,
  now: Date,
) {
  await assertSuccessEnabled(db, actor);
  const workspaceId = actor.dataWorkspaceId;
  const currencies = input.rates.map((rate) => rate.currency);
  const duplicate = currencies.find((currency, index) => currencies.indexOf(currency) !== index);
  if (duplicate) throw new AppError('validation_failed', `${duplicate} is listed twice; give each currency one rate.`);
  if (currencies.includes(input.reportingCurrency)) {
    throw new AppError(
      'validation_failed',
      `${input.reportingCurrency} is the reporting currency; its rate is always 1, so leave it out of the table.`,
    );
  }
  await db.transaction(async (tx) => {
    await tx
      .update(workspaces)
      .set({ reportingCurrency: input.reportingCurrency })
      .where(eq(workspaces.id, workspaceId));
    await tx.delete(currencyRates).where(eq(currencyRates.workspaceId, workspaceId));
    if (input.rates.length > 0) {
      await tx
        .insert(currencyRates)
        .values(
          input.rates.map((rate) => ({ workspaceId, currency: rate.currency, rate: rate.rate, updatedAt: sql`now()` })),
        );
    }
  });
  await refreshDerivedData(db, workspaceId, now);
  return getCurrencyRates(db, actor);
}
