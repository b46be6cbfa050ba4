import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { connections, revenueSources, syncRuns, workspaces } from '../db/schema';
import { fakeCustomer, fakeSubscription } from '../integrations/stripe/fake-factories';
import { startStripeFake, type StripeFake } from '../integrations/stripe/fake-server';
import { createEncryptor, keyFromSecret } from '../lib/encryption';
import { createTestDatabase, type TestDatabase } from '../test/database';
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
    fake = await startStripeFake({ secretKey: stripeKey });
    for (let i = 0; i < customerCount; i += 1) {
      const customer = fakeCustomer({ name: `Stall Co ${i}`, email: `ops@stall-${i}.com` });
      fake.state.customers.push(customer);
      fake.state.subscriptions.push(fakeSubscription({ customer: customer.id, status: 'active' }));
    }
    fake.state.faults.slowMs = 300;
    const [workspace] = await database.db.insert(workspaces).values({ name: 'Stall' }).returning();
    workspaceId = workspace!.id;
    await database.db.insert(connections).values({
      workspaceId,
      provider: 'stripe',
      status: 'healthy',
      encryptedCredentials: createEncryptor(keyFromSecret(secretKeyHex)).encrypt(
        JSON.stringify({ secretKey: stripeKey }),
      ),
      settings: { baseUrl: fake.baseUrl },
    });
  });
  afterAll(async () => {
    await survivor?.stop();
    await fake.close();
    await database.close();
  });

  const listRuns = () => database.db.select().from(syncRuns).where(eq(syncRuns.workspaceId, workspaceId));

  it('resumes the pass on another worker and finishes within 2 minutes, without duplicates', async () => {
    const startedAt = Date.now();
    // node itself with the tsx loader: the tsx launcher would leave its own child running when killed.
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/jobs/testing/queue-worker-child.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: database.url!,
        WORKSPACE_ID: workspaceId,
        PROVIDER: 'stripe',
        SECRET_KEY: secretKeyHex,
        LEASE_MS: String(leaseSeconds * 1000),
      },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
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
    survivor = await createPgBossQueue(
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
});
