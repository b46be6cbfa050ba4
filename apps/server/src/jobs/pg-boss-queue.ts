import PgBoss from 'pg-boss';
import { z } from 'zod';
import type { SyncDeps } from '../integrations/sync-engine';
import { runSyncJob } from './sync-job';
import type { JobQueue } from './job-queue';

type Logger = { error: (object: unknown, message: string) => void };

export const syncQueueName = 'sync-connection';

const syncJobSchema = z.object({
  workspaceId: z.uuid(),
  provider: z.string(),
  mode: z.enum(['full', 'incremental']),
  trigger: z.enum(['manual', 'schedule', 'webhook']),
});

/**
 * Processes starting together race to create the queue; PostgreSQL may resolve that race as a
 * deadlock, so creation is retried until one of them has made it.
 */
async function createQueueOnce(boss: PgBoss): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    if (await boss.getQueue(syncQueueName)) return;
    try {
      await boss.createQueue(syncQueueName, {
        name: syncQueueName,
        policy: 'stately',
        retryLimit: 0,
        expireInSeconds: 60 * 60,
      });
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 100));
    }
  }
}

/**
 * The job queue on a PostgreSQL server: every app and worker process shares one pg-boss queue.
 * The `stately` policy keyed by connection keeps at most one queued and one running job per
 * connection; the connection lease in the sync engine still guards against anything else.
 */
export async function createPgBossQueue(
  databaseUrl: string,
  deps: SyncDeps,
  log: Logger,
  options: { isWorking: boolean },
): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 4 });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  await createQueueOnce(boss);
  const controller = new AbortController();
  if (options.isWorking) {
    await boss.work(syncQueueName, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
      if (!job) return;
      const request = syncJobSchema.parse(job.data);
      await runSyncJob(deps, { ...request, signal: controller.signal });
    });
  }
  return {
    enqueueSync(request) {
      boss
        .send(syncQueueName, request, { singletonKey: `${request.workspaceId}:${request.provider}` })
        .catch((error: unknown) => log.error({ err: error }, 'could not enqueue a sync'));
    },
    async drain() {
      while ((await boss.getQueueSize(syncQueueName, { before: 'completed' })) > 0) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async stop() {
      controller.abort();
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
