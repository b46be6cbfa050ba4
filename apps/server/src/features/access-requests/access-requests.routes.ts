import { z } from 'zod';
import { accessRequestSchema, createAccessRequestInputSchema, resolveAccessRequestInputSchema, accessRequestListSchema } from '@success/shared/access-requests';
import type { App, AppContext } from '../../http/app-types';
import { requireActor, requireAdmin } from '../../http/guards';
import { findMyAccessRequest, listRequests, requestAccess, resolveRequest } from './access-requests.service';

export function registerAccessRequestRoutes(app: App, { db }: AppContext) {
  app.post(
    '/access-requests',
    {
      schema: {
        tags: ['access'],
        summary: 'Ask the admins to enable Success',
        body: createAccessRequestInputSchema,
        response: { 201: accessRequestSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requestAccess(db, requireActor(request), request.body.reason)),
  );

  app.get(
    '/access-requests/mine',
    {
      schema: {
        tags: ['access'],
        summary: 'Your latest access request',
        response: { 200: z.object({ request: accessRequestSchema.nullable() }) },
      },
    },
    async (request) => ({ request: await findMyAccessRequest(db, requireActor(request)) }),
  );

  app.get(
    '/access-requests',
    {
      schema: {
        tags: ['access'],
        summary: 'Access requests of the workspace (admin)',
        querystring: z.object({ status: z.enum(['pending', 'approved', 'dismissed']).optional() }),
        response: { 200: accessRequestListSchema },
      },
    },
    async (request) => ({ items: await listRequests(db, requireAdmin(request), request.query.status) }),
  );

  app.patch(
    '/access-requests/:id',
    {
      schema: {
        tags: ['access'],
        summary: 'Approve (enables Success) or dismiss a request (admin)',
        params: z.object({ id: z.uuid() }),
        body: resolveAccessRequestInputSchema,
        response: { 200: accessRequestSchema },
      },
    },
    async (request) => resolveRequest(db, requireAdmin(request), request.params.id, request.body.status),
  );
}
