import type { SyncDeps } from '../integrations/sync-engine';
import { isCronDue, parseCron } from './cron';
import type { AcceptedJob, JobDeps, RunnableJob } from './define-job';
import type { JobQueue } from './job-queue';
import { jobDefinitions } from './job-registry';

type Logger = { error: (object: unknown, message: string) => void };

type Waiting = { name: string; job: AcceptedJob; notBefore: number; timer?: ReturnType<typeof setTimeout> };

function definitionsByName(definitions: readonly RunnableJob[]): Map<string, RunnableJob> {
  const byName = new Map<string, RunnableJob>();
  for (const definition of definitions) {
    if (byName.has(definition.name)) throw new Error(`Job ${definition.name} is defined twice`);
    byName.set(definition.name, definition);
  }
  return byName;
}

/**
 * Runs the job definitions in this process (the embedded database allows no other): one job per
 * key at a time, and a job enqueued while its key is busy waits and runs once afterwards with the
 * latest payload, never twice concurrently. With `isScheduling`, a timer enqueues the cron jobs at
 * the start of each minute they are due.
 */
export function createInProcessQueue(
  deps: SyncDeps,
  log: Logger,
  options: { definitions?: readonly RunnableJob[]; isScheduling?: boolean } = {},
): JobQueue {
  const definitions = definitionsByName(options.definitions ?? jobDefinitions);
  const running = new Map<string, Promise<void>>();
  const waiting = new Map<string, Waiting>();
  const controller = new AbortController();
  let cronTimer: ReturnType<typeof setTimeout> | undefined;

  const start = (key: string, { name, job }: Waiting) => {
    const jobDeps: JobDeps = { ...deps, signal: controller.signal, jobs: queue };
    const run = (async () => {
      await job.run(jobDeps);
    })()
      .catch((error: unknown) => log.error({ err: error, job: name, payload: job.payload }, `job ${name} failed`))
      .finally(() => {
        running.delete(key);
        if (!controller.signal.aborted) pump(key);
      });
    running.set(key, run);
  };

  /** Starts the key's waiting job when the key is free and its delay has passed; otherwise arms a timer. */
  function pump(key: string) {
    const entry = waiting.get(key);
    if (!entry || running.has(key)) return;
    clearTimeout(entry.timer);
    entry.timer = undefined;
    const delayMs = entry.notBefore - Date.now();
    if (delayMs > 0) {
      entry.timer = setTimeout(() => pump(key), delayMs);
      entry.timer.unref();
      return;
    }
    waiting.delete(key);
    start(key, entry);
  }

  /** Untyped on purpose: the schema check below is what guards the payload (cron ticks call it too). */
  function enqueueJob(name: string, payload: unknown, delaySeconds = 0) {
    const definition = definitions.get(name);
    if (!definition) throw new Error(`No job is defined as ${name}`);
    const job = definition.accept(payload);
    if (!job.isValid) throw job.error;
    // A stopped queue takes no work: the database may already be closing.
    if (controller.signal.aborted) return;
    const key = `${name}:${job.key}`;
    const notBefore = Date.now() + delaySeconds * 1000;
    const existing = waiting.get(key);
    // The latest payload runs; the earliest start wins, so a delay never postpones a waiting job.
    waiting.set(key, { name, job, notBefore: Math.min(notBefore, existing?.notBefore ?? notBefore) });
    clearTimeout(existing?.timer);
    pump(key);
  }

  const queue: JobQueue = {
    enqueue: (name, payload, enqueueOptions = {}) => enqueueJob(name, payload, enqueueOptions.delaySeconds),
    // A run in this process cannot outlive it: a stalled run belonged to a process that is gone.
    releaseStalledSync: () => Promise.resolve(),
    async drain() {
      for (;;) {
        for (const [key, entry] of waiting) {
          entry.notBefore = 0;
          pump(key);
        }
        if (running.size === 0) return;
        await Promise.all([...running.values()]);
      }
    },
    async stop() {
      controller.abort();
      clearTimeout(cronTimer);
      for (const entry of waiting.values()) clearTimeout(entry.timer);
      waiting.clear();
      await Promise.all([...running.values()]);
    },
  };

  if (options.isScheduling) {
    const crons = [...definitions.values()].flatMap((definition) =>
      definition.cron ? [{ name: definition.name, schedule: parseCron(definition.cron) }] : [],
    );
    const tick = () => {
      const now = deps.now();
      for (const { name, schedule } of crons) {
        try {
          if (isCronDue(schedule, now)) enqueueJob(name, {});
        } catch (error) {
          log.error({ err: error, job: name }, `could not enqueue the cron job ${name}`);
        }
      }
      armCron();
    };
    const armCron = () => {
      if (controller.signal.aborted) return;
      const now = deps.now().getTime();
      cronTimer = setTimeout(tick, 60_000 - (now % 60_000) + 50);
      cronTimer.unref();
    };
    armCron();
  }

  return queue;
}
