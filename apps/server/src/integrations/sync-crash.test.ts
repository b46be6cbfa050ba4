import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { connections, revenueSources, syncRuns } from '../db/schema';
import { createEncryptor, keyFromSecret } from '../lib/encryption';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { createSlowStripeWorkspace } from '../test/slow-stripe-workspace';
import type { StripeFake } from './stripe/fake-server';
import { runSync } from './sync-engine';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const secretKeyHex = randomBytes(32).toString('hex');
const stripeKey = 'sk_test_crash_0001';

/**
 * A real crash: a child process syncs Stripe from the fake and is killed with SIGKILL mid-run.
 * The next run must resume the same pass from its checkpoint: no duplicate and no missing row.
 * Needs a PostgreSQL server (two processes cannot share the embedded database).
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('a sync killed mid-run', () => {
  let database: TestDatabase;
  let fake: StripeFake;
  let workspaceId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ fake, workspaceId } = await createSlowStripeWorkspace(database, {
      name: 'Crash',
      customers: 250,
      slowMs: 250,
      stripeKey,
      secretKeyHex,
    }));
  });
  afterAll(async () => {
    await fake.close();
    await database.close();
  });

  it('resumes from the last committed page after SIGKILL', async () => {
    // node itself with the tsx loader: the tsx launcher would leave its own child running when killed.
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/test/sync-child.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: database.url!,
        WORKSPACE_ID: workspaceId,
        PROVIDER: 'stripe',
        SECRET_KEY: secretKeyHex,
        LEASE_MS: '1500',
      },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const deadline = Date.now() + 60_000;
    let pages = 0;
    while (pages < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const [run] = await database.db.select().from(syncRuns).where(eq(syncRuns.workspaceId, workspaceId));
      pages = run?.pages ?? 0;
    }
    child.kill('SIGKILL');
    await exited;

    const [killed] = await database.db.select().from(syncRuns).where(eq(syncRuns.workspaceId, workspaceId));
    expect(killed).toMatchObject({ status: 'running' });
    expect(killed!.pages).toBeGreaterThanOrEqual(2);
    const [connection] = await database.db.select().from(connections).where(eq(connections.workspaceId, workspaceId));
    expect(connection?.syncCursor).not.toBeNull();
    const requestsBefore = fake.state.requests.length;

    fake.state.faults.slowMs = 0;
    await new Promise((resolve) => setTimeout(resolve, 1600)); // the killed worker's lease expires
    const outcome = await runSync(
      {
        db: database.db,
        encryptor: createEncryptor(keyFromSecret(secretKeyHex)),
        now: () => new Date(),
        workerId: 'parent',
        leaseMs: 60_000,
      },
      { workspaceId, provider: 'stripe', mode: 'full', trigger: 'manual' },
    );
    expect(outcome).toEqual({ status: 'succeeded', runId: killed!.id });

    const sources = await database.db.select().from(revenueSources).where(eq(revenueSources.workspaceId, workspaceId));
    expect(sources).toHaveLength(250);
    expect(new Set(sources.map((source) => source.externalId)).size).toBe(250);
    // The resumed pass did not start over: it asked for the page after the checkpoint.
    const checkpoint = z
      .object({ cursor: z.object({ phase: z.string(), startingAfter: z.string() }) })
      .parse(connection?.syncCursor);
    const resumedFirst = fake.state.requests
      .slice(requestsBefore)
      .find((request) => request.path === `/v1/${checkpoint.cursor.phase}`);
    expect(resumedFirst?.query.starting_after).toBe(checkpoint.cursor.startingAfter);
    const runs = await database.db.select().from(syncRuns).where(eq(syncRuns.workspaceId, workspaceId));
    expect(runs).toHaveLength(1);
  });
});
