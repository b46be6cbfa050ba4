import { z } from 'zod';
import { noContentSchema } from '@success/shared/responses';
import { createUserInputSchema, updateUserInputSchema, userSchema, userListSchema } from '@success/shared/users';
import type { App, AppContext } from '../../http/app-types';
import { requireActor, requireAdmin } from '../../http/guards';
import { changeMemberRole, createMember, listMembers, removeMember } from './users.service';

const idParams = z.object({ id: z.uuid() });

export function registerUserRoutes(app: App, { db }: AppContext) {
  app.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Members of the workspace',
        response: { 200: userListSchema },
      },
    },
    async (request) => ({ items: await listMembers(db, requireActor(request)) }),
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Add a member (admin)',
        body: createUserInputSchema,
        response: { 201: userSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createMember(db, requireAdmin(request), request.body)),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: "Change a member's role (admin)",
        params: idParams,
        body: updateUserInputSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => changeMemberRole(db, requireAdmin(request), request.params.id, request.body.role),
  );

  app.delete(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Remove a member (admin)',
        params: idParams,
        response: { 204: noContentSchema },
      },
    },
    async (request, reply) => {
      await removeMember(db, requireAdmin(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
