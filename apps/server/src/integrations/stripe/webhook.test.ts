import { createHmac } from 'node:crypto';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import companyCustomer from './fixtures/customer-company.json';
import customerUpdated from './fixtures/event-customer-updated.json';
import subscriptionUpdated from './fixtures/event-subscription-updated.json';
import { customerSchema } from './schemas';
import { mapStripeEvent, verifyStripeSignature } from './webhook';

const secret = 'whsec_test_secret_for_success';
const body = JSON.stringify(customerUpdated);
const sentAt = 1_767_744_000; // 2026-01-07T00:00:00Z
const now = new Date(sentAt * 1000);

/** stripe-node's own test-header helper is the oracle for a valid signature. */
const headerFor = (payload: string, signingSecret = secret, timestamp = sentAt) =>
  Stripe.webhooks.generateTestHeaderString({ payload, secret: signingSecret, timestamp });

const v1For = (payload: string, timestamp: number) =>
  createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');

describe('verifyStripeSignature', () => {
  it('accepts a delivery signed with the endpoint secret and returns the parsed event', () => {
    expect(verifyStripeSignature(body, headerFor(body), secret, now)).toEqual({ ok: true, event: customerUpdated });
  });

  it('rejects a signature made with another secret', () => {
    const result = verifyStripeSignature(body, headerFor(body, 'whsec_someone_else'), secret, now);
    expect(result).toEqual({ ok: false, reason: 'No v1 signature matches the body for this endpoint secret.' });
  });

  it('rejects a body changed after signing', () => {
    const tampered = body.replace('Acme Corp', 'Evil Corp');
    expect(verifyStripeSignature(tampered, headerFor(body), secret, now).ok).toBe(false);
  });

  it('rejects a timestamp more than 300 seconds old, or ahead', () => {
    const stale = verifyStripeSignature(body, headerFor(body, secret, sentAt - 301), secret, now);
    expect(stale).toEqual({ ok: false, reason: 'The signature timestamp is more than 300 seconds from now.' });
    expect(verifyStripeSignature(body, headerFor(body, secret, sentAt + 301), secret, now).ok).toBe(false);
    expect(verifyStripeSignature(body, headerFor(body, secret, sentAt - 299), secret, now).ok).toBe(true);
  });

  it('accepts several v1 values when one of them is valid (secret rotation)', () => {
    const header = `t=${sentAt},v1=${'0'.repeat(64)},v1=${v1For(body, sentAt)},v0=${'f'.repeat(64)}`;
    expect(verifyStripeSignature(body, header, secret, now).ok).toBe(true);
  });

  it('ignores v0 signatures and short or malformed v1 values', () => {
    const v0Only = `t=${sentAt},v0=${v1For(body, sentAt)}`;
    expect(verifyStripeSignature(body, v0Only, secret, now)).toEqual({
      ok: false,
      reason: 'The Stripe-Signature header has no v1 signature.',
    });
    expect(verifyStripeSignature(body, `t=${sentAt},v1=abc`, secret, now).ok).toBe(false);
  });

  it('rejects a missing header or one without a timestamp', () => {
    expect(verifyStripeSignature(body, undefined, secret, now)).toEqual({
      ok: false,
      reason: 'The Stripe-Signature header is missing.',
    });
    expect(verifyStripeSignature(body, `v1=${v1For(body, sentAt)}`, secret, now).ok).toBe(false);
  });
});

describe('mapStripeEvent', () => {
  it('maps a customer event from its payload alone', () => {
    const mapping = mapStripeEvent(customerUpdated);
    expect(mapping).toMatchObject({
      outcome: 'mapped',
      records: [
        { kind: 'customer', ref: { customerExternalId: 'cus_AcmeCorp0001', domain: 'acme.io' } },
        { kind: 'contact' },
      ],
      quarantined: [],
    });
  });

  it('asks for a sync when the event’s subscription lacks its customer and product', () => {
    expect(mapStripeEvent(subscriptionUpdated)).toEqual({
      outcome: 'needs_sync',
      reason: 'Subscription sub_SeatsE14Acme1: customer cus_AcmeCorp0001 is not expanded.',
    });
  });

  it('maps a subscription event once the caller supplies the customer and product names', () => {
    const lookup = {
      customers: new Map([['cus_AcmeCorp0001', customerSchema.parse(companyCustomer)]]),
      productNames: new Map([['prod_TeamPlan001', 'Team plan']]),
    };
    expect(mapStripeEvent(subscriptionUpdated, lookup)).toMatchObject({
      outcome: 'mapped',
      records: [
        {
          kind: 'revenue_source',
          ref: { domain: 'acme.io' },
          row: { externalId: 'sub_SeatsE14Acme1', productName: 'Team plan', seats: 18, amountMinor: 88_200 },
        },
      ],
    });
  });

  it('ignores event types that change nothing stored', () => {
    const charge = { ...customerUpdated, type: 'charge.succeeded', data: { object: { id: 'ch_1', object: 'charge' } } };
    expect(mapStripeEvent(charge)).toMatchObject({ outcome: 'ignored' });
  });

  it('quarantines an event that is not an event', () => {
    const { data: _data, ...broken } = customerUpdated;
    expect(mapStripeEvent(broken)).toMatchObject({
      outcome: 'mapped',
      records: [],
      quarantined: [{ externalId: 'evt_1QzCusUpdated01' }],
    });
  });
});
