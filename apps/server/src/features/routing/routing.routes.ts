import { z } from 'zod';
import { pageSchema } from '@success/shared/pagination';
import {
  createRouteInputSchema,
  resolveRouteInputSchema,
  routeListQuerySchema,
  routeSchema,
} from '@success/shared/routing';
import type { App, AppContext } from '../../http/app-types';
import { requireActor, requireWriter } from '../../http/guards';
import { createRoute, listRoutes, resolveRoute } from './routing.service';

export function registerRoutingRoutes(app: App, { db, now }: AppContext) {
  app.post(
    '/success/routes',
    {
      schema: {
        tags: ['success'],
        summary: 'Route an account to another section (only the allowed moves; 422 names the allowed targets)',
        body: createRouteInputSchema,
        response: { 201: routeSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRoute(db, requireWriter(request), request.body, now())),
  );

  app.get(
    '/success/routes',
    {
      schema: {
        tags: ['success'],
        summary: 'Routes, newest first; filter by destination, state or account',
        querystring: routeListQuerySchema,
        response: { 200: pageSchema(routeSchema) },
      },
    },
    async (request) => listRoutes(db, requireActor(request), request.query),
  );

  app.patch(
    '/success/routes/:id',
    {
      schema: {
        tags: ['success'],
        summary: 'Mark a route done or dismiss it',
        params: z.object({ id: z.uuid() }),
        body: resolveRouteInputSchema,
        response: { 200: routeSchema },
      },
    },
    async (request) => resolveRoute(db, requireWriter(request), request.params.id, request.body.state, now()),
  );
}
