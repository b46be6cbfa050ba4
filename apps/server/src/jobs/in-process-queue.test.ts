import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { SyncDeps } from '../integrations/sync-engine';
import { defineJob } from './define-job';
import { createInProcessQueue } from './in-process-queue';
import type { JobPayload } from './job-queue';
import { syncConnectionJob, syncConnectionKey } from './sync-connection.job';

const deps = {} as SyncDeps;
const log = { error: () => undefined };
const workspaceId = '6f1c2b9e-3d4a-4c5b-8e7f-9a0b1c2d3e4f';
const request = { workspaceId, provider: 'stripe', mode: 'full', trigger: 'manual' } as const;

/** A sync-connection job whose runs end when the test says so. */
function controlledSyncJob() {
  const calls: JobPayload<'sync-connection'>[] = [];
  let release: () => void = () => undefined;
  const definition = defineJob({
    name: 'sync-connection',
    payloadSchema: syncConnectionJob.payloadSchema,
    concurrencyKey: syncConnectionKey,
    handler: (payload) => {
      calls.push(payload);
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    },
  });
  return { calls, definitions: [definition], release: () => release() };
}

/** A refresh-workspace job that counts its runs. */
function countingRefreshJob() {
  const runs: string[] = [];
  const definition = defineJob({
    name: 'refresh-workspace',
    payloadSchema: z.object({ workspaceId: z.uuid() }),
    concurrencyKey: (payload) => payload.workspaceId,
    handler: (payload) => {
      runs.push(payload.workspaceId);
      return Promise.resolve();
    },
  });
  return { runs, definitions: [definition] };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the in-process job queue', () => {
  it('runs one job per connection at a time and the latest waiting request once afterwards', async () => {
    const job = controlledSyncJob();
    const queue = createInProcessQueue(deps, log, { definitions: job.definitions });
    queue.enqueue('sync-connection', request);
    queue.enqueue('sync-connection', request);
    queue.enqueue('sync-connection', { ...request, mode: 'incremental' });
    expect(job.calls).toHaveLength(1);
    job.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(job.calls).toHaveLength(2);
    expect(job.calls[1]).toMatchObject({ mode: 'incremental' });
    job.release();
    await queue.drain();
    expect(job.calls).toHaveLength(2);
  });

  it('takes no work once stopped, so nothing touches a closing database', async () => {
    const job = controlledSyncJob();
    const queue = createInProcessQueue(deps, log, { definitions: job.definitions });
    await queue.stop();
    queue.enqueue('sync-connection', request);
    expect(job.calls).toHaveLength(0);
  });

  it('folds a burst of delayed requests for one key into one run, and drain runs it without waiting', async () => {
    const job = countingRefreshJob();
    const queue = createInProcessQueue(deps, log, { definitions: job.definitions });
    for (let i = 0; i < 5; i += 1) queue.enqueue('refresh-workspace', { workspaceId }, { delaySeconds: 60 });
    expect(job.runs).toHaveLength(0);
    await queue.drain();
    expect(job.runs).toEqual([workspaceId]);
  });

  it('starts a delayed request at once when an undelayed one for the same key arrives', async () => {
    const job = countingRefreshJob();
    const queue = createInProcessQueue(deps, log, { definitions: job.definitions });
    queue.enqueue('refresh-workspace', { workspaceId }, { delaySeconds: 60 });
    queue.enqueue('refresh-workspace', { workspaceId });
    expect(job.runs).toEqual([workspaceId]);
    await queue.drain();
    expect(job.runs).toEqual([workspaceId]);
    await queue.stop();
  });

  it('enqueues a cron job at the start of each minute it is due, once scheduling', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-02T02:59:59.500Z') });
    const fired: string[] = [];
    const cronJob = (name: 'enqueue-due-syncs' | 'rescore-stale-workspaces', cron: string) =>
      defineJob({
        name,
        payloadSchema: z.object({}),
        cron,
        handler: () => {
          fired.push(`${name} ${new Date().toISOString().slice(11, 16)}`);
          return Promise.resolve();
        },
      });
    const queue = createInProcessQueue({ ...deps, now: () => new Date() }, log, {
      definitions: [cronJob('enqueue-due-syncs', '* * * * *'), cronJob('rescore-stale-workspaces', '0 3 * * *')],
      isScheduling: true,
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fired).toEqual(['enqueue-due-syncs 03:00', 'rescore-stale-workspaces 03:00']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fired).toEqual(['enqueue-due-syncs 03:00', 'rescore-stale-workspaces 03:00', 'enqueue-due-syncs 03:01']);
    await queue.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fired).toHaveLength(3);
  });
});
