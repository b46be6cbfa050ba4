import { accountSummarySchema } from '@success/shared/accounts';
import { pageQuerySchema, pageSchema } from '@success/shared/pagination';
import { z } from 'zod';
import type { App, AppContext } from '../../http/app-types';
import { requireActor } from '../../http/guards';
import { listWinbackCandidates } from './winback.service';

const winbackQuerySchema = pageQuerySchema.extend({
  includeUntracked: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export function registerWinbackRoutes(app: App, { db, now }: AppContext) {
  app.get(
    '/success/re-engage/winback',
    {
      schema: {
        tags: ['success'],
        summary: 'Winback candidates: churned accounts (every paying source ended), largest last MRR first',
        querystring: winbackQuerySchema,
        response: { 200: pageSchema(accountSummarySchema) },
      },
    },
    async (request) => listWinbackCandidates(db, requireActor(request), request.query, now()),
  );
}
