import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { AccountSummary } from '@success/shared/accounts';
import type { HealthSummary } from '@success/shared/health';
import type { LedgerRow, LedgerRowDetail, LedgerSummary, Movements } from '@success/shared/ledger';
import { invoices, paymentEvents, revenueSourceRevisions, revenueSources } from '../../db/schema';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

const now = new Date('2026-11-24T12:00:00Z');
const inDays = (n: number) => new Date(now.getTime() + n * 86_400_000);
let app: TestApp;
let client: TestClient;
let workspaceId: string;

type Page = { items: LedgerRow[]; nextCursor: string | null };

const base = {
  kind: 'subscription' as const,
  status: 'active',
  currency: 'USD',
  billingInterval: 'year' as const,
};

/*
 * The ledger by hand (USD reporting, EUR at 0.92 per USD):
 *   Hooli    Salesbricks ord-hooli 12,000.00/yr, linked Stripe sub agrees  → merged,   MRR 1,000.00
 *   Raviga   Stripe 500.00/month, past due (was 300.00 until September)    → single,   MRR   500.00
 *   Aviato   Salesbricks €9,200.00/yr; linked Stripe sub bills €10,000.00  → conflict, MRR €766.67 → $833.34
 *   Endframe Stripe trial                                                   → single,   MRR     0.00
 * MRR 1,000.00 + 500.00 + 833.34 = 2,333.34; ARR 28,000.08.
 */
beforeAll(async () => {
  app = await startTestApp({ now: () => now });
  const signedIn = await createSignedInWorkspace(app);
  client = signedIn.client;
  workspaceId = signedIn.workspace.id;
  const { db } = app.database;
  const hooli = await insertAccount(app, workspaceId, { name: 'Hooli', domain: 'hooli.com' });
  const raviga = await insertAccount(app, workspaceId, { name: 'Raviga', domain: 'raviga.com' });
  const aviato = await insertAccount(app, workspaceId, { name: 'Aviato', domain: 'aviato.com' });
  const endframe = await insertAccount(app, workspaceId, { name: 'Endframe', domain: 'endframe.com' });
  const [, ravigaSub] = await db
    .insert(revenueSources)
    .values([
      {
        ...base,
        workspaceId,
        accountId: hooli.id,
        provider: 'salesbricks',
        externalId: 'ord-hooli',
        kind: 'contract',
        productName: 'Enterprise',
        amountMinor: 1_200_000,
        startDate: new Date('2026-03-15T00:00:00Z'),
        renewalDate: inDays(20),
        sourceUrl: 'https://app.salesbricks.com/orders/ord-hooli',
      },
      {
        ...base,
        workspaceId,
        accountId: raviga.id,
        provider: 'stripe',
        externalId: 'sub_raviga',
        productName: 'Team',
        status: 'past_due',
        amountMinor: 50_000,
        billingInterval: 'month',
        startDate: new Date('2026-06-10T00:00:00Z'),
        renewalDate: inDays(45),
      },
      {
        ...base,
        workspaceId,
        accountId: hooli.id,
        provider: 'stripe',
        externalId: 'sub_hooli',
        productName: 'Enterprise',
        amountMinor: 1_200_000,
        startDate: new Date('2026-03-15T00:00:00Z'),
        renewalDate: inDays(20),
        linkedExternalId: 'ord-hooli',
      },
      {
        ...base,
        workspaceId,
        accountId: aviato.id,
        provider: 'salesbricks',
        externalId: 'ord-aviato',
        kind: 'contract',
        productName: 'Growth',
        currency: 'EUR',
        amountMinor: 920_000,
        startDate: new Date('2025-12-01T00:00:00Z'),
        renewalDate: inDays(80),
      },
      {
        ...base,
        workspaceId,
        accountId: aviato.id,
        provider: 'stripe',
        externalId: 'sub_aviato',
        productName: 'Growth',
        currency: 'EUR',
        amountMinor: 1_000_000,
        startDate: new Date('2025-12-01T00:00:00Z'),
        renewalDate: inDays(80),
        linkedExternalId: 'ord-aviato',
      },
      {
        ...base,
        workspaceId,
        accountId: endframe.id,
        provider: 'stripe',
        externalId: 'sub_endframe',
        productName: 'Team',
        status: 'trialing',
        amountMinor: 9_900,
        billingInterval: 'month',
        trialEnd: inDays(10),
        renewalDate: inDays(10),
      },
    ])
    .returning({ id: revenueSources.id });
  // Raviga's history: 300.00/month from June, 500.00/month since September.
  const ravigaState = (amountMinor: number) => ({
    status: 'active',
    currency: 'USD',
    items: [],
    amountMinor,
    billingInterval: 'month',
    intervalCount: 1,
    discounts: [],
    trialEnd: null,
    startDate: '2026-06-10T00:00:00.000Z',
    endDate: null,
    isCancelAtPeriodEnd: false,
  });
  await db.insert(revenueSourceRevisions).values([
    {
      workspaceId,
      revenueSourceId: ravigaSub!.id,
      stateHash: 'a',
      state: ravigaState(30_000),
      observedAt: new Date('2026-06-10T00:00:00Z'),
    },
    {
      workspaceId,
      revenueSourceId: ravigaSub!.id,
      stateHash: 'b',
      state: ravigaState(50_000),
      observedAt: new Date('2026-09-05T00:00:00Z'),
    },
  ]);
  const [invoice] = await db
    .insert(invoices)
    .values({
      workspaceId,
      accountId: raviga.id,
      revenueSourceId: ravigaSub!.id,
      provider: 'stripe',
      externalId: 'in_raviga_1',
      number: 'RAV-0001',
      status: 'open',
      currency: 'USD',
      amountDueMinor: 50_000,
      taxMinor: 0,
      issuedAt: inDays(-20),
      dueAt: inDays(-10),
    })
    .returning({ id: invoices.id });
  await db.insert(paymentEvents).values({
    workspaceId,
    accountId: raviga.id,
    invoiceId: invoice!.id,
    provider: 'stripe',
    externalId: 'ch_failed_1',
    type: 'payment_failed',
    amountMinor: 50_000,
    currency: 'USD',
    failureReason: 'card_declined',
    occurredAt: inDays(-9),
  });
  await client.post('/v3/rest/success/health/recompute');
});

afterAll(async () => {
  await app.close();
});

async function summary(): Promise<LedgerSummary> {
  return (await client.get('/v3/rest/success/contracts/summary')).body as LedgerSummary;
}

async function list(query = ''): Promise<Page> {
  const response = await client.get(`/v3/rest/success/contracts${query}`);
  expect(response.status).toBe(200);
  return response.body as Page;
}

describe('currency rates', () => {
  it('leaves a currency without a rate out of the rollups and names it', async () => {
    const rates = (await client.get('/v3/rest/success/contracts/rates')).body as { missing: string[] };
    expect(rates.missing).toEqual(['EUR']);
    expect((await summary()).mrr).toEqual({ amount: 150_000, currency: 'USD' });
  });

  it('refuses a malformed rate and the reporting currency in the table', async () => {
    const bad = await client.put('/v3/rest/success/contracts/rates', {
      reportingCurrency: 'USD',
      rates: [{ currency: 'EUR', rate: '-1' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain('application/problem+json');
    const self = await client.put('/v3/rest/success/contracts/rates', {
      reportingCurrency: 'USD',
      rates: [{ currency: 'USD', rate: '1' }],
    });
    expect(self.status).toBe(400);
  });

  it('converts with the saved rate and stores it with each row', async () => {
    const saved = await client.put('/v3/rest/success/contracts/rates', {
      reportingCurrency: 'USD',
      rates: [{ currency: 'EUR', rate: '0.92' }],
    });
    expect(saved.status).toBe(200);
    expect((saved.body as { missing: string[] }).missing).toEqual([]);
    const aviato = (await list('?q=aviato')).items[0];
    expect(aviato?.mrr).toEqual({ amount: 76_667, currency: 'EUR' });
    expect(aviato?.reportingMrr).toEqual({ amount: 83_334, currency: 'USD' });
    expect(aviato?.rate).toBe('0.92');
  });
});

describe('the ledger', () => {
  it('totals MRR, ARR, past-due ARR and renewing ARR by hand', async () => {
    expect(await summary()).toMatchObject({
      mrr: { amount: 233_334, currency: 'USD' },
      arr: { amount: 2_800_008, currency: 'USD' },
      pastDueArr: { amount: 600_000, currency: 'USD' },
      renewingArr: {
        d30: { amount: 1_200_000, currency: 'USD' },
        d60: { amount: 1_800_000, currency: 'USD' },
        d90: { amount: 2_800_008, currency: 'USD' },
      },
      rows: 4,
      ignoredRows: 0,
      conflicts: 1,
    });
  });

  it('merges linked sources into one row and marks disagreements as conflicts', async () => {
    const rows = (await list('?sort=account&order=asc')).items;
    expect(rows.map((row) => [row.account?.domain, row.reconciliation])).toEqual([
      ['aviato.com', 'conflict'],
      ['endframe.com', 'single'],
      ['hooli.com', 'merged'],
      ['raviga.com', 'single'],
    ]);
    const hooli = rows.find((row) => row.account?.domain === 'hooli.com');
    expect(hooli?.sources.map((source) => source.provider).sort()).toEqual(['salesbricks', 'stripe']);
    const aviato = rows.find((row) => row.account?.domain === 'aviato.com');
    // Compared as MRR: €10,000.00/yr billed against a €9,200.00/yr contract.
    expect(aviato?.conflicts).toEqual([{ field: 'amount', stripe: '833.33 EUR', salesbricks: '766.67 EUR' }]);
    const raviga = rows.find((row) => row.account?.domain === 'raviga.com');
    expect(raviga).toMatchObject({ paymentState: 'past_due', daysToRenewal: 45 });
    expect(raviga?.lastFailedPaymentAt).toBe(inDays(-9).toISOString());
  });

  it('filters by source, status, payment state, reconciliation and renewal window', async () => {
    const domains = async (query: string) => (await list(query)).items.map((row) => row.account?.domain).sort();
    expect(await domains('?source=salesbricks')).toEqual(['aviato.com', 'hooli.com']);
    expect(await domains('?status=trialing')).toEqual(['endframe.com']);
    expect(await domains('?paymentState=past_due')).toEqual(['raviga.com']);
    expect(await domains('?reconciliation=conflict,merged')).toEqual(['aviato.com', 'hooli.com']);
    expect(await domains('?renewalWithinDays=30')).toEqual(['endframe.com', 'hooli.com']);
  });

  it('sorts by ARR and pages with a cursor in the same order', async () => {
    const all = (await list('?sort=arr')).items.map((row) => row.reportingArr.amount);
    expect(all).toEqual([1_200_000, 1_000_008, 600_000, 0]);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`?sort=arr&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      seen.push(...page.items.map((row) => row.reportingArr.amount));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('answers bad input with 400 problem+json', async () => {
    for (const query of ['?status=purple', '?source=paypal', '?cursor=nope', '?renewalWithinDays=-5', '?sort=size']) {
      const response = await client.get(`/v3/rest/success/contracts${query}`);
      expect(response.status, query).toBe(400);
      expect(response.contentType).toContain('application/problem+json');
    }
    const arrCursor = (await list('?sort=arr&limit=1')).nextCursor ?? '';
    const mixed = await client.get(`/v3/rest/success/contracts?sort=account&cursor=${encodeURIComponent(arrCursor)}`);
    expect(mixed.status).toBe(400);
    const unknown = await client.get('/v3/rest/success/contracts/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
  });

  it('shows a row with its invoices and payment events', async () => {
    const raviga = (await list('?q=raviga')).items[0]!;
    const detail = (await client.get(`/v3/rest/success/contracts/${raviga.id}`)).body as LedgerRowDetail;
    expect(detail.invoices.map((invoice) => invoice.number)).toEqual(['RAV-0001']);
    expect(detail.paymentEvents).toEqual([
      expect.objectContaining({ type: 'payment_failed', failureReason: 'card_declined' }),
    ]);
  });

  it('exports the filtered ledger as CSV', async () => {
    const response = await client.get('/v3/rest/success/contracts/export.csv?source=salesbricks&sort=arr');
    expect(response.status).toBe(200);
    expect(response.contentType).toContain('text/csv');
    const lines = String(response.body).trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^account,domain,product,/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['Hooli', 'Aviato']);
    expect(lines[1]).toContain('12000.00');
  });
});

describe('renewals', () => {
  it('lists what renews within the window, by date or by ARR, with the health band', async () => {
    const byDate = (await client.get('/v3/rest/success/contracts/renewals?withinDays=60')).body as Page;
    expect(byDate.items.map((row) => row.account?.domain)).toEqual(['endframe.com', 'hooli.com', 'raviga.com']);
    expect(byDate.items.every((row) => row.healthBand !== null)).toBe(true);
    const byArr = (await client.get('/v3/rest/success/contracts/renewals?withinDays=60&sort=arr')).body as Page;
    expect(byArr.items.map((row) => row.account?.domain)).toEqual(['hooli.com', 'raviga.com', 'endframe.com']);
    const bad = await client.get('/v3/rest/success/contracts/renewals?withinDays=45');
    expect(bad.status).toBe(400);
  });
});

describe('MRR movements', () => {
  it('replays each month from the sources history, with NRR and GRR', async () => {
    const response = await client.get('/v3/rest/success/contracts/movements?from=2025-12&to=2026-11');
    const movements = response.body as Movements;
    const month = (key: string) => movements.months.find((m) => m.month === key)!;
    expect(month('2025-12').new.amount).toBe(83_334);
    expect(month('2026-03').new.amount).toBe(100_000);
    expect(month('2026-06').new.amount).toBe(30_000);
    expect(month('2026-09').expansion.amount).toBe(20_000);
    expect(month('2026-11').mrr.amount).toBe(233_334);
    const net = movements.months.reduce((sum, m) => sum + m.net.amount, 0);
    expect(net).toBe(233_334);

    const retention = (
      (await client.get('/v3/rest/success/contracts/movements?from=2026-07&to=2026-11')).body as Movements
    ).retention;
    expect(retention.startMrr.amount).toBe(213_334);
    expect(retention.expansion.amount).toBe(20_000);
    expect(retention.nrr).toBeCloseTo(233_334 / 213_334, 10);
    expect(retention.grr).toBe(1);
  });

  it('refuses an inverted or malformed window', async () => {
    const inverted = await client.get('/v3/rest/success/contracts/movements?from=2026-10&to=2026-01');
    expect(inverted.status).toBe(400);
    expect(inverted.contentType).toContain('application/problem+json');
    expect((await client.get('/v3/rest/success/contracts/movements?from=2026-13')).status).toBe(400);
  });
});

describe('Ignore from ARR', () => {
  it('asks for a reason, then removes the row from every rollup and puts it back', async () => {
    const hooli = (await list('?q=hooli')).items[0]!;
    const missingReason = await client.put(`/v3/rest/success/contracts/${hooli.id}/ignore`, { isIgnored: true });
    expect(missingReason.status).toBe(400);
    expect(JSON.stringify(missingReason.body)).toContain('reason');

    const ignored = await client.put(`/v3/rest/success/contracts/${hooli.id}/ignore`, {
      isIgnored: true,
      reason: 'Internal test account',
    });
    expect(ignored.status).toBe(200);
    expect(ignored.body).toMatchObject({ id: hooli.id, isIgnoredFromArr: true, ignoreReason: 'Internal test account' });
    expect((await summary()).mrr.amount).toBe(133_334);
    const account = (await client.get('/v3/rest/success/customers/hooli.com')).body as { account: AccountSummary };
    expect(account.account.arr).toEqual({ amount: 0, currency: 'USD' });
    const health = (await client.get('/v3/rest/success/health/summary')).body as HealthSummary;
    const bandArr = Object.values(health.arrByBand).reduce((sum, money) => sum + money.amount, 0);
    expect(bandArr).toBe(1_600_008);
    const revenue = (await client.get('/v3/rest/success/customers/hooli.com/revenue')).body as { items: LedgerRow[] };
    expect(revenue.items[0]).toMatchObject({ isIgnoredFromArr: true, ignoreReason: 'Internal test account' });

    await client.put(`/v3/rest/success/contracts/${hooli.id}/ignore`, { isIgnored: false });
    expect((await summary()).mrr.amount).toBe(233_334);
  });
});

describe('workspace isolation', () => {
  it('never shows another workspace its ledger rows', async () => {
    const other = await createSignedInWorkspace(app);
    const page = (await other.client.get('/v3/rest/success/contracts')).body as Page;
    expect(page.items).toEqual([]);
    const hooli = (await list('?q=hooli')).items[0]!;
    expect((await other.client.get(`/v3/rest/success/contracts/${hooli.id}`)).status).toBe(404);
    const ignore = await other.client.put(`/v3/rest/success/contracts/${hooli.id}/ignore`, {
      isIgnored: true,
      reason: 'x',
    });
    expect(ignore.status).toBe(404);
  });
});

describe('an account that loses its revenue', () => {
  it('goes back to no ledger data on the next rebuild, and no other account is touched', async () => {
    const before = ((await client.get('/v3/rest/success/health?q=hooli')).body as { items: AccountSummary[] }).items;
    await app.database.db.delete(revenueSources).where(eq(revenueSources.externalId, 'sub_endframe'));
    await client.post('/v3/rest/success/health/recompute');
    const [endframe] = ((await client.get('/v3/rest/success/health?q=endframe')).body as { items: AccountSummary[] })
      .items;
    expect(endframe).toMatchObject({
      arr: null,
      mrr: null,
      renewalDate: null,
      paymentState: 'none',
      revenueBadge: null,
    });
    const after = ((await client.get('/v3/rest/success/health?q=hooli')).body as { items: AccountSummary[] }).items;
    expect(after[0]?.arr).toEqual(before[0]?.arr);
    expect(after[0]?.revenueBadge).toBe('merged');
  });
});
