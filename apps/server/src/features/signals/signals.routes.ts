import { batchResultSchema, customerRequestListQuerySchema, signalBatchSchema, signalImportInputSchema, signalImportResultSchema, customerRequestListSchema } from '@success/shared/signals';
import type { App, AppContext } from '../../http/app-types';
import { requireActor, requireWriter } from '../../http/guards';
import { importSignalsCsv, ingestCalls, ingestSignals } from './signals.service';
import { listCustomerRequests } from './requests.service';
import { z } from 'zod';

export function registerSignalRoutes(app: App, { db, now }: AppContext) {
  app.post(
    '/success/signals/import',
    {
      schema: {
        tags: ['success'],
        summary: 'Import signals from CSV: dryRun previews rows and per-row errors; otherwise writes the valid rows',
        body: signalImportInputSchema,
        response: { 200: signalImportResultSchema },
      },
    },
    async (request) => {
      const actor = requireWriter(request);
      return importSignalsCsv(db, actor, request.body.csv, request.body.dryRun, now());
    },
  );

  app.post(
    '/success/signals',
    {
      schema: {
        tags: ['success'],
        summary:
          'Ingest a batch of signals (feature requests, complaints, escalations, NPS, praise, commitments); idempotent by externalId',
        body: signalBatchSchema,
        response: { 200: batchResultSchema },
      },
    },
    async (request) => {
      const actor = requireWriter(request);
      return ingestSignals(db, actor, request.body.items, now());
    },
  );

  app.post(
    '/success/calls',
    {
      schema: {
        tags: ['success'],
        summary: 'Ingest a batch of customer calls with summaries; idempotent by externalId',
        body: signalBatchSchema,
        response: { 200: batchResultSchema },
      },
    },
    async (request) => {
      const actor = requireWriter(request);
      return ingestCalls(db, actor, request.body.items, now());
    },
  );

  app.get(
    '/success/customers/:companyDomain/requests',
    {
      schema: {
        tags: ['success'],
        summary: "The account's feature requests, newest first; filter by status (open, shipped, closed)",
        params: z.object({ companyDomain: z.string().min(1).max(253) }),
        querystring: customerRequestListQuerySchema,
        response: { 200: customerRequestListSchema },
      },
    },
    async (request) => listCustomerRequests(db, requireActor(request), request.params.companyDomain, request.query),
  );
}
