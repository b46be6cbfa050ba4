import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CanonicalRecord, ConnectorContext, SyncPage } from '../connector';
import { ProviderError } from '../http/provider-error';
import { createSalesbricksConnector, type SalesbricksConnectorOptions } from './connector';
import { startSalesbricksFake, type FakeCustomer, type SalesbricksFake } from './fake-server';
import ordersAnnual from './fixtures/orders-annual.json';
import subscriptionAnnual from './fixtures/subscription-annual.json';
import upgradeOrders from './fixtures/upgrade-orders.json';
import type { SalesbricksCredentials, SalesbricksSettings } from './schemas';

const now = new Date('2025-06-15T12:00:00Z');
const customerId = (n: number) => `cust-${String(n).padStart(3, '0')}`;
const subscriptionId = (n: number) => `sub-${String(n).padStart(3, '0')}`;

/** n customers, each with one annual subscription, its order history and open upgrade orders. */
function seed(fake: SalesbricksFake, count: number) {
  for (let n = 1; n <= count; n += 1) {
    const customer: FakeCustomer = {
      customer_id: customerId(n),
      name: `Customer ${n}`,
      external_id: null,
      stripe_customer_id: null,
      address: null,
      subscriptions: [
        {
          subscription_id: subscriptionId(n),
          status: 'ACTIVE',
          name: 'Team',
          starts_at: '2025-01-01',
          ends_at: '2025-12-31',
        },
      ],
    };
    fake.state.customers.push(customer);
    fake.state.subscriptions[subscriptionId(n)] = {
      ...subscriptionAnnual,
      subscription_id: subscriptionId(n),
      point_of_contact: {
        ...subscriptionAnnual.point_of_contact,
        person_id: `person-${n}`,
        email: `buyer@customer${n}.com`,
      },
      signatory_user: null,
    };
    fake.state.orders[subscriptionId(n)] = ordersAnnual.results.map((order) => ({ ...order, order_id: `order-${n}` }));
    fake.state.upgradeOrders[subscriptionId(n)] = upgradeOrders.orders.map((order, index) => ({
      ...order,
      order_id: `upgrade-${n}-${index}`,
    }));
  }
}

function ofKind<K extends CanonicalRecord['kind']>(records: CanonicalRecord[], kind: K) {
  return records.filter((record): record is Extract<CanonicalRecord, { kind: K }> => record.kind === kind);
}

describe('salesbricks connector against the fake', () => {
  let fake: SalesbricksFake;
  const sleep = vi.fn((_ms: number) => Promise.resolve());
  const connector = (options: SalesbricksConnectorOptions = {}) =>
    createSalesbricksConnector({ pageSize: 3, ...options, retry: { sleep, random: () => 0.5, ...options.retry } });
  const context = (overrides: Partial<ConnectorContext<SalesbricksCredentials, SalesbricksSettings>> = {}) => ({
    credentials: { apiToken: fake.state.apiToken },
    settings: {},
    baseUrl: fake.baseUrl,
    now,
    signal: new AbortController().signal,
    ...overrides,
  });

  async function fullPass(options: SalesbricksConnectorOptions = {}): Promise<SyncPage[]> {
    const pages: SyncPage[] = [];
    const subject = connector(options);
    let cursor: SyncPage['nextCursor'] = null;
    do {
      const page = await subject.fetchPage(context(), { mode: 'full', cursor, since: null });
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor && pages.length < 20);
    return pages;
  }

  const customerPageOffsets = () =>
    fake.requests.filter((request) => request.path === '/api/v2/customers').map((request) => request.query.offset);

  beforeEach(async () => {
    sleep.mockClear();
    fake = await startSalesbricksFake();
    seed(fake, 7);
  });
  afterEach(async () => {
    await fake.close();
  });

  it('pages through every customer exactly once, with contracts, deals and activities', async () => {
    const pages = await fullPass();
    expect(pages).toHaveLength(3);
    expect(customerPageOffsets()).toEqual(['0', '3', '6']);
    const records = pages.flatMap((page) => page.records);
    const customers = ofKind(records, 'customer').map((record) => record.ref.customerExternalId);
    expect(customers).toEqual(Array.from({ length: 7 }, (_, index) => customerId(index + 1)));
    expect(ofKind(records, 'revenue_source').map((record) => record.row.externalId)).toEqual(
      Array.from({ length: 7 }, (_, index) => subscriptionId(index + 1)),
    );
    expect(ofKind(records, 'deal')).toHaveLength(7 * 3);
    expect(ofKind(records, 'customer')[0]?.ref.domain).toBe('customer1.com');
    expect(pages.flatMap((page) => page.quarantined)).toEqual([]);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('waits out two 429s for the Retry-After it was given, then succeeds', async () => {
    fake.faults.rateLimit = { times: 2, retryAfterSeconds: 3 };
    const pages = await fullPass();
    expect(
      ofKind(
        pages.flatMap((page) => page.records),
        'customer',
      ),
    ).toHaveLength(7);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([3000, 3000]);
    expect(customerPageOffsets()).toEqual(['0', '0', '0', '3', '6']);
  });

  it('recovers from 500s with backoff', async () => {
    fake.faults.serverErrors = 2;
    const pages = await fullPass();
    expect(
      ofKind(
        pages.flatMap((page) => page.records),
        'customer',
      ),
    ).toHaveLength(7);
    expect(sleep).toHaveBeenCalledTimes(2);
  });

  it('gives up after the attempt budget with a server ProviderError', async () => {
    fake.faults.serverErrors = 100;
    const error = await connector({ retry: { maxAttempts: 3 } })
      .fetchPage(context(), { mode: 'full', cursor: null, since: null })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'server', status: 500 });
    expect(fake.requests).toHaveLength(3);
  });

  it("reports a rejected token as an auth error in Salesbricks' words, without retrying", async () => {
    const error = await connector()
      .fetchPage(context({ credentials: { apiToken: 'wrong' } }), { mode: 'full', cursor: null, since: null })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'auth', status: 401 });
    expect(error instanceof ProviderError && error.message).toBe(
      'Salesbricks answered 401: Incorrect authentication credentials.',
    );
    expect(fake.requests).toHaveLength(1);
  });

  it('quarantines a malformed customer and maps the rest', async () => {
    fake.faults.malformedId = customerId(2);
    const pages = await fullPass();
    const quarantined = pages.flatMap((page) => page.quarantined);
    expect(quarantined.map((record) => record.externalId)).toEqual([customerId(2)]);
    expect(quarantined[0]?.error).toContain('name');
    const customers = ofKind(
      pages.flatMap((page) => page.records),
      'customer',
    ).map((record) => record.ref.customerExternalId);
    expect(customers).toHaveLength(6);
    expect(customers).not.toContain(customerId(2));
  });

  it('quarantines a malformed subscription but keeps its customer', async () => {
    fake.faults.malformedId = subscriptionId(4);
    const records = (await fullPass()).flatMap((page) => page.records);
    expect(ofKind(records, 'customer')).toHaveLength(7);
    expect(ofKind(records, 'revenue_source').map((record) => record.row.externalId)).not.toContain(subscriptionId(4));
  });

  it('skips a subscription deleted between the customer list and its detail call', async () => {
    delete fake.state.subscriptions[subscriptionId(5)];
    const pages = await fullPass();
    const records = pages.flatMap((page) => page.records);
    expect(ofKind(records, 'customer')).toHaveLength(7);
    expect(ofKind(records, 'revenue_source')).toHaveLength(6);
    expect(pages.flatMap((page) => page.quarantined)).toEqual([]);
  });

  it('retries a connection dropped mid-response', async () => {
    fake.faults.dropConnections = 1;
    const pages = await fullPass();
    expect(
      ofKind(
        pages.flatMap((page) => page.records),
        'customer',
      ),
    ).toHaveLength(7);
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(customerPageOffsets()).toEqual(['0', '0', '3', '6']);
  });

  it('times out a slow response and retries it', async () => {
    fake.faults.slowMs = 300;
    sleep.mockImplementationOnce(() => {
      fake.faults.slowMs = 0;
      return Promise.resolve();
    });
    const pages = await fullPass({ requestTimeoutMs: 50 });
    expect(
      ofKind(
        pages.flatMap((page) => page.records),
        'customer',
      ),
    ).toHaveLength(7);
    expect(sleep).toHaveBeenCalledTimes(1);
  });

  it('tests the connection with one small request', async () => {
    await expect(connector().testConnection(context())).resolves.toEqual({
      detail: 'Reached Salesbricks: 7 customers.',
    });
    expect(fake.requests.map((request) => request.query)).toEqual([{ limit: '1', offset: '0' }]);
  });
});
