import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { workspaces } from '../../db/schema';
import { countWorkspaceRows } from '../../demo/load';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app.close());

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
    const first = (await client.get('/v3/rest/success/health?limit=200')).body as Page;
    await client.put('/v3/rest/demo', { isEnabled: false });
    await client.put('/v3/rest/demo', { isEnabled: true });
    const second = (await client.get('/v3/rest/success/health?limit=200')).body as Page;
    expect(second.items.map((item) => item.domain)).toEqual(first.items.map((item) => item.domain));
  });
});
