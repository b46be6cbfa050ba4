import { meSchema, setupInputSchema, setupStatusSchema } from '@success/shared/auth';
import type { App, AppContext } from '../../http/app-types';
import { createSession } from '../auth/auth.service';
import { setSessionCookie } from '../auth/auth.routes';
import { getMe } from '../workspace/workspace.service';
import { isSetupRequired, setupInstance } from './setup.service';

export function registerSetupRoutes(app: App, context: AppContext) {
  const { db } = context;

  app.get(
    '/setup',
    {
      schema: {
        tags: ['setup'],
        summary: 'Whether first-run setup is still needed',
        security: [],
        response: { 200: setupStatusSchema },
      },
    },
    async () => ({ isSetupRequired: await isSetupRequired(db) }),
  );

  app.post(
    '/setup',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['setup'],
        summary: 'Create the first workspace and its admin (only while no user exists; 409 afterwards)',
        security: [],
        body: setupInputSchema,
        response: { 201: meSchema },
      },
    },
    async (request, reply) => {
      const { user } = await setupInstance(db, request.body);
      const session = await createSession(db, user, context.env.SESSION_TTL_DAYS, context.now());
      setSessionCookie(reply, context, session);
      return reply.status(201).send(await getMe(db, user.id));
    },
  );
}
