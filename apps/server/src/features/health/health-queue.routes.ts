import { accountListQuerySchema, accountSummarySchema, healthOwnersSchema } from '@success/shared/accounts';
import { pageSchema } from '@success/shared/pagination';
import type { App, AppContext } from '../../http/app-types';
import { requireActor } from '../../http/guards';
import { listHealthOwners, listHealthQueue } from './health-queue.service';

export function registerHealthQueueRoutes(app: App, { db, now }: AppContext) {
  app.get(
    '/success/health',
    {
      schema: {
        tags: ['success'],
        summary: 'The Health queue: tracked accounts (untracked with includeUntracked=true), cursor-paginated',
        querystring: accountListQuerySchema,
        response: { 200: pageSchema(accountSummarySchema) },
      },
    },
    async (request) => listHealthQueue(db, requireActor(request), request.query, now()),
  );

  app.get(
    '/success/health/owners',
    {
      schema: {
        tags: ['success'],
        summary: 'Account owners, for the Health owner filter',
        response: { 200: healthOwnersSchema },
      },
    },
    async (request) => listHealthOwners(db, requireActor(request)),
  );
}
