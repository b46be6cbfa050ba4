import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { accounts, webhookEvents } from '../../db/schema';
import { fakeCustomer, fakeEvent } from '../../integrations/stripe/fake-factories';
import { startStripeFake, type StripeFake } from '../../integrations/stripe/fake-server';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';

const secretKey = 'sk_test_webhooks_0001';
const webhookSecret = 'whsec_test_piedpiper';
const stripe = new Stripe(secretKey);
let app: TestApp;
let fake: StripeFake;
let workspaceId: string;

beforeAll(async () => {
  fake = await startStripeFake({ secretKey });
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

async function post(payload: string, header: string) {
  const response = await fetch(`${app.baseUrl}/v3/rest/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': header },
    body: payload,
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe('the Stripe webhook endpoint', () => {
  const customer = fakeCustomer({ name: 'Endframe', email: 'finance@endframe.com' });
  const event = fakeEvent('customer.updated', customer);
  const payload = JSON.stringify(event);

  it('applies a correctly signed event once, and acknowledges a redelivery without applying it again', async () => {
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret });
    const first = await post(payload, header);
    expect(first).toMatchObject({ status: 200, body: { received: true, duplicate: false, outcome: 'mapped' } });
    const account = await app.database.db.select().from(accounts).where(eq(accounts.domain, 'endframe.com'));
    expect(account).toMatchObject([{ workspaceId, name: 'Endframe' }]);
    const again = await post(payload, header);
    expect(again).toMatchObject({ status: 200, body: { duplicate: true } });
    expect(
      await app.database.db.select().from(webhookEvents).where(eq(webhookEvents.workspaceId, workspaceId)),
    ).toHaveLength(1);
  });

  it('rejects a wrong secret, a tampered body and a stale timestamp with 400 problem+json', async () => {
    const wrong = await post(payload, stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_other' }));
    expect(wrong.status).toBe(400);
    expect(wrong.contentType).toContain('application/problem+json');
    const tampered = await post(
      payload.replace('Endframe', 'Hooli'),
      stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret }),
    );
    expect(tampered.status).toBe(400);
    const staleAt = Math.floor(Date.now() / 1000) - 301;
    const stale = await post(
      payload,
      stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret, timestamp: staleAt }),
    );
    expect(stale.status).toBe(400);
    expect(String(stale.body.detail)).toMatch(/300 seconds/);
    const missing = await post(payload, '');
    expect(missing.status).toBe(400);
  });
});
