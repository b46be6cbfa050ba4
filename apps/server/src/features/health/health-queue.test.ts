import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountSummary } from '@success/shared/accounts';
import type { HealthSummary } from '@success/shared/health';
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
    for (const sort of ['triage', 'name', 'arr', 'renewal', 'last_activity', 'owner', 'score']) {
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

/*
 * A second workspace for the triage order: critical first, then at risk, not enough data, healthy,
 * unscored; within a band the largest ARR at risk first, then the lowest score. Churned accounts
 * leave the queue and its counts and are listed only under band=churned.
 *   name         band             score  ARR
 *   Big-10       critical         10     80,000.00
 *   Big-11       critical         11     80,000.00   (same ARR, one point apart: the cursor must keep them apart)
 *   Big-35       critical         35     80,000.00
 *   Small-20     critical         20     10,000.00
 *   Risk-60      at_risk          60    200,000.00
 *   Risk-45      at_risk          45      5,000.00
 *   Thin-72      not_enough_data  72    900,000.00
 *   Fine-72      healthy          72          0.10
 *   Fine-95      healthy          95  1,000,000.00
 *   Unscored     —                —           —
 *   Gone         churned (30 Oct, last MRR 500.00)
 */
describe('the triage order and churned accounts', () => {
  let triage: TestClient;
  const triageOrder = [
    'big-10.test',
    'big-11.test',
    'big-35.test',
    'small-20.test',
    'risk-60.test',
    'risk-45.test',
    'thin-72.test',
    'fine-72.test',
    'fine-95.test',
    'unscored.test',
  ];

  beforeAll(async () => {
    const signedIn = await createSignedInWorkspace(app);
    triage = signedIn.client;
    const add = (name: string, fields: Partial<Parameters<typeof insertAccount>[2]>) =>
      insertAccount(app, signedIn.workspace.id, { name, domain: `${name.toLowerCase()}.test`, ...fields });
    // Inserted out of order, so the id order cannot pass for the triage order.
    await add('Unscored', {});
    await add('Fine-95', { healthBand: 'healthy', healthScore: 95, arrMinor: 100_000_000 });
    await add('Small-20', { healthBand: 'critical', healthScore: 20, arrMinor: 1_000_000 });
    await add('Risk-45', { healthBand: 'at_risk', healthScore: 45, arrMinor: 500_000 });
    await add('Big-35', { healthBand: 'critical', healthScore: 35, arrMinor: 8_000_000 });
    await add('Thin-72', {
      healthBand: 'not_enough_data',
      healthScore: 72,
      healthCoverage: 0.25,
      arrMinor: 90_000_000,
    });
    await add('Big-11', { healthBand: 'critical', healthScore: 11, arrMinor: 8_000_000 });
    await add('Fine-72', { healthBand: 'healthy', healthScore: 72, arrMinor: 10 });
    await add('Risk-60', { healthBand: 'at_risk', healthScore: 60, arrMinor: 20_000_000 });
    await add('Big-10', { healthBand: 'critical', healthScore: 10, arrMinor: 8_000_000 });
    await add('Gone', {
      healthBand: 'churned',
      arrMinor: 0,
      mrrMinor: 0,
      churnedAt: new Date('2026-10-30T00:00:00Z'),
      churnedMrrMinor: 50_000,
    });
  });

  const list = async (query: string) => {
    const response = await triage.get(`/v3/rest/success/health?${query}`);
    expect(response.status, query).toBe(200);
    return response.body as Page;
  };

  it('opens in triage order: critical first, then ARR at risk, then the lowest score', async () => {
    expect((await list('')).items.map((item) => item.domain)).toEqual(triageOrder);
    expect((await list('sort=triage')).items.map((item) => item.domain)).toEqual(triageOrder);
  });

  it('pages the triage order with cursors, one and three rows at a time', async () => {
    for (const limit of [1, 3]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page = await list(`limit=${limit}${after}`);
        seen.push(...page.items.map((item) => item.domain));
        cursor = page.nextCursor;
        // A cursor that loses its place would loop; stop well past the end instead.
      } while (cursor && seen.length < 50);
      expect(seen, `limit=${limit}`).toEqual(triageOrder);
    }
  });

  it('lists churned accounts only under band=churned, with their churn date and last MRR', async () => {
    const [gone, ...others] = (await list('band=churned')).items;
    expect(others).toEqual([]);
    expect(gone).toMatchObject({
      domain: 'gone.test',
      health: null,
      churn: { churnedAt: '2026-10-30T00:00:00.000Z', lastMrr: { amount: 50_000, currency: 'USD' } },
    });
    for (const query of ['', 'band=healthy', 'q=gone', 'sort=name', 'includeUntracked=true']) {
      expect(
        (await list(query)).items.map((item) => item.domain),
        query,
      ).not.toContain('gone.test');
    }
  });

  it('filters "not enough data" and shows its coverage', async () => {
    const { items } = await list('band=not_enough_data');
    expect(items.map((item) => item.domain)).toEqual(['thin-72.test']);
    expect(items[0]?.health).toMatchObject({ band: 'not_enough_data', score: 72, coverage: 0.25 });
    expect(items[0]?.churn).toBeNull();
  });

  it('counts not enough data and churned apart from the bands in the summary', async () => {
    const summary = (await triage.get('/v3/rest/success/health/summary')).body as HealthSummary;
    expect(summary.accountsByBand).toEqual({ healthy: 2, at_risk: 2, critical: 4, not_enough_data: 1, unscored: 1 });
    expect(summary.arrByBand.not_enough_data.amount).toBe(90_000_000);
    expect(summary.churned).toEqual({ accounts: 1, lastMrr: { amount: 50_000, currency: 'USD' } });
  });
});

describe('the Health summary', () => {
  it('adds ARR per band, ARR at risk and ARR renewing in 30/60/90 days', async () => {
    const summary = (await client.get('/v3/rest/success/health/summary')).body;
    const usd = (amount: number) => ({ amount, currency: 'USD' });
    expect(summary).toEqual({
      currency: 'USD',
      accountsByBand: { healthy: 2, at_risk: 1, critical: 1, not_enough_data: 0, unscored: 0 },
      arrByBand: {
        healthy: usd(9_000_000),
        at_risk: usd(1_200_000),
        critical: usd(5_000_000),
        not_enough_data: usd(0),
        unscored: usd(0),
      },
      churned: { accounts: 0, lastMrr: usd(0) },
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
