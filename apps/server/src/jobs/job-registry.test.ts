import PgBoss from 'pg-boss';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { SyncDeps } from '../integrations/sync-engine';
import { createEncryptor } from '../lib/encryption';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { parseCron } from './cron';
import { defineJob } from './define-job';
import { createInProcessQueue } from './in-process-queue';
import { jobDefinitions } from './job-registry';
import { createPgBossQueue } from './pg-boss-queue';
import { pgBossSchema } from './pg-boss.queries';

const workspaceId = '6f1c2b9e-3d4a-4c5b-8e7f-9a0b1c2d3e4f';

/** A refresh-workspace stand-in that records the payloads its handler received. */
function recordingRefreshJob() {
  const received: unknown[] = [];
  const definition = defineJob({
    name: 'refresh-workspace',
    payloadSchema: z.object({ workspaceId: z.uuid() }),
    concurrencyKey: (payload) => payload.workspaceId,
    handler: (payload) => {
      received.push(payload);
      return Promise.resolve();
    },
  });
  return { received, definitions: [definition] };
}

describe('the job registry', () => {
  it('holds each definition once, each with an object payload schema', () => {
    const names = jobDefinitions.map((definition) => definition.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(['sync-connection', 'refresh-workspace', 'rescore-stale-workspaces', 'enqueue-due-syncs']),
    );
    for (const definition of jobDefinitions) {
      expect(definition.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(definition.payloadSchema).toBeInstanceOf(z.ZodObject);
    }
  });

  it('gives every cron job a cron both runners read and a payload schema that takes the empty payload', () => {
    const crons = jobDefinitions.flatMap((definition) => (definition.cron ? [definition] : []));
    expect(crons.map((definition) => definition.name).sort()).toEqual([
      'enqueue-due-syncs',
      'rescore-stale-workspaces',
    ]);
    for (const definition of crons) {
      expect(() => parseCron(definition.cron!)).not.toThrow();
      expect(definition.accept({}).isValid).toBe(true);
    }
  });

  it('rejects a payload that does not fit the schema', () => {
    const sync = jobDefinitions.find((definition) => definition.name === 'sync-connection')!;
    expect(sync.accept({ workspaceId, provider: 'stripe', mode: 'sideways', trigger: 'manual' }).isValid).toBe(false);
    expect(sync.accept({ workspaceId: 'w1', provider: 'stripe', mode: 'full', trigger: 'manual' }).isValid).toBe(false);
  });
});

describe('the in-process runner', () => {
  it('refuses a bad payload at enqueue, before the handler runs', async () => {
    const job = recordingRefreshJob();
    const queue = createInProcessQueue({} as SyncDeps, { error: () => undefined }, { definitions: job.definitions });
    // A string, so it type-checks; the schema still refuses it.
    expect(() => queue.enqueue('refresh-workspace', { workspaceId: 'not-a-uuid' })).toThrow(z.ZodError);
    queue.enqueue('refresh-workspace', { workspaceId });
    await queue.drain();
    expect(job.received).toEqual([{ workspaceId }]);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('the pg-boss runner (PostgreSQL server)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  const deps = (): SyncDeps => ({
    db: database.db,
    encryptor: createEncryptor(Buffer.alloc(32, 1)),
    now: () => new Date(),
    workerId: 'registry-test',
    leaseMs: 60_000,
  });

  it('cancels a job whose stored payload does not fit, without running the handler', async () => {
    const job = recordingRefreshJob();
    const queue = await createPgBossQueue(
      database.url!,
      deps(),
      { error: () => undefined },
      {
        isWorking: true,
        definitions: job.definitions,
      },
    );
    // @ts-expect-error a payload the schema rejects
    expect(() => queue.enqueue('refresh-workspace', { workspaceId: 42 })).toThrow(z.ZodError);
    // Written past the schema, as an older release or a hand-made row would.
    const outsider = new PgBoss({
      connectionString: database.url!,
      schema: pgBossSchema,
      supervise: false,
      schedule: false,
    });
    await outsider.start();
    await outsider.send('refresh-workspace', { workspaceId: 'not-a-uuid' });
    await outsider.stop({ graceful: false });
    queue.enqueue('refresh-workspace', { workspaceId });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await queue.drain();
    await queue.stop();

    expect(job.received).toEqual([{ workspaceId }]);
    const client = new pg.Client({ connectionString: database.url! });
    await client.connect();
    try {
      const { rows } = await client.query<{ state: string; data: unknown }>(
        `select state, data from ${pgBossSchema}.job where name = 'refresh-workspace' order by created_on`,
      );
      expect(rows).toEqual([
        { state: 'cancelled', data: { workspaceId: 'not-a-uuid' } },
        { state: 'completed', data: { workspaceId } },
      ]);
    } finally {
      await client.end();
    }
  });

  it('stores the cron definitions as pg-boss schedules when scheduling', async () => {
    const queue = await createPgBossQueue(
      database.url!,
      deps(),
      { error: () => undefined },
      { isWorking: false, isScheduling: true },
    );
    await queue.stop();
    const client = new pg.Client({ connectionString: database.url! });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; cron: string }>(
        `select name, cron from ${pgBossSchema}.schedule order by name`,
      );
      expect(rows).toEqual(
        jobDefinitions
          .flatMap((definition) => (definition.cron ? [{ name: definition.name, cron: definition.cron }] : []))
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
    } finally {
      await client.end();
    }
  });
});
