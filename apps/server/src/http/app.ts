import Fastify, { type FastifyBaseLogger } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Env } from '../config/env';
import type { Db } from '../db/client';
import { pingDatabase } from '../db/client';
import { resolveActor } from '../features/auth/auth.service';
import { registerAuthRoutes, sessionCookieName } from '../features/auth/auth.routes';
import { registerSetupRoutes } from '../features/setup/setup.routes';
import { registerUserRoutes } from '../features/users/users.routes';
import { registerWorkspaceRoutes } from '../features/workspace/workspace.routes';
import { registerAccessRequestRoutes } from '../features/access-requests/access-requests.routes';
import { registerDemoRoutes } from '../features/demo/demo.routes';
import { registerCustomerRoutes } from '../features/customers/customers.routes';
import { registerHealthQueueRoutes } from '../features/health/health-queue.routes';
import { registerIntegrationRoutes } from '../features/integrations/integrations.routes';
import { registerContractsRoutes } from '../features/contracts/contracts.routes';
import { registerHealthRoutes } from '../features/health/health.routes';
import { registerRoutingRoutes } from '../features/routing/routing.routes';
import { registerSignalRoutes } from '../features/signals/signals.routes';
import { registerWebhookRoutes } from '../features/webhooks/webhooks.routes';
import { registerWinbackRoutes } from '../features/re-engage/winback.routes';
import type { JobQueue } from '../jobs/job-queue';
import type { Encryptor } from '../lib/encryption';
import type { App, AppContext } from './app-types';
import { createLogger } from './logger';
import { handleError, sendProblem } from './problem';
import { refuseCrossSiteRequests } from './csrf';
import { answerClientError, answerFrameworkError, refuseLongUrl } from './framework-errors';
import { refuseControlCharacters } from './input-guard';
import { registerWebApp } from './web-app';
import { gateSuccessRoutes } from './success-gate';

export type BuildAppOptions = {
  db: Db;
  env: Env;
  encryptor: Encryptor;
  jobs: JobQueue;
  now?: () => Date;
  /** Serve the built web app (off in API tests). */
  isWebEnabled?: boolean;
  /** false silences logging (tests); default is the app's redacting logger. */
  logger?: false | FastifyBaseLogger;
};

export { createLogger } from './logger';

export const apiPrefix = '/v3/rest';

function bearerToken(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

export async function buildApp(options: BuildAppOptions): Promise<App> {
  const context: AppContext = {
    db: options.db,
    env: options.env,
    now: options.now ?? (() => new Date()),
    encryptor: options.encryptor,
    jobs: options.jobs,
  };
  const app = Fastify({
    ...(options.logger === false ? { logger: false } : { loggerInstance: options.logger ?? createLogger(options.env) }),
    bodyLimit: 1024 * 1024,
    // Errors before routing (a bad URL, unparsable HTTP) answer problem+json like the rest.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    trustProxy: options.env.TRUST_PROXY,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest('actor', null);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Success API',
        version: '3.0.0',
        description:
          'REST API of the Success customer-success workspace. Authenticate with the session cookie or `Authorization: Bearer <API token>`. Errors are application/problem+json (RFC 9457). Lists use cursor pagination: `{ items, nextCursor }`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: sessionCookieName },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  app.addHook('onRequest', refuseLongUrl);
  app.addHook(
    'onRequest',
    refuseCrossSiteRequests(
      (request) => !request.url.startsWith(apiPrefix) || request.url.startsWith(`${apiPrefix}/webhooks/`),
    ),
  );
  app.addHook('preValidation', refuseControlCharacters);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith(apiPrefix)) return;
    request.actor = await resolveActor(
      context.db,
      { bearerToken: bearerToken(request.headers.authorization), sessionToken: request.cookies[sessionCookieName] },
      context.now(),
    );
  });
  // After the actor: a workspace without the `success` flag gets the same problem on every
  // /success route, before its input is even read.
  app.addHook('onRequest', gateSuccessRoutes(context.db, apiPrefix));

  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    await pingDatabase(context.db);
    return reply.send({ status: 'ok' });
  });

  await app.register(
    (api, _options, done) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      typed.get('/openapi.json', { schema: { hide: true } }, () => typed.swagger());
      registerSetupRoutes(typed, context);
      registerAuthRoutes(typed, context);
      registerUserRoutes(typed, context);
      registerWorkspaceRoutes(typed, context);
      registerAccessRequestRoutes(typed, context);
      registerDemoRoutes(typed, context);
      registerHealthQueueRoutes(typed, context);
      registerCustomerRoutes(typed, context);
      registerIntegrationRoutes(typed, context);
      registerSignalRoutes(typed, context);
      registerRoutingRoutes(typed, context);
      registerHealthRoutes(typed, context);
      registerContractsRoutes(typed, context);
      registerWebhookRoutes(typed, context);
      registerWinbackRoutes(typed, context);
      typed.setNotFoundHandler((request, reply) =>
        sendProblem(
          reply,
          request,
          'not_found',
          `There is no API route ${request.method} ${request.url.split('?')[0]}.`,
        ),
      );
      done();
    },
    { prefix: apiPrefix },
  );

  if (options.isWebEnabled) await registerWebApp(app, options.env);
  else
    app.setNotFoundHandler((request, reply) => sendProblem(reply, request, 'not_found', `Nothing at ${request.url}.`));
  return app;
}
