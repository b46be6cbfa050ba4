import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { revenueSources, syncRuns } from '../db/schema';
import type { StripeFake } from '../integrations/stripe/fake-server';
import { createEncryptor, keyFromSecret } from '../lib/encryption';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { createSlowStripeWorkspace } from '../test/slow-stripe-workspace';
import { startSync } from '../features/integrations/integrations.service';
import type { JobQueue } from './job-queue';
import { createPgBossQueue, syncJobTiming } from './pg-boss-queue';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const secretKeyHex = randomBytes(32).toString('hex');
const stripeKey = 'sk_test_stall_0001';
const leaseSeconds = 3;
const customerCount = 200;

describe('sync job timing', () => {
  it('expires a job after two lease periods and retries it one lease later', () => {
    expect(syncJobTiming(120)).toMatchObject({ expireInSeconds: 240, retryDelay: 120, maintenanceIntervalSeconds: 60 });
    expect(syncJobTiming(3)).toMatchObject({ expireInSeconds: 6, retryDelay: 3, maintenanceIntervalSeconds: 2 });
    expect(syncJobTiming(3).retryLimit).toBeGreaterThan(0);
  });
});

/**
 * kill -9 of a worker mid-sync on the PostgreSQL server: its pg-boss job stays active. With the job
 * expiry following the lease, another worker resumes the pass within a few lease periods, not
 * after pg-boss's default hour. Needs a server: two processes cannot share the embedded database.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('a worker killed mid-sync (PostgreSQL server)', () => {
  let database: TestDatabase;
  let fake: StripeFake;
  let survivor: JobQueue | null = null;
  let workspaceId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ fake, workspaceId } = await createSlowStripeWorkspace(database, {
      name: 'Stall',
      customers: customerCount,
      slowMs: 300,
      stripeKey,
      secretKeyHex,
    }));
  });
  afterAll(async () => {
    await survivor?.stop();
    await fake.close();
    await database.close();
  });

  const spawnWorker = (leaseMs: number) => {
    // node itself with the tsx loader: the tsx launcher would leave its own child running when killed.
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/jobs/testing/queue-worker-child.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: database.url!,
        WORKSPACE_ID: workspaceId,
        PROVIDER: 'stripe',
        SECRET_KEY: secretKeyHex,
        LEASE_MS: String(leaseMs),
      },
      stdio: 'ignore',
    });
    return { child, exited: new Promise((resolve) => child.once('exit', resolve)) };
  };

  const startSurvivor = () =>
    createPgBossQueue(
      database.url!,
      {
        db: database.db,
        encryptor: createEncryptor(keyFromSecret(secretKeyHex)),
        now: () => new Date(),
        workerId: 'survivor',
        leaseMs: leaseSeconds * 1000,
      },
      { error: () => undefined },
      { isWorking: true },
    );

  const listRuns = () => database.db.select().from(syncRuns).where(eq(syncRuns.workspaceId, workspaceId));

  it('resumes the pass on another worker and finishes within 2 minutes, without duplicates', async () => {
    const startedAt = Date.now();
    const { child, exited } = spawnWorker(leaseSeconds * 1000);
    let pages = 0;
    while (pages < 2 && Date.now() - startedAt < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      pages = (await listRuns())[0]?.pages ?? 0;
    }
    child.kill('SIGKILL');
    await exited;
    const [killed] = await listRuns();
    expect(killed).toMatchObject({ status: 'running' });
    expect(killed!.pages).toBeGreaterThanOrEqual(2);
    fake.state.faults.slowMs = 0;

    // The surviving worker is only told nothing: the dead job's expiry and retry bring the sync to it.
    survivor = await startSurvivor();
    let finished = await listRuns();
    while (!finished.some((run) => run.status === 'succeeded') && Date.now() - startedAt < 110_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      finished = await listRuns();
    }
    expect(Date.now() - startedAt).toBeLessThan(120_000);
    expect(finished.find((run) => run.id === killed!.id)).toMatchObject({ status: 'succeeded' });

    const sources = await database.db.select().from(revenueSources).where(eq(revenueSources.workspaceId, workspaceId));
    expect(sources).toHaveLength(fake.state.subscriptions.length);
    expect(new Set(sources.map((source) => source.externalId)).size).toBe(fake.state.subscriptions.length);
  }, 130_000);

  it('lets Sync now start at once when the lease has lapsed but the dead job has not expired yet', async () => {
    // A longer lease for the killed worker: its job (expiring after 2 × 8 s) is still active when Sync now comes.
    const childLeaseMs = 8_000;
    const before = new Set((await listRuns()).map((run) => run.id));
    // Only the child works the queue until it is killed; otherwise the survivor could take its job.
    await survivor?.stop();
    fake.state.faults.slowMs = 300;
    const { child, exited } = spawnWorker(childLeaseMs);
    const deadline = Date.now() + 60_000;
    let dead = (await listRuns()).find((run) => !before.has(run.id));
    while ((dead?.pages ?? 0) < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      dead = (await listRuns()).find((run) => !before.has(run.id));
    }
    child.kill('SIGKILL');
    await exited;
    fake.state.faults.slowMs = 0;
    expect(dead).toMatchObject({ status: 'running' });
    survivor = await startSurvivor();
    await new Promise((resolve) => setTimeout(resolve, childLeaseMs + 500)); // the dead worker's lease lapses

    const jobStates = async () => {
      const client = new pg.Client({ connectionString: database.url! });
      await client.connect();
      try {
        const result = await client.query<{ state: string }>(
          'select state from pgboss.job where singleton_key = $1 order by created_on',
          [`${workspaceId}:stripe`],
        );
        return result.rows.map((row) => row.state);
      } finally {
        await client.end();
      }
    };
    expect(await jobStates()).toContain('active');

    await startSync(
      {
        db: database.db,
        encryptor: createEncryptor(keyFromSecret(secretKeyHex)),
        jobs: survivor,
        now: () => new Date(),
        defaultSyncIntervalMinutes: 15,
        isProviderBaseUrlAllowed: true,
      },
      {
        userId: workspaceId,
        email: 'admin@stall.test',
        role: 'admin',
        workspaceId,
        dataWorkspaceId: workspaceId,
        isDemo: false,
        via: 'session',
      },
      'stripe',
      'incremental',
    );
    const [stalled] = await database.db.select().from(syncRuns).where(eq(syncRuns.id, dead!.id));
    expect(stalled).toMatchObject({ status: 'failed' });
    expect(stalled?.error).toMatch(/^Stalled/);
    expect(await jobStates()).not.toContain('active');

    let runs = await listRuns();
    const isResumed = () =>
      runs.some((run) => !before.has(run.id) && run.id !== dead!.id && run.status === 'succeeded');
    const resumeDeadline = Date.now() + 30_000;
    while (!isResumed() && Date.now() < resumeDeadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      runs = await listRuns();
    }
    expect(isResumed()).toBe(true);
    const sources = await database.db.select().from(revenueSources).where(eq(revenueSources.workspaceId, workspaceId));
    expect(new Set(sources.map((source) => source.externalId)).size).toBe(sources.length);
    expect(sources).toHaveLength(fake.state.subscriptions.length);
  }, 120_000);
});
