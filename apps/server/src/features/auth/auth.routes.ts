import { z } from 'zod';
import { createdTokenSchema, createTokenInputSchema, apiTokenListSchema } from '@success/shared/api-tokens';
import { loginInputSchema, meSchema } from '@success/shared/auth';
import { noContentSchema } from '@success/shared/responses';
import type { FastifyReply } from 'fastify';
import type { App, AppContext } from '../../http/app-types';
import { requireActor } from '../../http/guards';
import { AppError } from '../../lib/errors';
import { getMe } from '../workspace/workspace.service';
import { authenticate, createApiToken, createSession, deleteApiToken, endSession, listTokens } from './auth.service';

export const sessionCookieName = 'success_session';

export function setSessionCookie(
  reply: FastifyReply,
  context: AppContext,
  session: { token: string; expiresAt: Date },
) {
  void reply.setCookie(sessionCookieName, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: context.env.COOKIE_SECURE,
    path: '/',
    expires: session.expiresAt,
  });
}

export function registerAuthRoutes(app: App, context: AppContext) {
  const { db } = context;

  app.post(
    '/auth/login',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in and receive the session cookie',
        body: loginInputSchema,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const result = await authenticate(db, request.body.email, request.body.password, context.now());
      if (result.outcome === 'throttled') {
        void reply.header('retry-after', String(result.retryAfterSeconds));
        throw new AppError(
          'rate_limited',
          `Too many sign-in attempts. Try again in ${result.retryAfterSeconds} seconds.`,
        );
      }
      const { user } = result;
      const session = await createSession(db, user, context.env.SESSION_TTL_DAYS, context.now());
      setSessionCookie(reply, context, session);
      return getMe(db, user.id);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'End the session', response: { 204: noContentSchema } } },
    async (request, reply) => {
      const token = request.cookies[sessionCookieName];
      if (token) await endSession(db, token);
      void reply.clearCookie(sessionCookieName, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user, workspace and flags', response: { 200: meSchema } } },
    async (request) => {
      const actor = requireActor(request);
      return getMe(db, actor.userId);
    },
  );

  app.get(
    '/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Your API tokens (never the secret)',
        response: { 200: apiTokenListSchema },
      },
    },
    async (request) => ({ items: await listTokens(db, requireActor(request)) }),
  );

  app.post(
    '/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an API token; the secret is returned once',
        body: createTokenInputSchema,
        response: { 201: createdTokenSchema },
      },
    },
    async (request, reply) => {
      const token = await createApiToken(db, requireActor(request), request.body.name);
      return reply.status(201).send(token);
    },
  );

  app.delete(
    '/auth/tokens/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Revoke an API token',
        params: z.object({ id: z.uuid() }),
        response: { 204: noContentSchema },
      },
    },
    async (request, reply) => {
      await deleteApiToken(db, requireActor(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
