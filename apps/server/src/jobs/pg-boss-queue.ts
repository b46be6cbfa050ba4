import PgBoss from 'pg-boss';
import type { SyncDeps } from '../integrations/sync-engine';
import type { JobDeps, RunnableJob } from './define-job';
import type { JobQueue } from './job-queue';
import { jobDefinitions } from './job-registry';
import { listActiveJobIds, pgBossSchema } from './pg-boss.queries';
import { syncConnectionJob, syncConnectionKey } from './sync-connection.job';

type Logger = { error: (object: unknown, message: string) => void };

export const syncQueueName = syncConnectionJob.name;

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

/**
 * Processes starting together race to create a queue; PostgreSQL may resolve that race as a
 * deadlock, so creation is retried until one of them has made it. A queue made by an older
 * release (one-hour expiry, no retries) is brought up to the current timing.
 */
async function createQueueOnce(boss: PgBoss, options: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      if (await boss.getQueue(options.name)) {
        await boss.updateQueue(options.name, options);
        return;
      }
      await boss.createQueue(options.name, options);
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 100));
    }
  }
}

/**
 * The job queue on a PostgreSQL server: every app and worker process shares one pg-boss queue per
 * job definition. The `stately` policy keyed by the definition's concurrency key keeps at most one
 * queued and one running job per key (per connection for syncs, per workspace for refreshes); the
 * connection lease in the sync engine still guards against anything else. With `isScheduling`,
 * the definitions' crons are stored as pg-boss schedules, which fire once across all processes.
 */
export async function createPgBossQueue(
  databaseUrl: string,
  deps: SyncDeps,
  log: Logger,
  options: { isWorking: boolean; isScheduling?: boolean; definitions?: readonly RunnableJob[] },
): Promise<JobQueue> {
  const definitions = options.definitions ?? jobDefinitions;
  const { maintenanceIntervalSeconds, ...leaseTiming } = syncJobTiming(Math.ceil(deps.leaseMs / 1000));
  const timingOf = (definition: RunnableJob) => (definition.expiresWithLease ? leaseTiming : {});
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: pgBossSchema,
    max: 4,
    maintenanceIntervalSeconds,
    schedule: options.isScheduling ?? false,
  });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  for (const definition of definitions)
    await createQueueOnce(boss, { name: definition.name, policy: 'stately', ...timingOf(definition) });
  const controller = new AbortController();

  const queue: JobQueue = {
    enqueue(name, payload, enqueueOptions = {}) {
      const definition = byName.get(name);
      if (!definition) throw new Error(`No job is defined as ${name}`);
      const job = definition.accept(payload);
      if (!job.isValid) throw job.error;
      boss
        .send(name, job.payload, {
          singletonKey: job.key,
          ...(enqueueOptions.delaySeconds ? { startAfter: enqueueOptions.delaySeconds } : {}),
          ...timingOf(definition),
        })
        .catch((error: unknown) => log.error({ err: error, job: name }, `could not enqueue ${name}`));
    },
    async releaseStalledSync(connection) {
      // Cancelled, not failed: the caller enqueues a fresh job, so a retry would only run twice.
      const ids = await listActiveJobIds(boss, syncQueueName, syncConnectionKey(connection));
      if (ids.length > 0) await boss.cancel(syncQueueName, ids);
    },
    async drain() {
      const pending = async () => {
        const sizes = await Promise.all(
          definitions.map((definition) => boss.getQueueSize(definition.name, { before: 'completed' })),
        );
        return sizes.some((size) => size > 0);
      };
      while (await pending()) await new Promise((resolve) => setTimeout(resolve, 200));
    },
    async stop() {
      controller.abort();
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };

  if (options.isWorking) {
    const jobDeps: JobDeps = { ...deps, signal: controller.signal, jobs: queue };
    for (const definition of definitions) {
      await boss.work(definition.name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([received]) => {
        if (!received) return;
        const job = definition.accept(received.data);
        if (!job.isValid) {
          // Written by something other than this release's enqueue: it will never fit, so no retry.
          log.error({ err: job.error, job: definition.name, id: received.id }, `rejected a ${definition.name} payload`);
          await boss.cancel(definition.name, received.id);
          return;
        }
        await job.run(jobDeps);
      });
    }
  }
  if (options.isScheduling) {
    for (const definition of definitions)
      if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: 'UTC' });
  }
  return queue;
}
