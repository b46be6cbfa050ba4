import type { runSync, SyncDeps, SyncOutcome, SyncRequest } from '../integrations/sync-engine';
import { runSyncJob } from './sync-job';
import type { JobQueue } from './job-queue';

type Logger = { error: (object: unknown, message: string) => void };

/**
 * Runs sync jobs in this process, one at a time per connection: a request for a connection that
 * is already syncing is remembered and runs once more afterwards, never twice concurrently.
 */
export function createInProcessQueue(deps: SyncDeps, log: Logger, run: typeof runSync = runSyncJob): JobQueue {
  const running = new Map<string, Promise<SyncOutcome | undefined>>();
  const pending = new Map<string, Omit<SyncRequest, 'signal'>>();
  const controller = new AbortController();

  const start = (key: string, request: Omit<SyncRequest, 'signal'>) => {
    const job = run(deps, { ...request, signal: controller.signal })
      .catch((error: unknown) => {
        log.error({ err: error, provider: request.provider }, 'sync job failed');
        return undefined;
      })
      .finally(() => {
        running.delete(key);
        const next = pending.get(key);
        pending.delete(key);
        if (next && !controller.signal.aborted) start(key, next);
      });
    running.set(key, job);
  };

  return {
    enqueueSync(request) {
      // A stopped queue takes no work: the database may already be closing.
      if (controller.signal.aborted) return;
      const key = `${request.workspaceId}:${request.provider}`;
      if (running.has(key)) pending.set(key, request);
      else start(key, request);
    },
    // A run in this process cannot outlive it: a stalled run belonged to a process that is gone.
    releaseStalledSync: () => Promise.resolve(),
    async drain() {
      while (running.size > 0) await Promise.all([...running.values()]);
    },
    async stop() {
      controller.abort();
      pending.clear();
      await Promise.all([...running.values()]);
    },
  };
}
