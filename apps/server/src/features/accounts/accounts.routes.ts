import { z } from 'zod';
import { accountListQuerySchema, accountSummarySchema, customerDetailSchema, pageSchema } from '@success/shared/api';
import type { App, AppContext } from '../../http/app-types';
import { requireActor } from '../../http/guards';
import { getCustomerDetail, listHealthQueue } from './accounts.service';

export function registerAccountRoutes(app: App, { db, now }: AppContext) {
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
    '/success/customers/:companyDomain',
    {
      schema: {
        tags: ['success'],
        summary: 'Customer Detail of one account, by company domain',
        params: z.object({ companyDomain: z.string().min(1).max(253) }),
        response: { 200: customerDetailSchema },
      },
    },
    async (request) => getCustomerDetail(db, requireActor(request), request.params.companyDomain, now()),
  );
}
