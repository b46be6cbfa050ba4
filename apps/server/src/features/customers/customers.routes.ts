import { z } from 'zod';
import {
  customerDetailSchema,
  feedItemSchema,
  feedQuerySchema,
  setTrackingInputSchema,
  trackingSchema,
} from '@success/shared/customers';
import { pageSchema } from '@success/shared/pagination';
import type { App, AppContext } from '../../http/app-types';
import { requireActor, requireWriter } from '../../http/guards';
import { getActivityFeed, setTracking } from './activity-feed.service';
import { getCustomerDetail } from './customers.service';

const domainParams = z.object({ companyDomain: z.string().min(1).max(253) });

export function registerCustomerRoutes(app: App, { db, now }: AppContext) {
  app.get(
    '/success/customers/:companyDomain/activity',
    {
      schema: {
        tags: ['success'],
        summary: 'The account timeline: calls, emails, projects, signals, contract changes, payments, routes, tracking',
        params: domainParams,
        querystring: feedQuerySchema,
        response: { 200: pageSchema(feedItemSchema) },
      },
    },
    async (request) => getActivityFeed(db, requireActor(request), request.params.companyDomain, request.query),
  );

  app.put(
    '/success/customers/:companyDomain/tracking',
    {
      schema: {
        tags: ['success'],
        summary: 'Untrack or re-track an account (recorded in its timeline)',
        params: domainParams,
        body: setTrackingInputSchema,
        response: { 200: trackingSchema },
      },
    },
    async (request) =>
      setTracking(
        db,
        requireWriter(request),
        request.params.companyDomain,
        request.body.isTracked,
        request.body.reason,
        now(),
      ),
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
