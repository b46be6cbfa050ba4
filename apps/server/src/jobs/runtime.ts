import { hostname } from 'node:os';
import type { Env } from '../config/env';
import { loadSecretKey } from '../config/secret-key';
import type { Db } from '../db/client';
import { createEncryptor } from '../lib/encryption';
import { createInProcessQueue } from './in-process-queue';
import type { JobQueue } from './job-queue';
import { startSyncScheduler } from './sync-scheduler';

type Logger = { info: (message: string) => void; error: (object: unknown, message: string) => void };

/** Encryption, the job queue and the sync schedule: what both `npm start` and `npm run worker` run. */
export function createRuntime(env: Env, db: Db, log: Logger, options: { isScheduling: boolean }) {
  const encryptor = createEncryptor(loadSecretKey(env, (message) => log.info(message)));
  const now = () => new Date();
  const jobs: JobQueue = createInProcessQueue(
    { db, encryptor, now, workerId: `${hostname()}:${process.pid}`, leaseMs: env.SYNC_LEASE_SECONDS * 1000 },
    log,
  );
  const stopScheduler = options.isScheduling
    ? startSyncScheduler(db, jobs, now, 30_000, (error) => log.error({ err: error }, 'sync scheduler failed'))
    : () => undefined;
  return {
    encryptor,
    jobs,
    stop: async () => {
      stopScheduler();
      await jobs.stop();
    },
  };
}
