import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { accounts, ledgerEntries, syncRuns } from '../../db/schema';
import {
  fakeCustomer,
  fakeEvent,
  fakePrice,
  fakeSubscription,
  fakeSubscriptionItem,
} from '../../integrations/stripe/fake-factories';
import { startStripeFake, type StripeFake } from '../../integrations/stripe/fake-server';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';

const secretKey = 'sk_test_webhook_refresh_0001';
const webhookSecret = 'whsec_test_raviga';
const stripe = new Stripe(secretKey);
let app: TestApp;
let fake: StripeFake;
let workspaceId: string;

const customer = fakeCustomer({ name: 'Raviga', email: 'billing@raviga.com' });
const price = fakePrice({ unit_amount: 4900 });
const item = fakeSubscriptionItem({ price, quantity: 2 });
const subscription = fakeSubscription({ customer: customer.id, items: [item] });

/** The subscription as a `customer.subscription.updated` event carries it, with the customer expanded. */
function updatedSubscription(quantity: number) {
  return {
    ...subscription,
    customer,
    items: { ...subscription.items, data: subscription.items.data.map((line) => ({ ...line, quantity })) },
  };
}

async function postEvent(event: ReturnType<typeof fakeEvent>) {
  const payload = JSON.stringify(event);
  const response = await fetch(`${app.baseUrl}/v3/rest/webhooks/stripe`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret }),
    },
    body: payload,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const ledgerOf = () =>
  app.database.db
    .select({ mrrMinor: ledgerEntries.mrrMinor })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.workspaceId, workspaceId));
const accountOf = async () => {
  const [account] = await app.database.db.select().from(accounts).where(eq(accounts.domain, 'raviga.com'));
  return account;
};
const countSyncRuns = async () =>
  (await app.database.db.select().from(syncRuns).where(eq(syncRuns.workspaceId, workspaceId))).length;

beforeAll(async () => {
  fake = await startStripeFake({ secretKey });
  fake.state.customers.push(customer);
  fake.state.subscriptions.push(subscription);
  app = await startTestApp();
  const signedIn = await createSignedInWorkspace(app);
  workspaceId = signedIn.workspace.id;
  const connected = await signedIn.client.put('/v3/rest/integrations/stripe', {
    credentials: { secretKey, webhookSecret },
    settings: { baseUrl: fake.baseUrl },
  });
  expect(connected.status).toBe(200);
  await app.jobs.drain();
});
afterAll(async () => {
  await app.close();
  await fake.close();
});

describe('a webhook that changes a subscription', () => {
  it('refreshes the ledger and the account MRR without waiting for a sync', async () => {
    expect(await ledgerOf()).toEqual([{ mrrMinor: 9_800 }]);
    expect(await accountOf()).toMatchObject({ mrrMinor: 9_800 });
    const runsBefore = await countSyncRuns();

    const response = await postEvent(fakeEvent('customer.subscription.updated', updatedSubscription(5)));
    expect(response).toMatchObject({ status: 200, body: { outcome: 'mapped' } });
    await app.jobs.drain();

    expect(await ledgerOf()).toEqual([{ mrrMinor: 24_500 }]);
    expect(await accountOf()).toMatchObject({ mrrMinor: 24_500, arrMinor: 294_000 });
    expect(await countSyncRuns()).toBe(runsBefore);
  });

  it('settles a burst of deliveries on the last change', async () => {
    for (const quantity of [6, 7, 8])
      expect(await postEvent(fakeEvent('customer.subscription.updated', updatedSubscription(quantity)))).toMatchObject({
        status: 200,
        body: { outcome: 'mapped' },
      });
    await app.jobs.drain();
    expect(await ledgerOf()).toEqual([{ mrrMinor: 39_200 }]);
    expect(await accountOf()).toMatchObject({ mrrMinor: 39_200 });
  });
});
