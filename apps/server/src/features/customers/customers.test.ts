import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { activities, contacts, revenueSources, usageDaily, workspaces } from '../../db/schema';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

let app: TestApp;
let client: TestClient;
let workspaceId: string;

beforeAll(async () => {
  app = await startTestApp();
  const signedIn = await createSignedInWorkspace(app);
  client = signedIn.client;
  workspaceId = signedIn.workspace.id;
  for (let i = 0; i < 7; i += 1) {
    await insertAccount(app, workspaceId, {
      name: `Account ${String.fromCharCode(65 + i)}`,
      domain: `account-${i}.test`,
    });
  }
  await insertAccount(app, workspaceId, { name: 'Hooli', domain: 'hooli.com', primaryContactEmail: 'gavin@hooli.com' });
  await insertAccount(app, workspaceId, { name: 'Untracked Co', domain: 'untracked.test', isTracked: false });
});
afterAll(async () => app.close());

type Page = { items: { name: string; domain: string }[]; nextCursor: string | null };

describe('the Health queue list', () => {
  it('pages through every tracked account once with cursors', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const response = await client.get(`/v3/rest/success/health?sort=name&limit=3${query}`);
      expect(response.status).toBe(200);
      const page = response.body as Page;
      seen.push(...page.items.map((item) => item.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect(seen).not.toContain('Untracked Co');
    expect(seen).toEqual([...seen].sort());
  });

  it('shows untracked accounts only when asked', async () => {
    const response = await client.get('/v3/rest/success/health?includeUntracked=true&limit=200');
    expect((response.body as Page).items.map((item) => item.name)).toContain('Untracked Co');
  });

  it('searches by name and by domain', async () => {
    const byName = (await client.get('/v3/rest/success/health?q=hoo')).body as Page;
    const byDomain = (await client.get('/v3/rest/success/health?q=hooli.com')).body as Page;
    expect(byName.items.map((item) => item.domain)).toEqual(['hooli.com']);
    expect(byDomain.items.map((item) => item.domain)).toEqual(['hooli.com']);
    const wildcard = (await client.get('/v3/rest/success/health?q=%25')).body as Page;
    expect(wildcard.items).toEqual([]);
  });

  it('rejects a malformed cursor and an out-of-range limit with 400 problem+json', async () => {
    const badCursor = await client.get('/v3/rest/success/health?cursor=not-a-cursor');
    expect(badCursor.status).toBe(400);
    expect(badCursor.contentType).toContain('application/problem+json');
    expect(badCursor.body).toMatchObject({ code: 'bad_request' });
    const badLimit = await client.get('/v3/rest/success/health?limit=100000');
    expect(badLimit.status).toBe(400);
    expect(JSON.stringify(badLimit.body)).toContain('limit');
  });
});

describe('per-account columns', () => {
  it('shows the next future renewal and the latest activity of each account', async () => {
    const now = new Date();
    const account = await insertAccount(app, workspaceId, { name: 'Bachmanity', domain: 'bachmanity.com' });
    const other = await insertAccount(app, workspaceId, { name: 'Bachmanity Two', domain: 'bachmanity2.com' });
    const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000);
    const source = (externalId: string, renewalDate: Date, accountId = account.id) => ({
      workspaceId,
      accountId,
      provider: 'stripe' as const,
      externalId,
      kind: 'subscription' as const,
      productName: 'Pro',
      status: 'active',
      currency: 'USD',
      amountMinor: 10_000,
      billingInterval: 'month' as const,
      renewalDate,
    });
    await app.database.db
      .insert(revenueSources)
      .values([
        source('sub_past', day(-10)),
        source('sub_late', day(90)),
        source('sub_soon', day(20)),
        source('sub_other', day(5), other.id),
      ]);
    await app.database.db.insert(activities).values({
      workspaceId,
      accountId: account.id,
      provider: 'calls',
      externalId: 'call-1',
      type: 'call',
      title: 'QBR',
      occurredAt: day(-3),
    });
    await app.database.db.insert(usageDaily).values({
      workspaceId,
      accountId: account.id,
      provider: 'posthog',
      day: day(-1).toISOString().slice(0, 10),
      activeUsers: 4,
      events: 40,
      lastActivityAt: day(-1),
    });
    // The ledger (renewals) and the scorer (last activity) copy their results onto the account.
    await client.post('/v3/rest/success/health/recompute');
    const page = (await client.get('/v3/rest/success/health?q=bachmanity')).body as {
      items: { domain: string; renewalDate: string | null; lastActivityAt: string | null }[];
    };
    const row = page.items.find((item) => item.domain === 'bachmanity.com');
    expect(row?.renewalDate).toBe(day(20).toISOString());
    expect(row?.lastActivityAt).toBe(day(-1).toISOString());
    const otherRow = page.items.find((item) => item.domain === 'bachmanity2.com');
    expect(otherRow?.renewalDate).toBe(day(5).toISOString());
    expect(otherRow?.lastActivityAt).toBeNull();
  });
});

describe('Customer Detail', () => {
  it('finds an account by any spelling of its domain', async () => {
    const account = await insertAccount(app, workspaceId, { name: 'Raviga', domain: 'raviga.com' });
    await app.database.db.insert(contacts).values({
      workspaceId,
      accountId: account.id,
      provider: 'hubspot',
      externalId: 'c-1',
      email: 'monica@raviga.com',
      name: 'Monica Hall',
    });
    const response = await client.get(`/v3/rest/success/customers/${encodeURIComponent('WWW.Raviga.com')}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      account: { domain: 'raviga.com', name: 'Raviga' },
      contacts: [{ name: 'Monica Hall', email: 'monica@raviga.com' }],
      counts: { revenueSources: 0, revenueRecords: 0, signals: 0, activities: 0, deals: 0 },
    });
  });

  it('answers an unknown domain with a 404 problem naming it', async () => {
    const response = await client.get('/v3/rest/success/customers/nobody.example');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'not_found' });
    expect((response.body as { detail: string }).detail).toContain('nobody.example');
  });
});

describe('revenue source counts', () => {
  it('counts a merged Stripe subscription and Salesbricks contract as one source of two records', async () => {
    const account = await insertAccount(app, workspaceId, { name: 'Sliceline', domain: 'sliceline.com' });
    const shared = {
      workspaceId,
      accountId: account.id,
      productName: 'Enterprise',
      status: 'active',
      currency: 'USD',
      amountMinor: 1_200_000,
      billingInterval: 'year' as const,
    };
    await app.database.db.insert(revenueSources).values([
      { ...shared, provider: 'salesbricks', kind: 'contract', externalId: 'ord-slice', linkedExternalId: 'sub_slice' },
      { ...shared, provider: 'stripe', kind: 'subscription', externalId: 'sub_slice', linkedExternalId: 'ord-slice' },
      { ...shared, provider: 'stripe', kind: 'subscription', externalId: 'sub_slice_addon', amountMinor: 60_000 },
    ]);
    await client.post('/v3/rest/success/health/recompute');
    const detail = (await client.get('/v3/rest/success/customers/sliceline.com')).body as {
      counts: { revenueSources: number; revenueRecords: number };
    };
    // The pair is one ledger row, the add-on another: 2 sources from 3 provider records.
    expect(detail.counts).toMatchObject({ revenueSources: 2, revenueRecords: 3 });
    const revenue = (await client.get('/v3/rest/success/customers/sliceline.com/revenue')).body as {
      items: unknown[];
    };
    expect(revenue.items).toHaveLength(detail.counts.revenueSources);
  });
});

describe('account logos', () => {
  type Logos = { items: { domain: string; logoUrl: string | null }[] };

  it('sends no logo URL by default, even when an account has one from a provider', async () => {
    await insertAccount(app, workspaceId, {
      name: 'Logo Co',
      domain: 'logo-co.test',
      logoUrl: 'https://logos.example/logo-co.test',
    });
    const page = (await client.get('/v3/rest/success/health?limit=200')).body as Logos;
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.filter((item) => item.logoUrl !== null)).toEqual([]);
    const detail = (await client.get('/v3/rest/success/customers/logo-co.test')).body as { account: Logos['items'][0] };
    expect(detail.account.logoUrl).toBeNull();
  });

  it("fills the workspace's logo URL template with each account's domain", async () => {
    await app.database.db
      .update(workspaces)
      .set({ logoUrlTemplate: 'https://logos.internal.test/{domain}.png' })
      .where(eq(workspaces.id, workspaceId));
    try {
      const page = (await client.get('/v3/rest/success/health?q=logo-co')).body as Logos;
      expect(page.items).toEqual([
        expect.objectContaining({ domain: 'logo-co.test', logoUrl: 'https://logos.internal.test/logo-co.test.png' }),
      ]);
    } finally {
      await app.database.db.update(workspaces).set({ logoUrlTemplate: null }).where(eq(workspaces.id, workspaceId));
    }
  });
});
