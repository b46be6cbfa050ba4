import type { z } from 'zod';
import type { jobDefinitions } from './job-registry';

type Registered = (typeof jobDefinitions)[number];
export type JobName = Registered['name'];
export type JobPayload<Name extends JobName> = z.input<Extract<Registered, { name: Name }>['payloadSchema']>;

export type EnqueueOptions = {
  /**
   * Wait this long before running, so whatever is enqueued for the same key meanwhile joins this
   * run (a burst of webhooks becomes one refresh). An undelayed enqueue for the key runs it sooner.
   */
  delaySeconds?: number;
};

export type JobEnqueuer = {
  /** Parses the payload with the job's schema (throws when it does not fit), then queues the job. */
  enqueue: <Name extends JobName>(name: Name, payload: JobPayload<Name>, options?: EnqueueOptions) => void;
};

/**
 * The one job interface, over the definitions in `job-registry.ts`. Embedded mode runs jobs
 * in-process; on a PostgreSQL server every process shares a pg-boss queue. Every process also
 * leases each connection before syncing, so even several processes on one PostgreSQL never sync a
 * connection twice at once.
 */
export type JobQueue = JobEnqueuer & {
  /**
   * The connection's lease expired mid-run: its worker is gone. Frees whatever the queue still
   * holds for that dead sync, so the next `sync-connection` job starts at once instead of waiting behind it.
   */
  releaseStalledSync: (connection: { workspaceId: string; provider: string }) => Promise<void>;
  /** Runs whatever waits (delays cut short) and resolves when every queued and running job has finished (tests). */
  drain: () => Promise<void>;
  stop: () => Promise<void>;
};
