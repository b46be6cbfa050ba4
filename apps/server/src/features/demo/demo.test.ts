import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { workspaces } from '../../db/schema';
import { countWorkspaceRows } from '../../demo/load.queries';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app.close());

async function addMember(admin: TestClient, email: string, role: 'member' | 'viewer'): Promise<TestClient> {
  const password = `${role}-password-1`;
  expect((await admin.post('/v3/rest/users', { email, password, role })).status).toBe(201);
  const client = app.client();
  expect((await client.post('/v3/rest/auth/login', { email, password })).status).toBe(200);
  return client;
}

type Page = { items: { name: string; domain: string; health: { band: string } | null }[]; nextCursor: string | null };

describe('demo mode', () => {
  it('previews Pied Piper data and leaves the real rows exactly as they were', async () => {
    const { client, workspace } = await createSignedInWorkspace(app);
    await insertAccount(app, workspace.id, { name: 'Real Customer', domain: 'real-customer.test' });
    const before = await countWorkspaceRows(app.database.db, workspace.id);
    expect(before.accounts).toBe(1);

    const on = await client.put('/v3/rest/demo', { isEnabled: true });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ isEnabled: true });
    expect((on.body as { accounts: number }).accounts).toBeGreaterThanOrEqual(50);
    expect((await client.get('/v3/rest/auth/me')).body).toMatchObject({ workspace: { isDemoModeEnabled: true } });

    const list = (await client.get('/v3/rest/success/health?limit=200&includeUntracked=true')).body as Page;
    const domains = list.items.map((item) => item.domain);
    expect(domains).toContain('hooli.com');
    // The sample is scored as it loads, so Health has bands to show right away.
    const bands = new Set(list.items.map((item) => item.health?.band));
    expect(bands.has(undefined)).toBe(false);
    expect(bands.size).toBeGreaterThanOrEqual(2);
    expect(domains).not.toContain('real-customer.test');
    const detail = await client.get('/v3/rest/success/customers/hooli.com');
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ account: { name: 'Hooli' } });
    expect((detail.body as { counts: { revenueSources: number } }).counts.revenueSources).toBeGreaterThan(0);

    // Turning it on twice is harmless; the dataset is not loaded twice.
    expect((await client.put('/v3/rest/demo', { isEnabled: true })).body).toEqual(on.body);

    const off = await client.put('/v3/rest/demo', { isEnabled: false });
    expect(off.body).toEqual({ isEnabled: false, accounts: 0 });
    expect(await countWorkspaceRows(app.database.db, workspace.id)).toEqual(before);
    const shadows = await app.database.db
      .select()
      .from(workspaces)
      .where(eq(workspaces.parentWorkspaceId, workspace.id));
    expect(shadows).toEqual([]);
    const after = (await client.get('/v3/rest/success/health')).body as Page;
    expect(after.items.map((item) => item.domain)).toEqual(['real-customer.test']);
  });

  it('generates the same sample every time it is turned on', async () => {
    const { client } = await createSignedInWorkspace(app);
    await client.put('/v3/rest/demo', { isEnabled: true });
    // By name: row ids differ between loads, and they break ties in the other orders.
    const first = (await client.get('/v3/rest/success/health?limit=200&sort=name')).body as Page;
    await client.put('/v3/rest/demo', { isEnabled: false });
    await client.put('/v3/rest/demo', { isEnabled: true });
    const second = (await client.get('/v3/rest/success/health?limit=200&sort=name')).body as Page;
    expect(second.items.map((item) => [item.domain, item.health?.band])).toEqual(
      first.items.map((item) => [item.domain, item.health?.band]),
    );
  });
});

describe('who may switch demo mode and the success flag', () => {
  it('refuses members and viewers with 403 problem+json and leaves both switches as they were', async () => {
    const { client: admin } = await createSignedInWorkspace(app);
    const member = await addMember(admin, 'dinesh@switches.test', 'member');
    const viewer = await addMember(admin, 'jared@switches.test', 'viewer');
    expect((await admin.put('/v3/rest/demo', { isEnabled: true })).status).toBe(200);

    for (const client of [member, viewer]) {
      const demo = await client.put('/v3/rest/demo', { isEnabled: false });
      expect(demo.status).toBe(403);
      expect(demo.contentType).toContain('application/problem+json');
      expect(demo.body).toMatchObject({ code: 'forbidden' });
      const flag = await client.put('/v3/rest/feature-flags/success', { isEnabled: false });
      expect(flag.status).toBe(403);
      expect(flag.contentType).toContain('application/problem+json');
      expect(flag.body).toMatchObject({ code: 'forbidden' });
    }

    // The admin's view did not change under them.
    expect((await admin.get('/v3/rest/demo')).body).toMatchObject({ isEnabled: true });
    expect((await admin.get('/v3/rest/feature-flags')).body).toEqual({ flags: { success: true } });
    expect((await admin.put('/v3/rest/demo', { isEnabled: false })).status).toBe(200);
  });
});

describe('writes while demo mode is on', () => {
  it('land in the demo data: signals, calls, routes, tracking and ignore-from-ARR leave the real workspace untouched', async () => {
    const { client, workspace } = await createSignedInWorkspace(app);
    await insertAccount(app, workspace.id, { name: 'Real Customer', domain: 'real-customer.test' });
    await insertAccount(app, workspace.id, { name: 'Hooli (real)', domain: 'hooli.com' });
    const before = await countWorkspaceRows(app.database.db, workspace.id);
    await client.put('/v3/rest/demo', { isEnabled: true });

    const signal = await client.post('/v3/rest/success/signals', {
      items: [
        {
          externalId: 'demo-signal-1',
          companyDomain: 'brand-new-company.test',
          type: 'complaint',
          text: 'Exports time out.',
          occurredAt: '2026-01-10T10:00:00Z',
        },
        {
          externalId: 'demo-signal-2',
          companyDomain: 'hooli.com',
          type: 'praise',
          text: 'Love the new dashboard.',
          occurredAt: '2026-01-11T10:00:00Z',
        },
      ],
    });
    expect(signal.body).toMatchObject({ created: 2, errors: [] });
    const call = await client.post('/v3/rest/success/calls', {
      items: [
        { externalId: 'demo-call-1', companyDomain: 'hooli.com', title: 'QBR', occurredAt: '2026-01-12T15:00:00Z' },
      ],
    });
    expect(call.body).toMatchObject({ created: 1, errors: [] });
    expect(
      (await client.post('/v3/rest/success/routes', { companyDomain: 'hooli.com', to: 'convert', reason: 'Expand' }))
        .status,
    ).toBe(201);
    expect(
      (await client.put('/v3/rest/success/customers/hooli.com/tracking', { isTracked: false, reason: 'Paused' }))
        .status,
    ).toBe(200);
    const contracts = (await client.get('/v3/rest/success/contracts?limit=1')).body as { items: { id: string }[] };
    const contractId = contracts.items[0]?.id;
    expect(contractId).toBeDefined();
    expect(
      (await client.put(`/v3/rest/success/contracts/${contractId}/ignore`, { isIgnored: true, reason: 'Test row' }))
        .status,
    ).toBe(200);

    // The demo data has the new account and the writes...
    const created = await client.get('/v3/rest/success/customers/brand-new-company.test');
    expect(created.status).toBe(200);
    const routes = (await client.get('/v3/rest/success/routes?companyDomain=hooli.com')).body as { items: unknown[] };
    expect(routes.items).toHaveLength(1);

    // ...and the real workspace has none of them.
    expect(await countWorkspaceRows(app.database.db, workspace.id)).toEqual(before);
    await client.put('/v3/rest/demo', { isEnabled: false });
    expect((await client.get('/v3/rest/success/customers/brand-new-company.test')).status).toBe(404);
    expect((await client.get('/v3/rest/success/routes')).body).toEqual({ items: [], nextCursor: null });
    expect((await client.get('/v3/rest/success/customers/hooli.com')).body).toMatchObject({
      account: { name: 'Hooli (real)', isTracked: true },
      counts: { signals: 0, activities: 0 },
    });
  });
});
