import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { connections, deals, providerCustomers, syncRuns } from '../db/schema';
import { createEncryptor } from '../lib/encryption';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../test/test-app';
import type { CanonicalRecord, Connector, SyncCursor } from './connector';
import { registerConnector } from './connector-registry';
import { ProviderError } from './http/provider-error';
import { runSync, type SyncDeps } from './sync-engine';

/** A scripted provider: pages of deals, with failures the test arms. */
const script = {
  pages: [] as { domain: string | null; id: string; amount: number }[][],
  failAtPage: null as number | null,
  failKind: 'server' as 'server' | 'auth',
  requestedPages: [] as number[],
  /** While set, a page request waits for it: a sync then holds its lease as long as the test wants. */
  hold: null as Promise<void> | null,
};

const scriptedConnector: Connector<{ token: string }, Record<string, never>> = {
  provider: 'attio',
  displayName: 'Scripted',
  credentialsSchema: z.object({ token: z.string() }),
  settingsSchema: z.object({}).strict(),
  supportsIncremental: false,
  testConnection: ({ credentials }) =>
    credentials.token === 'good'
      ? Promise.resolve({ detail: 'ok' })
      : Promise.reject(new ProviderError('auth', 'Invalid token: the key was revoked.')),
  fetchPage: async (_context, { cursor }) => {
    const index = typeof cursor?.page === 'number' ? cursor.page : 0;
    script.requestedPages.push(index);
    if (script.hold) await script.hold;
    if (script.failAtPage === index) {
      script.failAtPage = null;
      return Promise.reject(
        new ProviderError(script.failKind, script.failKind === 'auth' ? 'Token expired.' : 'Upstream 503.'),
      );
    }
    const records: CanonicalRecord[] = (script.pages[index] ?? []).map((deal) => ({
      kind: 'deal',
      ref: {
        customerExternalId: `cust-${deal.domain ?? deal.id}`,
        domain: deal.domain,
        label: deal.domain ?? `Customer ${deal.id}`,
      },
      row: {
        externalId: deal.id,
        name: `Deal ${deal.id}`,
        stage: 'Proposal',
        status: 'open',
        amountMinor: deal.amount,
        currency: 'USD',
      },
    }));
    const nextCursor: SyncCursor | null = index + 1 < script.pages.length ? { page: index + 1 } : null;
    return Promise.resolve({ records, quarantined: [], nextCursor });
  },
};
registerConnector(scriptedConnector);

let app: TestApp;
let deps: SyncDeps;
let workspaceId: string;

beforeAll(async () => {
  app = await startTestApp();
  const signedIn = await createSignedInWorkspace(app);
  workspaceId = signedIn.workspace.id;
  deps = {
    db: app.database.db,
    encryptor: app.encryptor,
    now: () => new Date(),
    workerId: 'worker-a',
    leaseMs: 60_000,
  };
});
afterAll(async () => app.close());

beforeEach(async () => {
  await app.database.db.delete(connections).where(eq(connections.workspaceId, workspaceId));
  await app.database.db.delete(deals).where(eq(deals.workspaceId, workspaceId));
  await app.database.db.insert(connections).values({
    workspaceId,
    provider: 'attio',
    status: 'healthy',
    encryptedCredentials: app.encryptor.encrypt(JSON.stringify({ token: 'good' })),
    settings: {},
  });
  script.pages = [
    [
      { domain: 'hooli.com', id: 'd1', amount: 100 },
      { domain: 'hooli.com', id: 'd2', amount: 200 },
    ],
    [
      { domain: 'raviga.com', id: 'd3', amount: 300 },
      { domain: null, id: 'd4', amount: 400 },
    ],
    [{ domain: 'aviato.com', id: 'd5', amount: 500 }],
  ];
  script.failAtPage = null;
  script.requestedPages = [];
});

const sync = (mode: 'full' | 'incremental' = 'full') =>
  runSync(deps, { workspaceId, provider: 'attio', mode, trigger: 'manual' });
const lastRun = async () =>
  (await app.database.db.select().from(syncRuns).where(eq(syncRuns.workspaceId, workspaceId))).sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime(),
  )[0];
const dealIds = async () =>
  (await app.database.db.select().from(deals).where(eq(deals.workspaceId, workspaceId)))
    .map((d) => d.externalId)
    .sort();

describe('the sync engine', () => {
  it('pages through the provider, upserts every record once and counts what changed', async () => {
    expect(await sync()).toMatchObject({ status: 'succeeded' });
    expect(await dealIds()).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    expect(await lastRun()).toMatchObject({
      pages: 3,
      recordsCreated: 5,
      recordsUpdated: 0,
      recordsUnchanged: 0,
      status: 'succeeded',
    });

    script.pages[0]![1]!.amount = 250;
    await sync();
    expect(await lastRun()).toMatchObject({ recordsCreated: 0, recordsUpdated: 1, recordsUnchanged: 4 });
    expect(await dealIds()).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    const [connection] = await app.database.db
      .select()
      .from(connections)
      .where(eq(connections.workspaceId, workspaceId));
    expect(connection).toMatchObject({ status: 'healthy', syncCursor: null, consecutiveFailures: 0 });
    expect(connection?.nextSyncAt).not.toBeNull();
  });

  it('resumes a failed pass from its last committed page without duplicates or gaps', async () => {
    script.failAtPage = 1;
    expect(await sync()).toMatchObject({ status: 'failed' });
    expect(await dealIds()).toEqual(['d1', 'd2']);
    expect((await lastRun())?.error).toBe('Upstream 503.');

    script.requestedPages = [];
    expect(await sync()).toMatchObject({ status: 'succeeded' });
    expect(script.requestedPages).toEqual([1, 2]);
    expect(await dealIds()).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
  });

  it('links records by domain and lists customers without one as unmatched', async () => {
    await sync();
    const customers = await app.database.db
      .select()
      .from(providerCustomers)
      .where(eq(providerCustomers.workspaceId, workspaceId));
    expect(customers.find((c) => c.externalId === 'cust-d4')).toMatchObject({ accountId: null });
    expect(customers.find((c) => c.externalId === 'cust-hooli.com')?.accountId).toBeTruthy();
    const unlinked = await app.database.db
      .select()
      .from(deals)
      .where(and(eq(deals.workspaceId, workspaceId), eq(deals.externalId, 'd4')));
    expect(unlinked[0]?.accountId).toBeNull();
  });

  it('marks the connection reauth_needed when the provider refuses the credentials', async () => {
    script.failAtPage = 0;
    script.failKind = 'auth';
    expect(await sync()).toMatchObject({ status: 'failed' });
    const [connection] = await app.database.db
      .select()
      .from(connections)
      .where(eq(connections.workspaceId, workspaceId));
    expect(connection).toMatchObject({ status: 'reauth_needed', lastError: 'Token expired.' });
    script.failKind = 'server';
  });

  it('turns a connection errored after three failed runs in a row', async () => {
    for (let i = 0; i < 3; i += 1) {
      script.failAtPage = 0;
      await sync();
    }
    const [connection] = await app.database.db
      .select()
      .from(connections)
      .where(eq(connections.workspaceId, workspaceId));
    expect(connection).toMatchObject({ status: 'errored', consecutiveFailures: 3, lastError: 'Upstream 503.' });
  });

  it('never runs two syncs of one connection at once', async () => {
    const other: SyncDeps = { ...deps, workerId: 'worker-b' };
    let release = () => {};
    script.hold = new Promise<void>((resolve) => (release = resolve));
    const pagesBefore = script.requestedPages.length;
    const first = sync();
    // The first sync is inside a page request, holding the connection's lease, when the second starts.
    await vi.waitFor(() => expect(script.requestedPages.length).toBeGreaterThan(pagesBefore));
    const second = await runSync(other, { workspaceId, provider: 'attio', mode: 'full', trigger: 'schedule' });
    script.hold = null;
    release();
    expect(second.status).toBe('skipped');
    expect((await first).status).toBe('succeeded');
    expect(await dealIds()).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
  });

  it('cannot decrypt credentials with another key', () => {
    const stored = app.encryptor.encrypt(JSON.stringify({ token: 'good' }));
    expect(() => createEncryptor(randomBytes(32)).decrypt(stored)).toThrow();
  });
});
