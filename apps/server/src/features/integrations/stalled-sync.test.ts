import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { syncRunSchema } from '@success/shared/integrations';
import { connections, revenueSources, syncRuns } from '../../db/schema';
import { fakeCustomer, fakeSubscription } from '../../integrations/stripe/fake-factories';
import { startStripeFake, type StripeFake } from '../../integrations/stripe/fake-server';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

const stripeKey = 'sk_test_stalled_0001';
const runsSchema = z.object({ items: z.array(syncRunSchema) });
const currentRunSchema = z.object({ currentRun: syncRunSchema.nullable() });

/**
 * A worker killed mid-sync leaves its run "running" and its lease lapsing. The API shows that run
 * as stalled, and "Sync now" closes it and starts a run that continues from the checkpoint.
 */
describe('a sync whose worker died', () => {
  let app: TestApp;
  let admin: TestClient;
  let fake: StripeFake;
  let workspaceId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const signedIn = await createSignedInWorkspace(app);
    admin = signedIn.client;
    workspaceId = signedIn.workspace.id;
    fake = await startStripeFake({ secretKey: stripeKey });
    for (let i = 0; i < 12; i += 1) {
      const customer = fakeCustomer({ name: `Stalled Co ${i}`, email: `ops@stalled-${i}.com` });
      fake.state.customers.push(customer);
      fake.state.subscriptions.push(fakeSubscription({ customer: customer.id, status: 'active' }));
    }
    const connected = await admin.put('/v3/rest/integrations/stripe', {
      credentials: { secretKey: stripeKey },
      settings: { baseUrl: fake.baseUrl },
    });
    expect(connected.status).toBe(200);
    await app.jobs.drain();
  });
  afterAll(async () => {
    await app.close();
    await fake.close();
  });

  it('shows the run as stalled, and Sync now closes it and finishes the pass in a new run', async () => {
    const db = app.database.db;
    const [connection] = await db.select().from(connections).where(eq(connections.workspaceId, workspaceId));
    // What a killed worker leaves: a running run, its checkpoint, and a lease that ran out.
    const [dead] = await db
      .insert(syncRuns)
      .values({
        workspaceId,
        connectionId: connection!.id,
        provider: 'stripe',
        mode: 'full',
        trigger: 'manual',
        status: 'running',
        startedAt: new Date(Date.now() - 60_000),
        pages: 1,
      })
      .returning();
    await db
      .update(connections)
      .set({
        syncLeaseOwner: 'killed-worker',
        syncLeaseUntil: new Date(Date.now() - 1_000),
        syncCursor: { runId: dead!.id, mode: 'full', cursor: null, passStartedAt: new Date().toISOString() },
      })
      .where(eq(connections.id, connection!.id));

    const shown = currentRunSchema.parse((await admin.get('/v3/rest/integrations/stripe')).body);
    expect(shown.currentRun).toMatchObject({ id: dead!.id, status: 'stalled' });
    const history = runsSchema.parse((await admin.get('/v3/rest/integrations/stripe/runs')).body);
    expect(history.items.find((run) => run.id === dead!.id)?.status).toBe('stalled');

    const started = await admin.post('/v3/rest/integrations/stripe/sync', { mode: 'incremental' });
    expect(started.status).toBe(202);
    await app.jobs.drain();

    const runs = runsSchema.parse((await admin.get('/v3/rest/integrations/stripe/runs')).body).items;
    const closed = runs.find((run) => run.id === dead!.id);
    expect(closed).toMatchObject({ status: 'failed' });
    expect(closed?.error).toMatch(/^Stalled/);
    const resumed = runs.filter((run) => run.id !== dead!.id && run.status === 'succeeded');
    expect(resumed.length).toBeGreaterThanOrEqual(2); // the first sync, and the one that finished the pass
    const sources = await db.select().from(revenueSources).where(eq(revenueSources.workspaceId, workspaceId));
    expect(sources).toHaveLength(12);
    expect(new Set(sources.map((source) => source.externalId)).size).toBe(12);
  });

  it('leaves a run alone while its worker still holds the lease', async () => {
    const db = app.database.db;
    const [connection] = await db.select().from(connections).where(eq(connections.workspaceId, workspaceId));
    const [live] = await db
      .insert(syncRuns)
      .values({
        workspaceId,
        connectionId: connection!.id,
        provider: 'stripe',
        mode: 'full',
        trigger: 'manual',
        status: 'running',
        startedAt: new Date(),
      })
      .returning();
    await db
      .update(connections)
      .set({ syncLeaseOwner: 'busy-worker', syncLeaseUntil: new Date(Date.now() + 60_000) })
      .where(eq(connections.id, connection!.id));
    try {
      const shown = currentRunSchema.parse((await admin.get('/v3/rest/integrations/stripe')).body);
      expect(shown.currentRun).toMatchObject({ id: live!.id, status: 'running' });
      expect((await admin.post('/v3/rest/integrations/stripe/sync', { mode: 'incremental' })).status).toBe(202);
      await app.jobs.drain();
      const [stillRunning] = await db.select().from(syncRuns).where(eq(syncRuns.id, live!.id));
      expect(stillRunning?.status).toBe('running');
    } finally {
      await db
        .update(connections)
        .set({ syncLeaseOwner: null, syncLeaseUntil: null })
        .where(eq(connections.id, connection!.id));
      await db.update(syncRuns).set({ status: 'succeeded', finishedAt: new Date() }).where(eq(syncRuns.id, live!.id));
    }
  });
});
