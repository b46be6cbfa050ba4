import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { invoices, revenueSources } from '../../db/schema';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';
import {
  fakeCustomer,
  fakeInvoice,
  fakeInvoiceParent,
  fakePrice,
  fakeSubscription,
  fakeSubscriptionItem,
} from './fake-factories';
import { startStripeFake, type StripeFake } from './fake-server';

const secretKey = 'sk_test_hooli_0001';
let app: TestApp;
let fake: StripeFake;
let admin: TestClient;
let workspaceId: string;

/** 120 paying customers with seat-based subscriptions, one free-mail customer, one canceled. */
function seedFake() {
  const expectedAmounts: number[] = [];
  for (let i = 0; i < 120; i += 1) {
    const customer = fakeCustomer({ name: `Company ${i}`, email: `billing@company-${i}.com` });
    const seats = 1 + (i % 7);
    const unitAmount = 1000 + (i % 5) * 500;
    const subscription = fakeSubscription({
      customer: customer.id,
      status: 'active',
      items: [fakeSubscriptionItem({ price: fakePrice({ unit_amount: unitAmount }), quantity: seats })],
    });
    expectedAmounts.push(seats * unitAmount);
    fake.state.customers.push(customer);
    fake.state.subscriptions.push(subscription);
    fake.state.invoices.push(
      fakeInvoice({
        customer: customer.id,
        status: 'paid',
        amount_due: seats * unitAmount,
        amount_paid: seats * unitAmount,
        parent: fakeInvoiceParent(subscription.id),
      }),
    );
  }
  const jianYang = fakeCustomer({ name: 'Jian-Yang', email: 'jianyang@gmail.com' });
  fake.state.customers.push(jianYang);
  fake.state.subscriptions.push(fakeSubscription({ customer: jianYang.id, status: 'canceled' }));
  return expectedAmounts;
}

let expectedAmounts: number[] = [];

beforeAll(async () => {
  fake = await startStripeFake({ secretKey });
  expectedAmounts = seedFake();
  app = await startTestApp();
  const signedIn = await createSignedInWorkspace(app);
  admin = signedIn.client;
  workspaceId = signedIn.workspace.id;
});
afterAll(async () => {
  await app.close();
  await fake.close();
});

describe('Stripe, end to end against the fake', () => {
  it('refuses a wrong key with Stripe’s own message', async () => {
    const response = await admin.put('/v3/rest/integrations/stripe', {
      credentials: { secretKey: 'sk_test_wrong' },
      settings: { baseUrl: fake.baseUrl },
    });
    expect(response.status).toBe(422);
    expect((response.body as { detail: string }).detail).toMatch(/^Stripe refused the credentials: .+/);
  });

  it('connects, pages through everything once and links customers by email domain', async () => {
    const response = await admin.put('/v3/rest/integrations/stripe', {
      credentials: { secretKey },
      settings: { baseUrl: fake.baseUrl },
    });
    expect(response.status).toBe(200);
    await app.jobs.drain();

    const sources = await app.database.db
      .select()
      .from(revenueSources)
      .where(eq(revenueSources.workspaceId, workspaceId));
    expect(sources).toHaveLength(121);
    const active = sources.filter((source) => source.status === 'active');
    // The sum computed by hand from the fake's seats × unit prices.
    expect(active.reduce((sum, source) => sum + source.amountMinor, 0)).toBe(
      expectedAmounts.reduce((a, b) => a + b, 0),
    );
    expect(active.every((source) => source.accountId !== null)).toBe(true);
    expect(await app.database.db.select().from(invoices).where(eq(invoices.workspaceId, workspaceId))).toHaveLength(
      120,
    );

    const unmatched = (await admin.get('/v3/rest/integrations/unmatched')).body as {
      items: { label: string; provider: string }[];
    };
    expect(unmatched.items).toMatchObject([{ label: 'Jian-Yang', provider: 'stripe' }]);
    const detail = await admin.get('/v3/rest/success/customers/company-7.com');
    expect(detail.body).toMatchObject({ account: { name: 'Company 7' }, counts: { revenueSources: 1 } });

    const stripe = (
      (await admin.get('/v3/rest/integrations')).body as {
        items: { provider: string; status: string; lastRun: { recordsCreated: number } }[];
      }
    ).items.find((i) => i.provider === 'stripe');
    expect(stripe?.status).toBe('healthy');
  });

  it('survives a 429 storm and 500s, and a second full pass changes nothing', async () => {
    fake.state.faults.rateLimit = { times: 2, retryAfterSeconds: 1 };
    fake.state.faults.serverErrors = 1;
    expect((await admin.post('/v3/rest/integrations/stripe/sync', { mode: 'full' })).status).toBe(202);
    await app.jobs.drain();
    const runs = (await admin.get('/v3/rest/integrations/stripe/runs')).body as {
      items: { status: string; recordsCreated: number; recordsUpdated: number }[];
    };
    expect(runs.items[0]).toMatchObject({ status: 'succeeded', recordsCreated: 0, recordsUpdated: 0 });
    const sources = await app.database.db
      .select()
      .from(revenueSources)
      .where(eq(revenueSources.workspaceId, workspaceId));
    expect(sources).toHaveLength(121);
  });
});
