/**
 * End to end: a small book of business seeded into the Stripe and Salesbricks fakes, both
 * connected through the API and synced, and the Contracts totals checked against sums computed
 * by hand below (METRICS.md, "MRR and ARR"; the ledger README, "Reconciliation").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountSummary } from '@success/shared/accounts';
import type { SyncRun } from '@success/shared/integrations';
import type { LedgerRow, LedgerSummary, Movements } from '@success/shared/ledger';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';
import {
  fakeCoupon,
  fakeCustomer,
  fakeDiscount,
  fakePrice,
  fakeSubscription,
  fakeSubscriptionItem,
  type FakeCustomer,
  type FakeSubscription,
  type FakeSubscriptionItem,
} from '../../integrations/stripe/fake-factories';
import { startStripeFake, type StripeFake } from '../../integrations/stripe/fake-server';
import { startSalesbricksFake, type SalesbricksFake } from '../../integrations/salesbricks/fake-server';

const fixedNow = new Date('2026-03-10T12:00:00Z');
const day = 86_400;
const nowSeconds = fixedNow.getTime() / 1000;
/** Epoch seconds `n` days from now (Stripe's clock unit). */
const inDays = (n: number) => nowSeconds + n * day;
/** Epoch seconds of a UTC date. */
const at = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 1000;

const stripeKey = 'sk_test_contracts_sync_0001';
const salesbricksToken = 'sb-contracts-sync-token';

let app: TestApp;
let stripe: StripeFake;
let salesbricks: SalesbricksFake;
let client: TestClient;

type Page = { items: LedgerRow[]; nextCursor: string | null };

// ---------------------------------------------------------------------------------------------
// Stripe
// ---------------------------------------------------------------------------------------------

function stripeCustomer(fields: Partial<FakeCustomer>): FakeCustomer {
  const customer = fakeCustomer(fields);
  stripe.state.customers.push(customer);
  return customer;
}

/** A licensed (seat) item whose current period ends at `periodEnd`. */
function licensed(
  unitAmount: number,
  quantity: number,
  interval: 'month' | 'year',
  periodEnd: number,
  intervalCount = 1,
): FakeSubscriptionItem {
  const lengthDays = (interval === 'year' ? 365 : 30) * intervalCount;
  return fakeSubscriptionItem({
    price: fakePrice({ unit_amount: unitAmount, recurring: { interval, interval_count: intervalCount } }),
    quantity,
    current_period_start: periodEnd - lengthDays * day,
    current_period_end: periodEnd,
  });
}

function stripeSubscription(
  customer: FakeCustomer,
  fields: Parameters<typeof fakeSubscription>[0] & { items: FakeSubscriptionItem[] },
): FakeSubscription {
  const subscription = fakeSubscription({ customer: customer.id, created: inDays(-200), ...fields });
  stripe.state.subscriptions.push(subscription);
  return subscription;
}

// ---------------------------------------------------------------------------------------------
// Salesbricks
// ---------------------------------------------------------------------------------------------

type ContractItem = { name: string; quantity: number; subTotal: number; brickType: string; duration: string };

/** A Salesbricks customer with one subscription (a contract for one term) and its closed order. */
function salesbricksContract(input: {
  id: string;
  name: string;
  contactEmail: string;
  startsAt: string;
  endsAt: string;
  renewsAt: string;
  items: ContractItem[];
  contractValue: string;
  stripeSubscriptionId?: string;
}) {
  const subscriptionId = `sb-sub-${input.id}`;
  salesbricks.state.customers.push({
    customer_id: `sb-cust-${input.id}`,
    name: input.name,
    external_id: null,
    stripe_customer_id: null,
    address: null,
    subscriptions: [
      {
        subscription_id: subscriptionId,
        status: 'ACTIVE',
        name: input.name,
        starts_at: input.startsAt,
        ends_at: input.endsAt,
      },
    ],
  });
  salesbricks.state.subscriptions[subscriptionId] = {
    subscription_id: subscriptionId,
    status: 'ACTIVE',
    stage: 'CLOSED',
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    renews_at: input.renewsAt,
    terminates_at: null,
    billing_frequency: 'ANNUALLY',
    currency: 'USD',
    sub_total: input.items.reduce((sum, item) => sum + item.subTotal, 0),
    line_items: input.items.map((item, index) => ({
      quantity: item.quantity,
      brick_id: `brick-${input.id}-${index}`,
      brick_name: item.name,
      brick_type: item.brickType,
      plan_id: `plan-${input.id}`,
      plan_name: 'Enterprise',
      sub_total: item.subTotal,
      tiers_breakdown: [
        {
          quantity: item.quantity,
          unit_price: String(item.subTotal / item.quantity),
          sub_total: String(item.subTotal),
          duration_text: item.duration,
        },
      ],
    })),
    billing_schedule: [],
    customer: { customer_id: `sb-cust-${input.id}`, name: input.name, external_id: null },
    metadata: {},
    point_of_contact: {
      person_id: `person-${input.id}`,
      first_name: 'Buyer',
      last_name: input.name,
      email: input.contactEmail,
      preferred_name: '',
      role: 'CFO',
    },
    signatory_user: null,
    accounts_payable_emails: [],
    ...(input.stripeSubscriptionId ? { stripe_subscription_id: input.stripeSubscriptionId } : {}),
  };
  salesbricks.state.orders[subscriptionId] = [
    {
      order_id: `order-${input.id}`,
      contract_value: input.contractValue,
      pdf_url: null,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      order_type: 'STANDARD',
    },
  ];
  return subscriptionId;
}

/*
 * The book of business (USD, fixedNow = 2026-03-10T12:00Z; renewal = days from now):
 *
 * | domain          | source(s)                                                  | MRR by hand                       | MRR      | renews  |
 * | --------------- | ---------------------------------------------------------- | --------------------------------- | -------- | ------- |
 * | piedpiper.com   | Stripe 17 seats × 49.00/month                               | 17 × 49.00                        |   833.00 | +12 d   |
 * | hooli.com       | Stripe 4 seats × 500.00/year                                | 2,000.00 ÷ 12 = 166.666… → 166.67 |   166.67 | +75 d   |
 * | raviga.com      | Stripe 3 × 300.00 per month × 3 (quarterly)                 | 900.00 ÷ 3                        |   300.00 | +40 d   |
 * | aviato.com      | Stripe 10 × 100.00/month + 2 × 600.00/year + metered item   | 1,000.00 + 1,200.00 ÷ 12 (+0)     | 1,100.00 | +20 d   |
 * | bachman.com     | Stripe 1 × 250.00/month, 20 % off, in force until +60 d     | 250.00 × 0.80                     |   200.00 | +25 d   |
 * | endframe.com    | Stripe 5 × 80.00/month, 50 % coupon that ended 10 days ago  | 5 × 80.00                         |   400.00 | +50 d   |
 * | nucleus.com     | Stripe 10 × 50.00/month, trialing until +7 d                | trialing counts 0                 |     0.00 | +7 d    |
 * | sliceline.com   | Stripe 3 × 120.00/month, past_due (metadata.domain, gmail)  | 3 × 120.00, flagged               |   360.00 | +15 d   |
 * | optimoji.com    | Stripe 1 × 300.00/month, canceled 20 days ago               | canceled counts 0                 |     0.00 | —       |
 * | intersite.com   | Salesbricks 24,000.00/yr + 5,000.00 setup (one-time),       | 24,000.00 ÷ 12 (setup excluded);  | 2,000.00 | 06-01   |
 * |                 |   linked from Stripe 24,000.00/yr → one merged row           |   counted once                    |          | (+83 d) |
 * | bighead.com     | Salesbricks 12,000.00/yr, linked to Stripe 1,100.00/month   | 12,000.00 ÷ 12 (the contract's)   | 1,000.00 | 04-01   |
 * |                 |   → conflict on amount                                      |                                   |          | (+22 d) |
 * | maleant.com     | Salesbricks 3 years: 36,000.00 platform + 54,000.00 seats   | 90,000.00 ÷ 36                    | 2,500.00 | 2027    |
 *
 * MRR  = 833.00 + 166.67 + 300.00 + 1,100.00 + 200.00 + 400.00 + 0 + 360.00 + 0 + 2,000.00
 *        + 1,000.00 + 2,500.00                                            = 8,859.67
 * ARR  = 12 × 8,859.67                                                    = 106,316.04
 * Past-due ARR = 12 × 360.00 (sliceline)                                  = 4,320.00
 * Renewing (renewal in [now, now + N days)):
 *   d30: piedpiper 833.00 + aviato 1,100.00 + bachman 200.00 + nucleus 0 + sliceline 360.00
 *        + bighead 1,000.00 = 3,493.00 MRR                          → ARR 41,916.00
 *   d60: d30 + raviga 300.00 + endframe 400.00 = 4,193.00 MRR       → ARR 50,316.00
 *   d90: d60 + hooli 166.67 + intersite 2,000.00 = 6,359.67 MRR     → ARR 76,316.04
 * Rows: 9 Stripe-only + intersite (merged) + bighead (conflict) + maleant = 12; conflicts 1.
 */
const expectedRows: [domain: string, reportingMrrMinor: number, reconciliation: string][] = [
  ['aviato.com', 110_000, 'single'],
  ['bachman.com', 20_000, 'single'],
  ['bighead.com', 100_000, 'conflict'],
  ['endframe.com', 40_000, 'single'],
  ['hooli.com', 16_667, 'single'],
  ['intersite.com', 200_000, 'merged'],
  ['maleant.com', 250_000, 'single'],
  ['nucleus.com', 0, 'single'],
  ['optimoji.com', 0, 'single'],
  ['piedpiper.com', 83_300, 'single'],
  ['raviga.com', 30_000, 'single'],
  ['sliceline.com', 36_000, 'single'],
];

let intersiteStripeId = '';
let bigheadStripeId = '';

function seedStripe() {
  const piedPiper = stripeCustomer({ name: 'Pied Piper', email: 'billing@piedpiper.com' });
  stripeSubscription(piedPiper, { items: [licensed(4_900, 17, 'month', inDays(12))] });

  const hooli = stripeCustomer({ name: 'Hooli', email: 'ap@hooli.com' });
  stripeSubscription(hooli, { items: [licensed(50_000, 4, 'year', inDays(75))] });

  const raviga = stripeCustomer({ name: 'Raviga', email: 'finance@raviga.com' });
  stripeSubscription(raviga, { items: [licensed(30_000, 3, 'month', inDays(40), 3)] });

  const aviato = stripeCustomer({ name: 'Aviato', email: 'erlich@aviato.com' });
  stripeSubscription(aviato, {
    items: [
      licensed(10_000, 10, 'month', inDays(20)),
      licensed(60_000, 2, 'year', inDays(300)),
      fakeSubscriptionItem({
        price: fakePrice({ unit_amount: 2, recurring: { usage_type: 'metered', meter: 'mtr_fake_api_calls' } }),
        current_period_start: inDays(-10),
        current_period_end: inDays(20),
      }),
    ],
  });

  const bachman = stripeCustomer({ name: 'Bachmanity', email: 'billing@bachman.com' });
  stripeSubscription(bachman, {
    items: [licensed(25_000, 1, 'month', inDays(25))],
    discounts: [
      fakeDiscount({
        coupon: fakeCoupon({ percent_off: 20, duration: 'repeating', duration_in_months: 3 }),
        start: inDays(-30),
        end: inDays(60),
      }),
    ],
  });

  const endframe = stripeCustomer({ name: 'Endframe', email: 'billing@endframe.com' });
  stripeSubscription(endframe, {
    items: [licensed(8_000, 5, 'month', inDays(50))],
    // Ended ten days ago: no longer in force, so it takes nothing off.
    discounts: [
      fakeDiscount({
        coupon: fakeCoupon({ percent_off: 50, duration: 'repeating', duration_in_months: 3 }),
        start: inDays(-100),
        end: inDays(-10),
      }),
    ],
  });

  const nucleus = stripeCustomer({ name: 'Nucleus', email: 'it@nucleus.com' });
  stripeSubscription(nucleus, {
    status: 'trialing',
    created: inDays(-7),
    trial_start: inDays(-7),
    trial_end: inDays(7),
    items: [licensed(5_000, 10, 'month', inDays(7))],
  });

  // A free-mail address: the account comes from metadata.domain.
  const sliceline = stripeCustomer({
    name: 'Sliceline',
    email: 'sliceline.billing@gmail.com',
    metadata: { domain: 'sliceline.com' },
  });
  stripeSubscription(sliceline, { status: 'past_due', items: [licensed(12_000, 3, 'month', inDays(15))] });

  const optimoji = stripeCustomer({ name: 'Optimoji', email: 'billing@optimoji.com' });
  stripeSubscription(optimoji, {
    status: 'canceled',
    canceled_at: inDays(-20),
    ended_at: inDays(-20),
    items: [licensed(30_000, 1, 'month', inDays(-20))],
  });

  // Billing for the Intersite contract: same amount, same renewal, linked by the Salesbricks id.
  const intersite = stripeCustomer({ name: 'Intersite', email: 'ap@intersite.com' });
  intersiteStripeId = stripeSubscription(intersite, {
    created: at('2025-06-01'),
    metadata: { salesbricks_subscription_id: 'sb-sub-intersite' },
    items: [licensed(2_400_000, 1, 'year', at('2026-06-01'))],
  }).id;

  // Billing for the Bighead contract, but 1,100.00 a month against a 12,000.00/yr contract.
  const bighead = stripeCustomer({ name: 'Bighead', email: 'ap@bighead.com' });
  bigheadStripeId = stripeSubscription(bighead, {
    created: at('2025-04-01'),
    items: [licensed(110_000, 1, 'month', at('2026-04-01'))],
  }).id;
}

function seedSalesbricks() {
  salesbricksContract({
    id: 'intersite',
    name: 'Intersite',
    contactEmail: 'cfo@intersite.com',
    startsAt: '2025-06-01',
    endsAt: '2026-05-31',
    renewsAt: '2026-06-01',
    contractValue: '$29,000.00',
    items: [
      { name: 'Platform', quantity: 1, subTotal: 24_000, brickType: 'SUBSCRIPTION', duration: 'per year' },
      { name: 'Implementation', quantity: 1, subTotal: 5_000, brickType: 'ONE_TIME', duration: 'One-time' },
    ],
  });
  salesbricksContract({
    id: 'bighead',
    name: 'Bighead',
    contactEmail: 'cfo@bighead.com',
    startsAt: '2025-04-01',
    endsAt: '2026-03-31',
    renewsAt: '2026-04-01',
    contractValue: '$12,000.00',
    stripeSubscriptionId: bigheadStripeId,
    items: [{ name: 'Platform', quantity: 1, subTotal: 12_000, brickType: 'SUBSCRIPTION', duration: 'per year' }],
  });
  salesbricksContract({
    id: 'maleant',
    name: 'Maleant',
    contactEmail: 'procurement@maleant.com',
    startsAt: '2024-06-01',
    endsAt: '2027-05-31',
    renewsAt: '2027-06-01',
    contractValue: '$90,000.00',
    items: [
      { name: 'Platform', quantity: 1, subTotal: 36_000, brickType: 'SUBSCRIPTION', duration: 'per year' },
      { name: 'Seats', quantity: 50, subTotal: 54_000, brickType: 'SUBSCRIPTION', duration: 'per year' },
    ],
  });
}

async function lastRun(provider: string): Promise<SyncRun | undefined> {
  const runs = (await client.get(`/v3/rest/integrations/${provider}/runs`)).body as { items: SyncRun[] };
  return runs.items[0];
}

beforeAll(async () => {
  stripe = await startStripeFake({ secretKey: stripeKey });
  salesbricks = await startSalesbricksFake({ state: { apiToken: salesbricksToken } });
  seedStripe();
  seedSalesbricks();
  app = await startTestApp({ now: () => fixedNow });
  client = (await createSignedInWorkspace(app)).client;

  const stripeConnect = await client.put('/v3/rest/integrations/stripe', {
    credentials: { secretKey: stripeKey },
    settings: { baseUrl: stripe.baseUrl },
  });
  expect(stripeConnect.status).toBe(200);
  await app.jobs.drain();

  const salesbricksConnect = await client.put('/v3/rest/integrations/salesbricks', {
    credentials: { apiToken: salesbricksToken },
    settings: { baseUrl: salesbricks.baseUrl },
  });
  expect(salesbricksConnect.status).toBe(200);
  await app.jobs.drain();
});

afterAll(async () => {
  await app.close();
  await stripe.close();
  await salesbricks.close();
});

async function list(query = ''): Promise<Page> {
  const response = await client.get(`/v3/rest/success/contracts${query}`);
  expect(response.status).toBe(200);
  return response.body as Page;
}

describe('Contracts after syncing the Stripe and Salesbricks fakes', () => {
  it('synced both providers cleanly and linked every customer to an account by domain', async () => {
    for (const provider of ['stripe', 'salesbricks']) {
      expect(await lastRun(provider), provider).toMatchObject({
        status: 'succeeded',
        recordsQuarantined: 0,
        error: null,
      });
    }
    const unmatched = (await client.get('/v3/rest/integrations/unmatched')).body as { items: unknown[] };
    expect(unmatched.items).toEqual([]);
  });

  it('has one row per revenue, each with the MRR computed by hand', async () => {
    const rows = (await list('?limit=100')).items;
    const actual = rows
      .map((row): [string, number, string] => [
        row.account?.domain ?? '(none)',
        row.reportingMrr.amount,
        row.reconciliation,
      ])
      .sort((a, b) => a[0].localeCompare(b[0]));
    expect(actual).toEqual(expectedRows);
    expect(rows.every((row) => row.reportingMrr.currency === 'USD' && row.rate === '1')).toBe(true);
  });

  it('totals MRR, ARR, past-due ARR and renewing ARR exactly as summed by hand', async () => {
    const response = await client.get('/v3/rest/success/contracts/summary');
    expect(response.status).toBe(200);
    expect(response.body as LedgerSummary).toEqual({
      mrr: { amount: 885_967, currency: 'USD' },
      arr: { amount: 10_631_604, currency: 'USD' },
      pastDueArr: { amount: 432_000, currency: 'USD' },
      renewingArr: {
        d30: { amount: 4_191_600, currency: 'USD' },
        d60: { amount: 5_031_600, currency: 'USD' },
        d90: { amount: 7_631_604, currency: 'USD' },
      },
      currency: 'USD',
      rows: 12,
      ignoredRows: 0,
      conflicts: 1,
      computedAt: fixedNow.toISOString(),
    });
  });

  it('merges the linked contract and subscription into one row that lists both sources', async () => {
    const merged = (await list('?reconciliation=merged')).items;
    expect(merged).toHaveLength(1);
    const [row] = merged;
    expect(row?.account?.domain).toBe('intersite.com');
    expect(row?.conflicts).toEqual([]);
    expect(row?.reportingMrr).toEqual({ amount: 200_000, currency: 'USD' });
    expect(row?.reportingArr).toEqual({ amount: 2_400_000, currency: 'USD' });
    const sources = [...(row?.sources ?? [])].sort((a, b) => a.provider.localeCompare(b.provider));
    expect(sources.map((source) => [source.provider, source.externalId, source.mrr.amount])).toEqual([
      ['salesbricks', 'sb-sub-intersite', 200_000],
      ['stripe', intersiteStripeId, 200_000],
    ]);
    // The contract's recurring amount: the one-time setup fee is not in it.
    expect(sources[0]?.amount).toEqual({ amount: 2_400_000, currency: 'USD' });
  });

  it('names the conflicting field when the linked subscription bills a different amount', async () => {
    const conflicts = (await list('?reconciliation=conflict')).items;
    expect(conflicts).toHaveLength(1);
    const [row] = conflicts;
    expect(row?.account?.domain).toBe('bighead.com');
    expect(row?.conflicts).toEqual([{ field: 'amount', stripe: '1100.00 USD', salesbricks: '1000.00 USD' }]);
    // The contract's amount is the one that counts.
    expect(row?.reportingMrr).toEqual({ amount: 100_000, currency: 'USD' });
    expect(row?.sources.map((source) => [source.provider, source.externalId]).sort()).toEqual([
      ['salesbricks', 'sb-sub-bighead'],
      ['stripe', bigheadStripeId],
    ]);
  });

  it('flags the past-due subscription and gives the trial and the canceled one no MRR', async () => {
    const pastDue = (await list('?paymentState=past_due')).items.map((row) => row.account?.domain);
    expect(pastDue).toEqual(['sliceline.com']);
    const [canceled] = (await list('?q=optimoji')).items;
    expect(canceled).toMatchObject({ status: 'canceled', renewalDate: null, mrr: { amount: 0, currency: 'USD' } });
    const [trial] = (await list('?q=nucleus')).items;
    expect(trial).toMatchObject({ status: 'trialing', daysToRenewal: 7, mrr: { amount: 0, currency: 'USD' } });
  });

  it('ends the MRR line of the movements at the same total', async () => {
    const response = await client.get('/v3/rest/success/contracts/movements');
    expect(response.status).toBe(200);
    const movements = response.body as Movements;
    expect(movements.months.at(-1)).toMatchObject({ month: '2026-03', mrr: { amount: 885_967, currency: 'USD' } });
  });

  it('shows the same ARR per account in the Health queue', async () => {
    // 12 × the account's rounded MRR from the table above.
    const handArr: [domain: string, arrMinor: number][] = [
      ['intersite.com', 2_400_000], // merged: 12 × 2,000.00, counted once
      ['bighead.com', 1_200_000], // conflict: 12 × 1,000.00 (the contract), not 12 × 1,100.00
      ['hooli.com', 200_004], // 12 × 166.67
      ['maleant.com', 3_000_000], // 12 × 2,500.00
      ['nucleus.com', 0], // trialing
    ];
    for (const [domain, arrMinor] of handArr) {
      const response = await client.get(`/v3/rest/success/health?q=${encodeURIComponent(domain)}`);
      expect(response.status, domain).toBe(200);
      const items = (response.body as { items: AccountSummary[] }).items;
      expect(items.map((item) => item.domain)).toEqual([domain]);
      expect(items[0]?.arr, domain).toEqual({ amount: arrMinor, currency: 'USD' });
    }
  });
});
