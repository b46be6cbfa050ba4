import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CanonicalRecord, PageRequest, QuarantinedRecord, SyncCursor } from '../connector';
import { ProviderError } from '../http/provider-error';
import { createStripeConnector, type StripeCredentials } from './connector';
import {
  fakeCustomer,
  fakeEvent,
  fakeInvoice,
  fakeInvoiceParent,
  fakePrice,
  fakeProduct,
  fakeSubscription,
  fakeSubscriptionItem,
} from './fake-factories';
import { startStripeFake, type StripeFake } from './fake-server';

const now = new Date('2026-03-01T00:00:00Z');
let fake: StripeFake;
let sleeps: number[];

// Backoff is recorded, not waited for: the test asserts the delays the policy chose.
const connector = createStripeConnector({
  retry: {
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 0,
  },
});

beforeEach(async () => {
  fake = await startStripeFake();
  sleeps = [];
});
afterEach(async () => fake.close());

function contextFor(credentials: Partial<StripeCredentials> = {}) {
  return {
    credentials: { secretKey: fake.state.secretKey, ...credentials },
    settings: {},
    baseUrl: fake.baseUrl,
    now,
    signal: new AbortController().signal,
  };
}

/** Runs a pass to the end the way the engine does, storing the cursor as JSON between pages. */
async function runPass(request: Omit<PageRequest, 'cursor'>) {
  const records: CanonicalRecord[] = [];
  const quarantined: QuarantinedRecord[] = [];
  let cursor: SyncCursor | null = null;
  let pages = 0;
  do {
    const page = await connector.fetchPage(contextFor(), { ...request, cursor });
    records.push(...page.records);
    quarantined.push(...page.quarantined);
    // The engine stores the cursor as JSON: it must survive the round trip unchanged.
    expect(JSON.parse(JSON.stringify(page.nextCursor))).toEqual(page.nextCursor);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 100);
  return { records, quarantined, pages };
}

const externalIds = (records: CanonicalRecord[], kind: CanonicalRecord['kind']) =>
  records.flatMap((record) => {
    if (record.kind !== kind) return [];
    return 'row' in record && 'externalId' in record.row ? [record.row.externalId] : [record.ref.customerExternalId];
  });

const requestsTo = (path: string) => fake.state.requests.filter((request) => request.path === path);

function seedCustomerWithRevenue(index: number, status: 'active' | 'canceled' = 'active') {
  const customer = fakeCustomer({ email: `ops@company${index}.example.com`, name: `Company ${index}` });
  const subscription = fakeSubscription({
    customer: customer.id,
    status,
    items: [
      fakeSubscriptionItem({
        price: fakePrice({ unit_amount: 4900, product: fakeProduct({ name: `Plan ${index}` }) }),
        quantity: 2,
      }),
    ],
  });
  const invoice = fakeInvoice({ customer: customer.id, parent: fakeInvoiceParent(subscription.id) });
  fake.state.customers.push(customer);
  fake.state.subscriptions.push(subscription);
  fake.state.invoices.push(invoice);
  return { customer, subscription, invoice };
}

describe('full pass', () => {
  it('pages through 250 customers, subscriptions and invoices 100 at a time, each exactly once', async () => {
    const seeded = Array.from({ length: 250 }, (_, index) =>
      seedCustomerWithRevenue(index, index % 10 === 0 ? 'canceled' : 'active'),
    );

    const { records, quarantined, pages } = await runPass({ mode: 'full', since: null });

    expect(quarantined).toEqual([]);
    expect(pages).toBe(9);
    for (const [path, kind, ids] of [
      ['/v1/customers', 'customer', seeded.map((s) => s.customer.id)],
      ['/v1/subscriptions', 'revenue_source', seeded.map((s) => s.subscription.id)],
      ['/v1/invoices', 'invoice', seeded.map((s) => s.invoice.id)],
    ] as const) {
      const mapped = externalIds(records, kind);
      expect(mapped).toHaveLength(250);
      expect(new Set(mapped)).toEqual(new Set(ids));
      const requests = requestsTo(path);
      expect(requests.map((request) => request.query.limit)).toEqual(['100', '100', '100']);
      // Each page starts after the last id of the one before it (lists are newest-first).
      const newestFirst = [...ids].reverse();
      expect(requests.map((request) => request.query.starting_after)).toEqual([
        undefined,
        newestFirst[99],
        newestFirst[199],
      ]);
    }
  });

  it('lists every status (status=all) with customers and coupons expanded and names products', async () => {
    const { subscription } = seedCustomerWithRevenue(1, 'canceled');
    seedCustomerWithRevenue(2);

    const { records } = await runPass({ mode: 'full', since: null });

    const [listRequest] = requestsTo('/v1/subscriptions');
    expect(listRequest?.query).toMatchObject({
      status: 'all',
      expand: ['data.customer', 'data.discounts.source.coupon'],
    });
    const canceled = records.find(
      (record) => record.kind === 'revenue_source' && record.row.externalId === subscription.id,
    );
    expect(canceled).toMatchObject({
      ref: { customerExternalId: subscription.customer, domain: 'company1.example.com', label: 'Company 1' },
      row: { status: 'canceled', productName: 'Plan 1', amountMinor: 9800, seats: 2 },
    });
    expect(requestsTo('/v1/products')).toHaveLength(1);
  });

  it('fetches the items beyond the ten Stripe embeds', async () => {
    const customer = fakeCustomer();
    const items = Array.from({ length: 12 }, () =>
      fakeSubscriptionItem({ price: fakePrice({ unit_amount: 1000 }), quantity: 1 }),
    );
    fake.state.customers.push(customer);
    fake.state.subscriptions.push(fakeSubscription({ customer: customer.id, items }));

    const { records } = await runPass({ mode: 'full', since: null });

    expect(requestsTo('/v1/subscription_items')).toHaveLength(1);
    const source = records.find((record) => record.kind === 'revenue_source');
    expect(source).toMatchObject({ row: { amountMinor: 12_000, seats: 12 } });
  });

  it('quarantines a malformed subscription and maps the rest of its page', async () => {
    const seeded = [1, 2, 3].map((index) => seedCustomerWithRevenue(index));
    const broken = seeded[1]?.subscription.id ?? '';
    fake.state.faults.malformed = broken;

    const { records, quarantined } = await runPass({ mode: 'full', since: null });

    expect(externalIds(records, 'revenue_source').sort()).toEqual(
      [seeded[0]?.subscription.id, seeded[2]?.subscription.id].sort(),
    );
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]?.externalId).toBe(broken);
    expect(quarantined[0]?.error).toMatch(new RegExp(`^Stripe subscription ${broken}: items: `));
  });
});

describe('failures', () => {
  const firstPage = () => connector.fetchPage(contextFor(), { mode: 'full', cursor: null, since: null });

  it('waits out two 429s for the Retry-After Stripe sent, then succeeds', async () => {
    seedCustomerWithRevenue(1);
    fake.state.faults.rateLimit = { times: 2, retryAfterSeconds: 1 };

    const page = await firstPage();

    expect(page.records.map((record) => record.kind)).toContain('customer');
    expect(sleeps).toEqual([1000, 1000]);
    expect(requestsTo('/v1/customers')).toHaveLength(3);
  });

  it('recovers from a few 500s with backoff', async () => {
    seedCustomerWithRevenue(1);
    fake.state.faults.serverErrors = 2;

    const page = await firstPage();

    expect(page.records.length).toBeGreaterThan(0);
    expect(sleeps).toHaveLength(2);
    expect(requestsTo('/v1/customers')).toHaveLength(3);
  });

  it('gives up on persistent 500s after the attempt budget with a server ProviderError', async () => {
    fake.state.faults.serverErrors = 1000;

    const error = await firstPage().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      kind: 'server',
      status: 500,
      message: 'Sorry, something went wrong on our end. Please try again.',
    });
    expect(requestsTo('/v1/customers')).toHaveLength(6);
  });

  it('reports a bad key as an auth error in Stripe’s words, without retrying', async () => {
    const error = await connector
      .fetchPage(contextFor({ secretKey: 'sk_test_wrong_key_1234' }), { mode: 'full', cursor: null, since: null })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'auth', status: 401 });
    expect(error instanceof ProviderError ? error.message : '').toMatch(/^Invalid API Key provided: sk_test_\*+1234$/);
    expect(fake.state.requests).toHaveLength(1);
  });

  it('retries a connection dropped mid-response', async () => {
    seedCustomerWithRevenue(1);
    fake.state.faults.dropConnectionOnce = true;

    const page = await firstPage();

    expect(page.records.length).toBeGreaterThan(0);
    expect(requestsTo('/v1/customers')).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
  });

  it('times out a slow response as a network error', async () => {
    const impatient = createStripeConnector({ timeoutMs: 50, retry: { maxAttempts: 1 } });
    fake.state.faults.slowMs = 300;

    const error = await impatient
      .fetchPage(contextFor(), { mode: 'full', cursor: null, since: null })
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({
      kind: 'network',
      message: 'Could not reach Stripe: Request aborted due to timeout being reached (50ms)',
    });
  });

  it('fails a dropped page that never recovers as a network error', async () => {
    const flaky = createStripeConnector({ retry: { maxAttempts: 1 } });
    fake.state.faults.dropConnectionOnce = true;

    const error = await flaky
      .fetchPage(contextFor(), { mode: 'full', cursor: null, since: null })
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ kind: 'network' });
  });
});

describe('incremental pass', () => {
  const since = new Date('2026-02-20T00:00:00Z');
  const at = (iso: string) => Math.floor(Date.parse(iso) / 1000);

  it('maps the objects of events since the last sync, newest first, once each', async () => {
    const { customer, subscription, invoice } = seedCustomerWithRevenue(1);
    const renamed = { ...customer, name: 'Company One Renamed' };
    fake.state.events.push(
      fakeEvent('customer.updated', customer, { created: at('2026-02-10T00:00:00Z') }),
      fakeEvent(
        'customer.updated',
        { ...customer, name: 'Company One (old)' },
        { created: at('2026-02-21T00:00:00Z') },
      ),
      fakeEvent('customer.updated', renamed, { created: at('2026-02-25T00:00:00Z') }),
      fakeEvent('customer.subscription.updated', subscription, { created: at('2026-02-22T00:00:00Z') }),
      fakeEvent('invoice.paid', invoice, { created: at('2026-02-23T00:00:00Z') }),
      fakeEvent('charge.succeeded', { id: 'ch_fake1', object: 'charge' }, { created: at('2026-02-24T00:00:00Z') }),
    );

    const { records, quarantined } = await runPass({ mode: 'incremental', since });

    expect(quarantined).toEqual([]);
    const [eventsRequest] = requestsTo('/v1/events');
    expect(eventsRequest?.query['created[gt]']).toBe(String(at('2026-02-20T00:00:00Z')));
    expect(eventsRequest?.query.types).toContain('customer.subscription.updated');
    expect(records.filter((record) => record.kind === 'customer').map((record) => record.ref.label)).toEqual([
      'Company One Renamed',
    ]);
    // Events carry unexpanded objects, so subscriptions and invoices are read in their current state.
    expect(requestsTo(`/v1/subscriptions/${subscription.id}`)[0]?.query.expand).toEqual([
      'customer',
      'discounts.source.coupon',
      'items.data.price.product',
    ]);
    expect(records.find((record) => record.kind === 'revenue_source')).toMatchObject({
      ref: { customerExternalId: customer.id, domain: 'company1.example.com' },
      row: { externalId: subscription.id, productName: 'Plan 1', amountMinor: 9800 },
    });
    expect(externalIds(records, 'invoice')).toEqual([invoice.id]);
    expect(requestsTo('/v1/customers')).toHaveLength(0);
  });

  it('falls back to a full pass when the last sync is older than the event window', async () => {
    seedCustomerWithRevenue(1);

    const { records } = await runPass({ mode: 'incremental', since: new Date('2026-01-15T00:00:00Z') });

    expect(requestsTo('/v1/events')).toHaveLength(0);
    expect(requestsTo('/v1/customers')).toHaveLength(1);
    expect(externalIds(records, 'revenue_source')).toHaveLength(1);
  });
});

describe('testConnection', () => {
  it('names the account it reached and the key’s mode', async () => {
    await expect(connector.testConnection(contextFor())).resolves.toEqual({
      detail: 'Reached Stripe account acct_fake0001 (test mode).',
    });
  });

  it('rejects a bad key with Stripe’s message', async () => {
    await expect(connector.testConnection(contextFor({ secretKey: 'rk_test_nope' }))).rejects.toMatchObject({
      kind: 'auth',
      message: 'Invalid API Key provided: rk_test_nope',
    });
  });
});

describe('credentials', () => {
  it('accepts secret and restricted keys only', () => {
    expect(connector.credentialsSchema.safeParse({ secretKey: 'rk_live_abc' }).success).toBe(true);
    expect(connector.credentialsSchema.safeParse({ secretKey: 'pk_live_abc' }).success).toBe(false);
  });
});

describe('the fake', () => {
  it('leaves canceled subscriptions out unless status=all, as Stripe does', async () => {
    seedCustomerWithRevenue(1, 'canceled');
    const response = await fetch(`${fake.baseUrl}/v1/subscriptions`, {
      headers: { authorization: `Bearer ${fake.state.secretKey}` },
    });
    expect(await response.json()).toMatchObject({
      object: 'list',
      data: [],
      has_more: false,
      url: '/v1/subscriptions',
    });
  });

  it('refuses expansions deeper than four levels, so the connector resolves products itself', async () => {
    const response = await fetch(`${fake.baseUrl}/v1/subscriptions?expand[]=data.items.data.price.product`, {
      headers: { authorization: `Bearer ${fake.state.secretKey}` },
    });
    expect(response.status).toBe(400);
  });

  it('answers unknown paths with Stripe’s 404 envelope', async () => {
    const response = await fetch(`${fake.baseUrl}/v1/nope`, {
      headers: { authorization: `Bearer ${fake.state.secretKey}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { type: 'invalid_request_error' } });
  });
});
