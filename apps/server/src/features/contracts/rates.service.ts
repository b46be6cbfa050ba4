import type { z } from 'zod';
import type { putCurrencyRatesInputSchema } from '@success/shared/ledger';
import type { Db } from '../../db/client';
import { AppError } from '../../lib/errors';
import type { Actor } from '../auth/actor';
import { getReportingCurrency } from './ledger-inputs.queries';
import { findMissingRates, listCurrencyRates, replaceCurrencyRates } from './rates.queries';
import { refreshDerivedData } from '../../jobs/refresh-workspace';

export async function getCurrencyRates(db: Db, actor: Actor) {
  const workspaceId = actor.dataWorkspaceId;
  const [reportingCurrency, rows, missing] = await Promise.all([
    getReportingCurrency(db, workspaceId),
    listCurrencyRates(db, workspaceId),
    findMissingRates(db, workspaceId),
  ]);
  return {
    reportingCurrency,
    rates: rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    missing,
  };
}

/** Replaces the rates table (admins), then rebuilds the ledger so every rollup uses the new rates. */
export async function putCurrencyRates(
  db: Db,
  actor: Actor,
  input: z.output<typeof putCurrencyRatesInputSchema>,
  now: Date,
) {
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
  await replaceCurrencyRates(db, workspaceId, input.reportingCurrency, input.rates);
  await refreshDerivedData(db, workspaceId, now);
  return getCurrencyRates(db, actor);
}
