import { batchResultSchema, signalBatchSchema } from '@success/shared/integrations';
import type { App, AppContext } from '../../http/app-types';
import { requireWriter } from '../../http/guards';
import { assertSuccessEnabled } from '../workspace/workspace.service';
import { ingestCalls, ingestSignals } from './signals.service';

export function registerSignalRoutes(app: App, { db }: AppContext) {
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
      await assertSuccessEnabled(db, actor);
      return ingestSignals(db, actor, request.body.items);
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
      await assertSuccessEnabled(db, actor);
      return ingestCalls(db, actor, request.body.items);
    },
  );
}
