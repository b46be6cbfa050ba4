import { z } from 'zod';
import { currencyRatesSchema, ledgerListQuerySchema, ledgerRowDetailSchema, ledgerRowSchema, ledgerSettingsSchema, ledgerSummarySchema, movementsQuerySchema, movementsSchema, putCurrencyRatesInputSchema, renewalsQuerySchema, setIgnoredInputSchema, ledgerRowListSchema } from '@success/shared/ledger';
import { ledgerCsvColumns } from '@success/shared/ledger';
import { pageSchema } from '@success/shared/pagination';
import type { App, AppContext } from '../../http/app-types';
import { requireActor, requireAdmin, requireWriter } from '../../http/guards';
import {
  exportContractsCsv,
  getContract,
  getContractsSummary,
  getMovements,
  listAccountRevenue,
  listContracts,
  listRenewals,
  setContractIgnored,
} from './contracts.service';
import { getLedgerSettings, saveLedgerSettings } from './ledger-settings.service';
import { getCurrencyRates, putCurrencyRates } from './rates.service';

const idParams = z.object({ id: z.string().uuid({ message: 'A ledger row id is a UUID.' }) });
const tags = ['contracts'];

export function registerContractsRoutes(app: App, { db, now }: AppContext) {
  app.get(
    '/success/contracts',
    {
      schema: {
        tags,
        summary: 'The revenue ledger: one row per revenue across Salesbricks and Stripe, filtered, sorted, paged',
        querystring: ledgerListQuerySchema,
        response: { 200: pageSchema(ledgerRowSchema) },
      },
    },
    async (request) => listContracts(db, requireActor(request), request.query, now()),
  );

  app.get(
    '/success/contracts/summary',
    {
      schema: {
        tags,
        summary: 'Totals in the reporting currency: MRR, ARR, past-due ARR, ARR renewing in 30/60/90 days',
        response: { 200: ledgerSummarySchema },
      },
    },
    async (request) => getContractsSummary(db, requireActor(request), now()),
  );

  app.get(
    '/success/contracts/movements',
    {
      schema: {
        tags,
        summary:
          'MRR movements per month (new, expansion, contraction, churn, reactivation), the MRR line, NRR and GRR',
        querystring: movementsQuerySchema,
        response: { 200: movementsSchema },
      },
    },
    async (request) => getMovements(db, requireActor(request), request.query, now()),
  );

  app.get(
    '/success/contracts/renewals',
    {
      schema: {
        tags,
        summary: 'What renews in the next 30/60/90/180 days, by date or ARR',
        querystring: renewalsQuerySchema,
        response: { 200: pageSchema(ledgerRowSchema) },
      },
    },
    async (request) => listRenewals(db, requireActor(request), request.query, now()),
  );

  app.get(
    '/success/contracts/export.csv',
    {
      schema: {
        tags,
        summary: 'The filtered ledger as CSV',
        querystring: ledgerListQuerySchema.omit({ cursor: true, limit: true }),
        response: {
          200: {
            description: `A CSV file with the columns ${ledgerCsvColumns.join(', ')}`,
            content: { 'text/csv': { schema: z.string() } },
          },
        },
      },
    },
    async (request, reply) => {
      const csv = await exportContractsCsv(db, requireActor(request), request.query, now());
      const day = now().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="contracts-${day}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/success/contracts/rates',
    {
      schema: {
        tags,
        summary: 'Reporting currency and exchange rates (units of each currency per reporting unit)',
        response: { 200: currencyRatesSchema },
      },
    },
    async (request) => getCurrencyRates(db, requireActor(request)),
  );

  app.put(
    '/success/contracts/rates',
    {
      schema: {
        tags,
        summary: 'Replace the rates table (admin); the ledger is rebuilt with the new rates',
        body: putCurrencyRatesInputSchema,
        response: { 200: currencyRatesSchema },
      },
    },
    async (request) => putCurrencyRates(db, requireAdmin(request), request.body, now()),
  );

  app.get(
    '/success/contracts/settings',
    {
      schema: {
        tags,
        summary: 'How the ledger counts discounts and long-overdue subscriptions',
        response: { 200: ledgerSettingsSchema },
      },
    },
    async (request) => getLedgerSettings(db, requireActor(request)),
  );

  app.put(
    '/success/contracts/settings',
    {
      schema: {
        tags,
        summary: 'Change the counting rules (admin); the ledger is rebuilt under them',
        body: ledgerSettingsSchema,
        response: { 200: ledgerSettingsSchema },
      },
    },
    async (request) => saveLedgerSettings(db, requireAdmin(request), request.body, now()),
  );

  app.get(
    '/success/contracts/:id',
    {
      schema: {
        tags,
        summary: 'One ledger row with its sources, invoices and payment events',
        params: idParams,
        response: { 200: ledgerRowDetailSchema },
      },
    },
    async (request) => getContract(db, requireActor(request), request.params.id, now()),
  );

  app.put(
    '/success/contracts/:id/ignore',
    {
      schema: {
        tags,
        summary: 'Ignore a row from ARR (a reason is required) or count it again',
        params: idParams,
        body: setIgnoredInputSchema,
        response: { 200: ledgerRowSchema },
      },
    },
    async (request) => setContractIgnored(db, requireWriter(request), request.params.id, request.body, now()),
  );

  app.get(
    '/success/customers/:companyDomain/revenue',
    {
      schema: {
        tags,
        summary: "The account's revenue sources as ledger rows (Customer Detail)",
        params: z.object({ companyDomain: z.string().min(1).max(253) }),
        response: { 200: ledgerRowListSchema },
      },
    },
    async (request) => listAccountRevenue(db, requireActor(request), request.params.companyDomain, now()),
  );
}
