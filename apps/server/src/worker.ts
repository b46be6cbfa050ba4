import { loadEnv } from './config/env';
import { openDatabase } from './db/client';
import { createLogger } from './http/app';
import { createRuntime } from './jobs/runtime';

/**
 * `npm run worker`: runs the background jobs (syncs, ledger and score refreshes, the cron jobs in
 * `jobs/job-registry.ts`) without serving HTTP. Start several against one PostgreSQL server; the
 * per-connection lease keeps each connection syncing in one place at a time.
 */
async function main() {
  const env = loadEnv();
  const log = createLogger(env);
  if (!env.DATABASE_URL)
    log.warn(
      'no DATABASE_URL: the embedded database allows one process; run the worker only against a PostgreSQL server',
    );
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  const runtime = await createRuntime(env, database.db, log, { isWorking: true });
  log.info('worker started: running jobs; due syncs are enqueued every minute');
  const shutdown = async () => {
    await runtime.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
