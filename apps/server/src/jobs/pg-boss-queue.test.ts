import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { connections, deals, syncRuns, workspaces } from '../db/schema';
import type { Connector } from '../integrations/connector';
import { registerConnector } from '../integrations/connector-registry';
import { createEncryptor } from '../lib/encryption';
import { createTestDatabase, type TestDatabase } from '../test/database';
import type { JobQueue } from './job-queue';
import { createPgBossQueue } from './pg-boss-queue';

/** Three slow pages, so two workers racing for the connection would overlap if nothing stopped them. */
const slowConnector: Connector<{ token: string }, Record<string, never>> = {
  provider: 'attio',
  displayName: 'Slow',
  credentialsSchema: z.object({ token: z.string() }),
  settingsSchema: z.object({}),
  supportsIncremental: false,
  testConnection: () => Promise.resolve({ detail: 'ok' }),
  fetchPage: async (_context, { cursor }) => {
    const page = typeof cursor?.page === 'number' ? cursor.page : 0;
    await new Promise((resolve) => setTimeout(resolve, 150));
    return {
      records: [
        {
          kind: 'deal',
          ref: { customerExternalId: 'c', domain: 'hooli.com', label: 'Hooli' },
          row: {
            externalId: `d${page}`,
            name: `Deal ${page}`,
            stage: 'Demo',
            status: 'open',
            amountMinor: 100,
            currency: 'USD',
          },
        },
      ],
      quarantined: [],
      nextCursor: page < 2 ? { page: page + 1 } : null,
    };
  },
};
registerConnector(slowConnector);

describe.skipIf(!process.env.TEST_DATABASE_URL)('the pg-boss job queue (PostgreSQL server)', () => {
  let database: TestDatabase;
  let queues: JobQueue[] = [];
  let workspaceId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const encryptor = createEncryptor(randomBytes(32));
    const [workspace] = await database.db.insert(workspaces).values({ name: 'Race' }).returning();
    workspaceId = workspace!.id;
    await database.db.insert(connections).values({
      workspaceId,
      provider: 'attio',
      status: 'healthy',
      encryptedCredentials: encryptor.encrypt('{"token":"t"}'),
      settings: {},
    });
    const log = { error: () => undefined };
    queues = await Promise.all(
      ['worker-a', 'worker-b'].map((workerId) =>
        createPgBossQueue(
          database.url!,
          { db: database.db, encryptor, now: () => new Date(), workerId, leaseMs: 60_000 },
          log,
          { isWorking: true },
        ),
      ),
    );
  });
  afterAll(async () => {
    await Promise.all(queues.map((queue) => queue.stop()));
    await database.close();
  });

  it('lets two workers share the queue without ever syncing one connection twice at once', async () => {
    for (let i = 0; i < 4; i += 1)
      for (const queue of queues)
        queue.enqueue('sync-connection', { workspaceId, provider: 'attio', mode: 'full', trigger: 'manual' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await Promise.all(queues.map((queue) => queue.drain()));
    const runs = (await database.db.select().from(syncRuns).where(eq(syncRuns.workspaceId, workspaceId))).filter(
      (run) => run.status === 'succeeded',
    );
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(runs.length).toBeLessThanOrEqual(2);
    const intervals = runs
      .map((run) => [run.startedAt!.getTime(), run.finishedAt!.getTime()] as const)
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < intervals.length; i += 1) expect(intervals[i]![0]).toBeGreaterThanOrEqual(intervals[i - 1]![1]);
    const synced = await database.db.select().from(deals).where(eq(deals.workspaceId, workspaceId));
    expect(synced.map((deal) => deal.externalId).sort()).toEqual(['d0', 'd1', 'd2']);
  });
});
