import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../db/client';
import type { Env } from '../config/env';
import type { Actor } from '../features/auth/actor';
import type { JobQueue } from '../jobs/job-queue';
import type { Encryptor } from '../lib/encryption';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What every feature's routes receive: plain dependencies, so tests can swap the clock. */
export type AppContext = {
  db: Db;
  env: Env;
  now: () => Date;
  encryptor: Encryptor;
  jobs: JobQueue;
};

declare module 'fastify' {
  // Module augmentation needs an interface to merge with Fastify's own.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    actor: Actor | null;
  }
}
