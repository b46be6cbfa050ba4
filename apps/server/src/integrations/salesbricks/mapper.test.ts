import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../connector';
import customersPage from './fixtures/customers-page.json';
import ordersAnnual from './fixtures/orders-annual.json';
import ordersMultiYear from './fixtures/orders-multi-year.json';
import ordersTrial from './fixtures/orders-trial.json';
import subscriptionAnnual from './fixtures/subscription-annual.json';
import subscriptionMultiYear from './fixtures/subscription-multi-year.json';
import subscriptionTrial from './fixtures/subscription-trial.json';
import upgradeOrders from './fixtures/upgrade-orders.json';
import { mapSalesbricksCustomer, type SalesbricksCustomerBundle } from './mapper';
import { toMinorUnits } from './money';
import { salesbricksCustomerSchema, salesbricksOrderSchema, salesbricksSubscriptionSchema } from './schemas';

const now = new Date('2025-06-15T12:00:00Z');

function bundle(
  index: number,
  subscription: unknown,
  orders: unknown[],
  openOrders: unknown[] = [],
): SalesbricksCustomerBundle {
  return {
    customer: salesbricksCustomerSchema.parse(customersPage.results[index]),
    subscriptions: [
      {
        subscription: salesbricksSubscriptionSchema.parse(subscription),
        orders: orders.map((order) => salesbricksOrderSchema.parse(order)),
        openOrders: openOrders.map((order) => salesbricksOrderSchema.parse(order)),
      },
    ],
  };
}

function ofKind<K extends CanonicalRecord['kind']>(records: CanonicalRecord[], kind: K) {
  return records.filter((record): record is Extract<CanonicalRecord, { kind: K }> => record.kind === kind);
}

function onlyContract(records: CanonicalRecord[]) {
  const [contract, ...rest] = ofKind(records, 'revenue_source');
  expect(rest).toHaveLength(0);
  if (!contract) throw new Error('no revenue source mapped');
  return contract;
}

describe('mapSalesbricksCustomer', () => {
  const hooli = () => mapSalesbricksCustomer(bundle(0, subscriptionMultiYear, ordersMultiYear.results), now);

  it('maps a three-year contract to year × 3 so MRR spreads it evenly', () => {
    const { row } = onlyContract(hooli());
    expect(row).toMatchObject({
      externalId: 'a3e1f1a8-5d0e-4f3c-8f5e-1c2b3d4e5f01',
      kind: 'contract',
      productName: 'Enterprise',
      status: 'active',
      currency: 'USD',
      billingInterval: 'year',
      intervalCount: 3,
      seats: 50,
      linkedExternalId: 'sub_1PHooli3yr',
      isCancelAtPeriodEnd: false,
    });
    // (12,000 platform + 50 × 360 seats) per year = 30,000/year → 2,500.00 a month over 36 months.
    expect(row.amountMinor).toBe(9_000_000);
    expect(row.amountMinor / 36).toBe(250_000);
    expect(row.startDate).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(row.currentPeriodEnd).toEqual(new Date('2026-12-31T00:00:00Z'));
    expect(row.renewalDate).toEqual(new Date('2027-01-01T00:00:00Z'));
    expect(row.endDate).toBeNull();
    expect(row.sourceUrl).toBe('https://app.salesbricks.com/admin/subscriptions/a3e1f1a8-5d0e-4f3c-8f5e-1c2b3d4e5f01');
  });

  it('excludes the one-time implementation fee from the amount but keeps it as a non-recurring item', () => {
    const { row } = onlyContract(hooli());
    expect(row.items).toEqual([
      {
        productName: 'Platform',
        unitAmount: 3_600_000,
        quantity: 1,
        interval: 'year',
        intervalCount: 3,
        isMetered: false,
        isRecurring: true,
      },
      {
        productName: 'Seats',
        unitAmount: 108_000,
        quantity: 50,
        interval: 'year',
        intervalCount: 3,
        isMetered: false,
        isRecurring: true,
      },
      {
        productName: 'Implementation',
        unitAmount: 500_000,
        quantity: 1,
        interval: 'year',
        intervalCount: 3,
        isMetered: false,
        isRecurring: false,
      },
    ]);
    const recurringTotal = (row.items ?? [])
      .filter((item) => item.isRecurring)
      .reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
    expect(row.amountMinor).toBe(recurringTotal);
  });

  it('records a past trial order as the trial window of an active contract', () => {
    const { row } = onlyContract(hooli());
    expect(row.trialStart).toEqual(new Date('2023-12-01T00:00:00Z'));
    expect(row.trialEnd).toEqual(new Date('2023-12-31T00:00:00Z'));
    expect(row.status).toBe('active');
  });

  it('marks a contract whose current order is a TRIAL as trialing', () => {
    const { row } = onlyContract(mapSalesbricksCustomer(bundle(1, subscriptionTrial, ordersTrial.results), now));
    expect(row).toMatchObject({
      status: 'trialing',
      billingInterval: 'month',
      intervalCount: 1,
      amountMinor: 0,
      seats: 10,
    });
    expect(row.trialStart).toEqual(new Date('2025-06-01T00:00:00Z'));
    expect(row.trialEnd).toEqual(new Date('2025-06-30T00:00:00Z'));
  });

  it('links the account by a contact email domain when the customer has no domain', () => {
    const records = hooli();
    expect(ofKind(records, 'customer')[0]?.ref).toEqual({
      customerExternalId: '6f1c9d62-1a0b-4a43-9a55-0b3f2f7d1a01',
      domain: 'hooli.com',
      label: 'Hooli',
      email: 'gavin@hooli.com',
    });
    expect(ofKind(records, 'contact').map((contact) => contact.row)).toEqual([
      {
        externalId: '9b2f0a6c-0000-4000-8000-0000000000a1',
        email: 'gavin@hooli.com',
        name: 'Gavin Belson',
        title: 'CEO',
      },
      {
        externalId: '9b2f0a6c-0000-4000-8000-0000000000a2',
        email: 'jack@hooli.com',
        name: 'Jack Barker',
        title: 'Head of Product',
      },
    ]);
  });

  it('skips free-mail addresses when deriving the domain', () => {
    const records = mapSalesbricksCustomer(bundle(2, subscriptionAnnual, ordersAnnual.results), now);
    expect(ofKind(records, 'customer')[0]?.ref.domain).toBe('raviga.com');
  });

  it('maps a closed-lost order to a lost deal with its reason', () => {
    const records = mapSalesbricksCustomer(
      bundle(2, subscriptionAnnual, ordersAnnual.results, upgradeOrders.orders),
      now,
    );
    const lost = ofKind(records, 'deal').find((deal) => deal.row.externalId === 'c1d2e3f4-0000-4000-8000-000000000302');
    expect(lost?.row).toEqual({
      externalId: 'c1d2e3f4-0000-4000-8000-000000000302',
      name: 'Raviga · Upgrade',
      stage: 'Closed lost',
      status: 'lost',
      amountMinor: 1_200_000,
      currency: 'EUR',
      closeDate: '2025-04-20',
      lostReason: 'Chose a competitor',
      ownerName: 'Richard Hendricks',
    });
  });

  it('maps open orders to open deals and stage activities, and order history to won deals', () => {
    const records = mapSalesbricksCustomer(
      bundle(2, subscriptionAnnual, ordersAnnual.results, upgradeOrders.orders),
      now,
    );
    const deals = ofKind(records, 'deal').map((deal) => [deal.row.externalId, deal.row.status, deal.row.stage]);
    expect(deals).toEqual([
      ['c1d2e3f4-0000-4000-8000-000000000301', 'won', 'Closed won'],
      ['c1d2e3f4-0000-4000-8000-000000000303', 'open', 'Open'],
      ['c1d2e3f4-0000-4000-8000-000000000302', 'lost', 'Closed lost'],
    ]);
    const activities = ofKind(records, 'activity').map((activity) => activity.row);
    expect(activities.map((row) => [row.externalId, row.type, row.title])).toEqual([
      ['c1d2e3f4-0000-4000-8000-000000000301:CLOSED', 'contract_change', 'New business order: closed won'],
      ['c1d2e3f4-0000-4000-8000-000000000303:BUILDING_UPGRADE', 'contract_change', 'Upgrade order: open'],
      ['c1d2e3f4-0000-4000-8000-000000000302:CLOSED_LOST', 'contract_change', 'Upgrade order: closed lost'],
    ]);
    expect(activities[2]?.summary).toBe('Lost: Chose a competitor');
  });

  it('maps a subscription that leaves out every optional field', () => {
    const minimal = {
      subscription_id: 'sub-minimal',
      line_items: [{ brick_name: 'Seats', quantity: 3, sub_total: 360 }],
    };
    const { row } = onlyContract(mapSalesbricksCustomer(bundle(2, minimal, []), now));
    expect(row).toMatchObject({
      status: 'active',
      currency: 'USD',
      amountMinor: 36_000,
      billingInterval: 'year',
      intervalCount: 1,
    });
  });

  it('reads European-formatted amounts in the contract currency', () => {
    const { row } = onlyContract(mapSalesbricksCustomer(bundle(2, subscriptionAnnual, ordersAnnual.results), now));
    expect(row).toMatchObject({
      currency: 'EUR',
      amountMinor: 600_000,
      billingInterval: 'year',
      intervalCount: 1,
      seats: 5,
    });
  });
});

describe('toMinorUnits', () => {
  it.each([
    [1.005, 'USD', 101],
    ['$12,000.00', 'USD', 1_200_000],
    ['12.000,50 EUR', 'EUR', 1_200_050],
    ['1,234', 'USD', 123_400],
    ['¥5,000', 'JPY', 5_000],
    ['-20.00', 'USD', -2_000],
    ['n/a', 'USD', null],
  ])('reads %s %s as %s minor units', (value, currency, expected) => {
    expect(toMinorUnits(value, currency)).toBe(expected);
  });
});
