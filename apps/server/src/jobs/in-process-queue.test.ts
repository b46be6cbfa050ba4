import { describe, expect, it } from 'vitest';
import type { SyncDeps, SyncOutcome, SyncRequest } from '../integrations/sync-engine';
import { createInProcessQueue } from './in-process-queue';

const deps = {} as SyncDeps;
const log = { error: () => undefined };
const request = { workspaceId: 'w1', provider: 'stripe', mode: 'full', trigger: 'manual' } as const;

function recordingRun() {
  const calls: SyncRequest[] = [];
  let release: () => void = () => undefined;
  const run = (_deps: SyncDeps, sync: SyncRequest): Promise<SyncOutcome> => {
    calls.push(sync);
    return new Promise((resolve) => {
      release = () => resolve({ status: 'succeeded' } as SyncOutcome);
    });
  };
  return { calls, run, release: () => release() };
}

describe('the in-process job queue', () => {
  it('runs one job per connection at a time and the latest waiting request once afterwards', async () => {
    const runner = recordingRun();
    const queue = createInProcessQueue(deps, log, runner.run);
    queue.enqueueSync(request);
    queue.enqueueSync(request);
    queue.enqueueSync(request);
    expect(runner.calls).toHaveLength(1);
    runner.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(runner.calls).toHaveLength(2);
    runner.release();
    await queue.drain();
    expect(runner.calls).toHaveLength(2);
  });

  it('takes no work once stopped, so nothing touches a closing database', async () => {
    const runner = recordingRun();
    const queue = createInProcessQueue(deps, log, runner.run);
    await queue.stop();
    queue.enqueueSync(request);
    expect(runner.calls).toHaveLength(0);
  });
});
