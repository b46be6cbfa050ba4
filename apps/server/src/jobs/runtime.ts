import { hostname } from 'node:os';
import type { Env } from '../config/env';
import { loadSecretKey } from '../config/secret-key';
import type { Db } from '../db/client';
import type { SyncDeps } from '../integrations/sync-engine';
import { createEncryptor } from '../lib/encryption';
import { createInProcessQueue } from './in-process-queue';
import type { JobQueue } from './job-queue';
import { createPgBossQueue } from './pg-boss-queue';

type Logger = { info: (message: string) => void; error: (object: unknown, message: string) => void };

/**
 * Encryption and the job queue: what both `npm start` and `npm run worker` run. Embedded: jobs
 * run in this process. On a PostgreSQL server: a shared pg-boss queue, worked by every process
 * that runs jobs. Processes that run jobs also schedule the cron jobs (due syncs, stale scores).
 */
export async function createRuntime(env: Env, db: Db, log: Logger, options: { isWorking: boolean }) {
  const encryptor = createEncryptor(loadSecretKey(env, (message) => log.info(message)));
  const now = () => new Date();
  const deps: SyncDeps = {
    db,
    encryptor,
    now,
    workerId: `${hostname()}:${process.pid}`,
    leaseMs: env.SYNC_LEASE_SECONDS * 1000,
  };
  const jobs: JobQueue = env.DATABASE_URL
    ? await createPgBossQueue(env.DATABASE_URL, deps, log, {
        isWorking: options.isWorking,
        isScheduling: options.isWorking,
      })
    : createInProcessQueue(deps, log, { isScheduling: options.isWorking });
  return { encryptor, jobs, stop: () => jobs.stop() };
}
