import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountSummary } from '@success/shared/api';
import { accountEnrichments, providerCustomers, revenueSources, usageDaily } from '../../db/schema';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

const now = new Date('2026-11-24T12:00:00Z');
const inDays = (n: number) => new Date(now.getTime() + n * 86_400_000);
let app: TestApp;
let client: TestClient;
let workspaceId: string;

type Page = { items: AccountSummary[]; nextCursor: string | null };

/*
 * Columns as the ledger and the scorer leave them on each account:
 *   name      owner   band      ARR        renews   payment         source       last activity
 *   Aviato    Monica  critical  50,000.00  +10 d    past_due        stripe       −2 d
 *   Bachman   Monica  at_risk   12,000.00  +45 d    payment_failed  salesbricks  −20 d
 *   Hooli     Jared   healthy   90,000.00  +80 d    ok              merged       −1 d
 *   Raviga    —       healthy   —          —        none            —            —
 */
beforeAll(async () => {
  app = await startTestApp({ now: () => now });
  const signedIn = await createSignedInWorkspace(app);
  client = signedIn.client;
  workspaceId = signedIn.workspace.id;
  const account = (
    name: string,
    fields: Partial<Parameters<typeof insertAccount>[2]>,
  ): Promise<Awaited<ReturnType<typeof insertAccount>>> =>
    insertAccount(app, workspaceId, { name, domain: `${name.toLowerCase()}.com`, ...fields });
  await account('Aviato', {
    ownerName: 'Monica',
    healthScore: 31,
    healthBand: 'critical',
    arrMinor: 5_000_000,
    mrrMinor: 416_667,
    nextRenewalAt: inDays(10),
    paymentState: 'past_due',
    revenueBadge: 'stripe',
    lastActivityAt: inDays(-2),
  });
  await account('Bachman', {
    ownerName: 'Monica',
    healthScore: 55,
    healthBand: 'at_risk',
    arrMinor: 1_200_000,
    mrrMinor: 100_000,
    nextRenewalAt: inDays(45),
    paymentState: 'payment_failed',
    revenueBadge: 'salesbricks',
    lastActivityAt: inDays(-20),
  });
  const hooli = await account('Hooli', {
    ownerName: 'Jared',
    healthScore: 88,
    healthBand: 'healthy',
    arrMinor: 9_000_000,
    mrrMinor: 750_000,
    nextRenewalAt: inDays(80),
    paymentState: 'ok',
    revenueBadge: 'merged',
    lastActivityAt: inDays(-1),
    primaryContactName: 'Gavin Belson',
  });
  await account('Raviga', { healthScore: 90, healthBand: 'healthy' });

  const { db } = app.database;
  await db.insert(usageDaily).values(
    Array.from({ length: 14 }, (_, i) => ({
      workspaceId,
      accountId: hooli.id,
      provider: 'posthog',
      day: inDays(-(i + 1))
        .toISOString()
        .slice(0, 10),
      // 40 a day last week, 50 a day the week before: a 20 % fall.
      activeUsers: i < 7 ? 40 : 50,
      events: 100,
      lastActivityAt: inDays(-(i + 1)),
    })),
  );
  await db.insert(accountEnrichments).values({
    workspaceId,
    accountId: hooli.id,
    provider: 'hubspot',
    externalId: '9001',
    properties: { industry: 'Technology', employees: 5000, city: 'Palo Alto' },
  });
  await db.insert(providerCustomers).values({
    workspaceId,
    accountId: hooli.id,
    provider: 'attio',
    externalId: 'rec_hooli',
    label: 'Hooli',
  });
  await db.insert(revenueSources).values({
    workspaceId,
    accountId: hooli.id,
    provider: 'salesbricks',
    externalId: 'ord-hooli',
    kind: 'contract',
    productName: 'Enterprise',
    status: 'active',
    currency: 'USD',
    amountMinor: 9_000_000,
    billingInterval: 'year',
    seats: 120,
    sourceUrl: 'https://app.salesbricks.com/orders/ord-hooli',
  });
});
afterAll(async () => app.close());

async function domains(query: string): Promise<string[]> {
  const response = await client.get(`/v3/rest/success/health?${query}`);
  expect(response.status, query).toBe(200);
  return (response.body as Page).items.map((item) => item.domain);
}

describe('Health queue filters', () => {
  it('filters by renewal window, owner, source and payment state', async () => {
    expect(await domains('renewalWithinDays=30')).toEqual(['aviato.com']);
    expect(await domains('renewalWithinDays=60&sort=renewal')).toEqual(['aviato.com', 'bachman.com']);
    expect(await domains('owner=monica')).toEqual(['aviato.com', 'bachman.com']);
    expect(await domains('source=merged')).toEqual(['hooli.com']);
    expect(await domains('paymentState=payment_failed')).toEqual(['bachman.com']);
    expect(await domains('band=healthy&owner=Jared')).toEqual(['hooli.com']);
  });

  it('refuses unknown values and negative windows with 400 problem+json', async () => {
    for (const query of ['renewalWithinDays=-30', 'source=paypal', 'paymentState=late', 'sort=size', 'order=up']) {
      const response = await client.get(`/v3/rest/success/health?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.contentType).toContain('application/problem+json');
    }
  });

  it('lists the owners for the filter', async () => {
    expect((await client.get('/v3/rest/success/health/owners')).body).toEqual({ owners: ['Jared', 'Monica'] });
  });
});

describe('Health queue sorting', () => {
  it('sorts by every column, missing values last either way', async () => {
    expect(await domains('sort=arr')).toEqual(['hooli.com', 'aviato.com', 'bachman.com', 'raviga.com']);
    expect(await domains('sort=arr&order=asc')).toEqual(['bachman.com', 'aviato.com', 'hooli.com', 'raviga.com']);
    expect(await domains('sort=renewal')).toEqual(['aviato.com', 'bachman.com', 'hooli.com', 'raviga.com']);
    expect(await domains('sort=last_activity')).toEqual(['hooli.com', 'aviato.com', 'bachman.com', 'raviga.com']);
    expect(await domains('sort=score&order=desc')).toEqual(['raviga.com', 'hooli.com', 'bachman.com', 'aviato.com']);
    // Unassigned first, then A→Z; Monica's two accounts tie on the owner and follow in id order.
    expect((await domains('sort=owner')).slice(0, 2)).toEqual(['raviga.com', 'hooli.com']);
  });

  it('pages every sort with cursors, and refuses a cursor from another sort', async () => {
    for (const sort of ['arr', 'renewal', 'last_activity', 'owner', 'score']) {
      const all = await domains(`sort=${sort}`);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page = (await client.get(`/v3/rest/success/health?sort=${sort}&limit=1${after}`)).body as Page;
        seen.push(...page.items.map((item) => item.domain));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen, sort).toEqual(all);
    }
    const arrPage = (await client.get('/v3/rest/success/health?sort=arr&limit=1')).body as Page;
    const mixed = await client.get(
      `/v3/rest/success/health?sort=name&cursor=${encodeURIComponent(arrPage.nextCursor!)}`,
    );
    expect(mixed.status).toBe(400);
  });

  it('shows ARR, ARR at risk, days to renewal, payment state and source on each row', async () => {
    const [aviato] = ((await client.get('/v3/rest/success/health?q=aviato')).body as Page).items;
    expect(aviato).toMatchObject({
      arr: { amount: 5_000_000, currency: 'USD' },
      arrAtRisk: { amount: 5_000_000, currency: 'USD' },
      daysToRenewal: 10,
      paymentState: 'past_due',
      revenueBadge: 'stripe',
    });
    const [hooli] = ((await client.get('/v3/rest/success/health?q=hooli')).body as Page).items;
    expect(hooli?.arrAtRisk).toEqual({ amount: 0, currency: 'USD' });
    const [raviga] = ((await client.get('/v3/rest/success/health?q=raviga')).body as Page).items;
    expect(raviga).toMatchObject({ arr: null, arrAtRisk: null, daysToRenewal: null, revenueBadge: null });
  });
});

describe('the Health summary', () => {
  it('adds ARR per band, ARR at risk and ARR renewing in 30/60/90 days', async () => {
    const summary = (await client.get('/v3/rest/success/health/summary')).body;
    const usd = (amount: number) => ({ amount, currency: 'USD' });
    expect(summary).toEqual({
      currency: 'USD',
      accountsByBand: { healthy: 2, at_risk: 1, critical: 1, unscored: 0 },
      arrByBand: { healthy: usd(9_000_000), at_risk: usd(1_200_000), critical: usd(5_000_000), unscored: usd(0) },
      arrAtRisk: usd(6_200_000),
      renewingAccounts: { d30: 1, d60: 2, d90: 3 },
      renewingArr: { d30: usd(5_000_000), d60: usd(6_200_000), d90: usd(15_200_000) },
    });
  });
});

describe('Customer Detail context', () => {
  it('shows active users against seats with the weekly trend, the CRM enrichment and the CRM links', async () => {
    await client.post('/v3/rest/success/health/recompute');
    const detail = (await client.get('/v3/rest/success/customers/hooli.com')).body;
    expect(detail).toMatchObject({
      metrics: { activeUsers: 40, licensedSeats: 120, weeklyTrendPct: -20, lastActivityAt: inDays(-1).toISOString() },
      enrichment: { provider: 'hubspot', properties: { industry: 'Technology', employees: 5000 } },
      crmLinks: [
        { provider: 'attio', url: 'https://app.attio.com/companies/rec_hooli' },
        { provider: 'salesbricks', url: 'https://app.salesbricks.com/orders/ord-hooli' },
      ],
    });
    const raviga = (await client.get('/v3/rest/success/customers/raviga.com')).body;
    expect(raviga).toMatchObject({
      metrics: { activeUsers: null, licensedSeats: null, weeklyTrendPct: null },
      enrichment: null,
      crmLinks: [],
    });
  });
});
