import { loadEnv } from './config/env';
import { openDatabase } from './db/client';
import { buildApp, createLogger } from './http/app';
import { createRuntime } from './jobs/runtime';

/** Boot order: env → database (and migrations) → jobs → HTTP. */
async function main() {
  const env = loadEnv();
  const log = createLogger(env);
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  log.info(
    database.kind === 'pglite'
      ? `embedded PostgreSQL (PGlite) in ${env.DATA_DIR}`
      : 'PostgreSQL server from DATABASE_URL',
  );
  const runtime = await createRuntime(env, database.db, log, { isWorking: env.RUN_JOBS });
  const app = await buildApp({
    db: database.db,
    env,
    isWebEnabled: true,
    logger: log,
    encryptor: runtime.encryptor,
    jobs: runtime.jobs,
  });

  let isClosing = false;
  const shutdown = async (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    log.info(`${signal}: shutting down`);
    await app.close();
    await runtime.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: env.PORT, host: env.HOST });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
