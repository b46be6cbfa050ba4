/**
 * Runs at most `maxActive` tasks at once and queues at most `maxQueued` more; beyond that it
 * refuses at once. Password hashing (scrypt, ~32 MiB and tens of ms of CPU each) goes through
 * one of these so a sign-in flood cannot take every CPU and libuv thread from other requests.
 */
export type BoundedConcurrency = {
  /** The task's result, or null (without running it) when the queue is full. */
  run<T>(task: () => Promise<T>): Promise<T> | null;
  readonly active: number;
  readonly queued: number;
};

export function createBoundedConcurrency(limits: { maxActive: number; maxQueued: number }): BoundedConcurrency {
  let active = 0;
  const waiting: (() => void)[] = [];

  function release() {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  }

  async function runWhenFree<T>(task: () => Promise<T>, mustWait: boolean): Promise<T> {
    // A released slot passes straight to the next waiter, so `active` stays counted for it.
    if (mustWait) await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      release();
    }
  }

  return {
    run<T>(task: () => Promise<T>): Promise<T> | null {
      if (active < limits.maxActive) {
        active += 1;
        return runWhenFree(task, false);
      }
      if (waiting.length >= limits.maxQueued) return null;
      return runWhenFree(task, true);
    },
    get active() {
      return active;
    },
    get queued() {
      return waiting.length;
    },
  };
}
