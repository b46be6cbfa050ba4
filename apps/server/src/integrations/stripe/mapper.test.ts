import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../connector';
import companyCustomer from './fixtures/customer-company.json';
import freeMailCustomer from './fixtures/customer-free-mail.json';
import metadataDomainCustomer from './fixtures/customer-metadata-domain.json';
import paidInvoice from './fixtures/invoice-paid.json';
import failedInvoice from './fixtures/invoice-payment-failed.json';
import discountedSubscription from './fixtures/subscription-discounted.json';
import meteredSubscription from './fixtures/subscription-metered.json';
import mixedSubscription from './fixtures/subscription-mixed-intervals.json';
import seatsSubscription from './fixtures/subscription-seats.json';
import { mapCustomer, mapInvoice, mapSubscription, type StripeLookup } from './mapper';
import { customerSchema } from './schemas';

function revenueSource(records: CanonicalRecord[]) {
  const record = records.find((candidate) => candidate.kind === 'revenue_source');
  if (!record || record.kind !== 'revenue_source') throw new Error('no revenue_source record');
  return record;
}

const acmeLookup: StripeLookup = {
  customers: new Map([[companyCustomer.id, customerSchema.parse(companyCustomer)]]),
  productNames: new Map([['prod_TeamPlan001', 'Team plan']]),
};

describe('mapCustomer', () => {
  it('links a company customer by its email domain and keeps a contact', () => {
    const { records, quarantined } = mapCustomer(companyCustomer);
    expect(quarantined).toEqual([]);
    const ref = {
      customerExternalId: 'cus_AcmeCorp0001',
      domain: 'acme.io',
      label: 'Acme Corp',
      email: 'billing@acme.io',
    };
    expect(records).toEqual([
      { kind: 'customer', ref },
      {
        kind: 'contact',
        ref,
        row: { externalId: 'cus_AcmeCorp0001', email: 'billing@acme.io', name: 'Acme Corp', title: null },
      },
    ]);
  });

  it('leaves a free-mail customer without a domain so it lands in Unmatched', () => {
    const [customer] = mapCustomer(freeMailCustomer).records;
    expect(customer?.ref).toMatchObject({ customerExternalId: 'cus_JaneDoe00002', domain: null, label: 'Jane Doe' });
  });

  it('prefers metadata.domain over the email domain', () => {
    const [customer] = mapCustomer(metadataDomainCustomer).records;
    expect(customer?.ref.domain).toBe('initech.com');
  });

  it('labels a nameless customer by email, then by id', () => {
    expect(mapCustomer({ ...companyCustomer, name: null }).records[0]?.ref.label).toBe('billing@acme.io');
    expect(mapCustomer({ ...companyCustomer, name: null, email: null }).records[0]?.ref.label).toBe('cus_AcmeCorp0001');
  });

  it('quarantines a customer whose metadata is not a string map', () => {
    const { records, quarantined } = mapCustomer({ ...companyCustomer, metadata: 'oops' });
    expect(records).toEqual([]);
    expect(quarantined[0]).toMatchObject({ externalId: 'cus_AcmeCorp0001' });
    expect(quarantined[0]?.error).toMatch(/^Stripe customer cus_AcmeCorp0001: metadata: /);
  });
});

describe('mapSubscription', () => {
  it('E14: 17 seats × 49.00/month is 833.00 per month with 17 seats', () => {
    const { row, ref } = revenueSource(mapSubscription(seatsSubscription, acmeLookup).records);
    expect(ref).toMatchObject({ customerExternalId: 'cus_AcmeCorp0001', domain: 'acme.io' });
    expect(row).toMatchObject({
      externalId: 'sub_SeatsE14Acme1',
      kind: 'subscription',
      productName: 'Team plan',
      status: 'active',
      currency: 'USD',
      amountMinor: 83_300,
      billingInterval: 'month',
      intervalCount: 1,
      seats: 17,
      isCancelAtPeriodEnd: false,
      linkedExternalId: null,
      sourceUrl: 'https://dashboard.stripe.com/test/subscriptions/sub_SeatsE14Acme1',
    });
    expect(row.items).toEqual([
      {
        productName: 'Team plan',
        unitAmount: 4900,
        quantity: 17,
        interval: 'month',
        intervalCount: 1,
        isMetered: false,
        isRecurring: true,
      },
    ]);
    expect(row.startDate).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(row.currentPeriodEnd).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(row.renewalDate).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(row.endDate).toBeNull();
  });

  it('E3: items on different intervals keep their own intervals; the amount is normalized to a month', () => {
    const { row } = revenueSource(mapSubscription(mixedSubscription).records);
    expect(row.items).toEqual([
      {
        productName: 'Seats',
        unitAmount: 10_000,
        quantity: 100,
        interval: 'month',
        intervalCount: 1,
        isMetered: false,
        isRecurring: true,
      },
      {
        productName: 'Platform',
        unitAmount: 60_000,
        quantity: 50,
        interval: 'year',
        intervalCount: 1,
        isMetered: false,
        isRecurring: true,
      },
    ]);
    // 100 × 100.00 + 50 × 600.00 / 12 = 12,500.00 per month.
    expect(row).toMatchObject({ amountMinor: 1_250_000, billingInterval: 'month', intervalCount: 1, seats: 150 });
    expect(row.productName).toBe('Seats + Platform');
    // The next renewal is the earliest item period end.
    expect(row.currentPeriodEnd).toEqual(new Date('2026-02-01T00:00:00Z'));
  });

  it('E11: a metered item is listed and flagged but not counted in the amount or seats', () => {
    const { row } = revenueSource(mapSubscription(meteredSubscription).records);
    expect(row).toMatchObject({ amountMinor: 10_000, seats: 1, billingInterval: 'month' });
    expect(row.items).toContainEqual({
      productName: 'API calls',
      unitAmount: 2,
      quantity: 0,
      interval: 'month',
      intervalCount: 1,
      isMetered: true,
      isRecurring: true,
    });
  });

  it('maps percent and amount discounts with their dates, and a pending cancellation', () => {
    const { row } = revenueSource(mapSubscription(discountedSubscription).records);
    expect(row.discounts).toEqual([
      { kind: 'percent', value: 10, startsAt: '2026-01-01T00:00:00.000Z', endsAt: null },
      { kind: 'amount', value: 2000, startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2026-04-01T00:00:00.000Z' },
    ]);
    expect(row).toMatchObject({
      amountMinor: 10_000,
      isCancelAtPeriodEnd: true,
      renewalDate: null,
      endDate: new Date('2026-02-01T00:00:00Z'),
      linkedExternalId: 'sb_sub_12345',
    });
  });

  it('takes trial dates and leaves no renewal for a canceled subscription', () => {
    const canceled = {
      ...seatsSubscription,
      status: 'canceled',
      trial_start: 1_764_547_200,
      trial_end: 1_767_225_600,
      ended_at: 1_768_435_200,
    };
    const { row } = revenueSource(mapSubscription(canceled, acmeLookup).records);
    expect(row).toMatchObject({
      status: 'canceled',
      trialStart: new Date('2025-12-01T00:00:00Z'),
      trialEnd: new Date('2026-01-01T00:00:00Z'),
      renewalDate: null,
      endDate: new Date('2026-01-15T00:00:00Z'),
    });
  });

  it('falls back to a bare ref and the product id when nothing was looked up', () => {
    const { row, ref } = revenueSource(mapSubscription(seatsSubscription).records);
    expect(ref).toEqual({
      customerExternalId: 'cus_AcmeCorp0001',
      domain: null,
      label: 'cus_AcmeCorp0001',
      email: null,
    });
    expect(row.productName).toBe('prod_TeamPlan001');
  });

  it('quarantines a subscription without items, with a readable error', () => {
    const { items: _items, ...withoutItems } = seatsSubscription;
    const { records, quarantined } = mapSubscription(withoutItems, acmeLookup);
    expect(records).toEqual([]);
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ externalId: 'sub_SeatsE14Acme1', payload: withoutItems });
    expect(quarantined[0]?.error).toMatch(/^Stripe subscription sub_SeatsE14Acme1: items: /);
  });

  it('quarantines a licensed tiered price rather than under-reporting its amount', () => {
    const [item] = seatsSubscription.items.data;
    if (!item) throw new Error('fixture has no item');
    const tiered = {
      ...seatsSubscription,
      items: {
        ...seatsSubscription.items,
        data: [
          { ...item, price: { ...item.price, unit_amount: null, unit_amount_decimal: null, billing_scheme: 'tiered' } },
        ],
      },
    };
    const { quarantined } = mapSubscription(tiered, acmeLookup);
    expect(quarantined[0]?.error).toContain('price price_E14Seat has no per-unit amount');
  });

  it('quarantines a subscription whose discounts were not expanded', () => {
    const { quarantined } = mapSubscription({ ...seatsSubscription, discounts: ['di_NotExpanded'] }, acmeLookup);
    expect(quarantined[0]?.error).toContain('discount di_NotExpanded is not expanded');
  });

  it('reads the pre-basil subscription-level period end from older events', () => {
    const [item] = seatsSubscription.items.data;
    if (!item) throw new Error('fixture has no item');
    const { current_period_end: _end, ...legacyItem } = item;
    const legacy = {
      ...seatsSubscription,
      current_period_end: 1_769_904_000,
      items: { ...seatsSubscription.items, data: [legacyItem] },
    };
    const { row } = revenueSource(mapSubscription(legacy, acmeLookup).records);
    expect(row.currentPeriodEnd).toEqual(new Date('2026-02-01T00:00:00Z'));
  });
});

describe('mapInvoice', () => {
  it('maps a paid invoice with its tax and a payment_succeeded event', () => {
    const { records, quarantined } = mapInvoice(paidInvoice);
    expect(quarantined).toEqual([]);
    const [invoice, payment, ...rest] = records;
    expect(rest).toEqual([]);
    expect(invoice).toMatchObject({
      kind: 'invoice',
      ref: { customerExternalId: 'cus_AcmeCorp0001', domain: 'acme.io' },
      revenueSourceExternalId: 'sub_SeatsE14Acme1',
      row: {
        externalId: 'in_PaidE8Acme0001',
        number: 'ACME-0007',
        status: 'paid',
        currency: 'USD',
        amountDueMinor: 12_000,
        amountPaidMinor: 12_000,
        taxMinor: 2000,
        issuedAt: new Date('2026-02-01T00:00:00Z'),
        dueAt: null,
        paidAt: new Date('2026-02-01T01:01:40Z'),
        hostedUrl: 'https://invoice.stripe.com/i/acct_1Success/test_in_PaidE8Acme0001',
      },
    });
    expect(payment).toMatchObject({
      kind: 'payment_event',
      invoiceExternalId: 'in_PaidE8Acme0001',
      row: { externalId: 'in_PaidE8Acme0001:paid', type: 'payment_succeeded', amountMinor: 12_000, currency: 'USD' },
    });
  });

  it('records a failed attempt on an open invoice, keyed by its attempt count', () => {
    const { records } = mapInvoice(failedInvoice);
    expect(records.map((record) => record.kind)).toEqual(['invoice', 'payment_event']);
    expect(records[1]).toMatchObject({
      row: {
        externalId: 'in_FailedAcme0002:failed:2',
        type: 'payment_failed',
        amountMinor: 12_000,
        occurredAt: new Date('2026-02-01T01:00:00Z'),
      },
    });
  });

  it('reads the pre-basil subscription and tax fields', () => {
    const { parent: _parent, total_taxes: _taxes, ...rest } = paidInvoice;
    const [invoice] = mapInvoice({ ...rest, subscription: 'sub_Legacy', tax: 1500 }).records;
    expect(invoice).toMatchObject({ revenueSourceExternalId: 'sub_Legacy', row: { taxMinor: 1500 } });
  });

  it('quarantines an invoice without a customer', () => {
    expect(mapInvoice({ ...paidInvoice, customer: null }).quarantined[0]?.error).toContain('has no customer');
  });
});
