import PgBoss from 'pg-boss';
import { z } from 'zod';
import type { SyncDeps } from '../integrations/sync-engine';
import { runSyncJob } from './sync-job';
import type { JobQueue } from './job-queue';
import { listActiveJobIds, pgBossSchema } from './pg-boss.queries';

type Logger = { error: (object: unknown, message: string) => void };

export const syncQueueName = 'sync-connection';

const syncJobSchema = z.object({
  workspaceId: z.uuid(),
  provider: z.string(),
  mode: z.enum(['full', 'incremental']),
  trigger: z.enum(['manual', 'schedule', 'webhook']),
});

/**
 * A sync job's life follows the connection lease, not pg-boss's default hour: a job whose worker
 * died is failed by the queue's maintenance after two lease periods and retried, and the retry
 * resumes the pass once the dead worker's lease has lapsed. A live sync that outlasts its job is
 * unharmed: its retry finds the lease held and stops at once.
 */
export function syncJobTiming(leaseSeconds: number) {
  return {
    expireInSeconds: Math.max(2, 2 * leaseSeconds),
    retryLimit: 5,
    retryDelay: Math.max(1, leaseSeconds),
    /** How often a process looks for expired jobs; pg-boss's default (120 s) would add minutes to a stall. */
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.ceil(leaseSeconds / 2))),
  };
}

function singletonKeyOf(request: { workspaceId: string; provider: string }): string {
  return `${request.workspaceId}:${request.provider}`;
}

/**
 * Processes starting together race to create the queue; PostgreSQL may resolve that race as a
 * deadlock, so creation is retried until one of them has made it. A queue made by an older
 * release (one-hour expiry, no retries) is brought up to the current timing.
 */
async function createQueueOnce(boss: PgBoss, options: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      if (await boss.getQueue(syncQueueName)) {
        await boss.updateQueue(syncQueueName, options);
        return;
      }
      await boss.createQueue(syncQueueName, options);
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
  const { maintenanceIntervalSeconds, ...jobTiming } = syncJobTiming(Math.ceil(deps.leaseMs / 1000));
  const boss = new PgBoss({ connectionString: databaseUrl, schema: pgBossSchema, max: 4, maintenanceIntervalSeconds });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  await createQueueOnce(boss, { name: syncQueueName, policy: 'stately', ...jobTiming });
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
        .send(syncQueueName, request, { singletonKey: singletonKeyOf(request), ...jobTiming })
        .catch((error: unknown) => log.error({ err: error }, 'could not enqueue a sync'));
    },
    async releaseStalledSync(connection) {
      // Cancelled, not failed: the caller enqueues a fresh job, so a retry would only run twice.
      const ids = await listActiveJobIds(boss, syncQueueName, singletonKeyOf(connection));
      if (ids.length > 0) await boss.cancel(syncQueueName, ids);
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
