import type { z } from 'zod';
import type { SyncDeps } from '../integrations/sync-engine';
import type { JobEnqueuer } from './job-queue';

/** What every handler gets: the process's dependencies, a signal that fires on shutdown, and the queue. */
export type JobDeps = SyncDeps & { signal: AbortSignal; jobs: JobEnqueuer };

type JobSpec<Name extends string, Schema extends z.ZodObject> = {
  name: Name;
  /** An object schema: payloads travel as JSON objects through pg-boss. */
  payloadSchema: Schema;
  /** Five-field cron in UTC (minute hour day-of-month month day-of-week); the runner enqueues `{}` on each match. */
  cron?: string;
  /**
   * Jobs with the same key never run at once: one runs, at most one waits behind it (the latest
   * payload), and anything enqueued meanwhile joins the waiting one. Without a key, the job
   * name is the key.
   */
  concurrencyKey?: (payload: z.output<Schema>) => string;
  /** The job's queue expiry follows the connection lease (sync jobs; see decision 004). */
  expiresWithLease?: boolean;
  handler: (payload: z.output<Schema>, deps: JobDeps) => Promise<void>;
};

export type AcceptedJob = { isValid: true; payload: object; key: string; run: (deps: JobDeps) => Promise<void> };
export type RejectedJob = { isValid: false; error: z.ZodError };

/** A definition as runners see it: its payload type erased behind `accept`, which parses first. */
export type RunnableJob = {
  name: string;
  cron?: string;
  expiresWithLease?: boolean;
  /** Parses a payload with the definition's schema; only a valid one yields something to run. */
  accept: (payload: unknown) => AcceptedJob | RejectedJob;
};

export type JobDefinition<Name extends string, Schema extends z.ZodObject> = JobSpec<Name, Schema> & RunnableJob;

/** One background job: name, payload schema, optional cron and handler, run by either runner. */
export function defineJob<Name extends string, Schema extends z.ZodObject>(
  spec: JobSpec<Name, Schema>,
): JobDefinition<Name, Schema> {
  return {
    ...spec,
    accept(payload) {
      const parsed = spec.payloadSchema.safeParse(payload);
      if (!parsed.success) return { isValid: false, error: parsed.error };
      const data = parsed.data;
      return {
        isValid: true,
        payload: data,
        key: spec.concurrencyKey?.(data) ?? '',
        run: (deps) => spec.handler(data, deps),
      };
    },
  };
}
