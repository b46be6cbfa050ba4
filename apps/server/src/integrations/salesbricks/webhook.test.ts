import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import closedLost from './fixtures/webhook-order-closed-lost.json';
import paymentFailed from './fixtures/webhook-invoice-payment-failed.json';
import stageChange from './fixtures/webhook-order-stage-change.json';
import { mapSalesbricksWebhook, verifySalesbricksSignature } from './webhook';

const secret = '33a6a6e4-d7ee-4cb3-affb-26535882bf85';
const sign = (body: string, key = secret) => createHmac('sha512', key).update(body).digest('base64');

describe('verifySalesbricksSignature', () => {
  const body = JSON.stringify(stageChange);

  it('accepts the base64 HMAC-SHA512 of the raw body', () => {
    expect(verifySalesbricksSignature(body, sign(body), secret)).toBe(true);
    expect(verifySalesbricksSignature(Buffer.from(body), sign(body), secret)).toBe(true);
  });

  it("accepts the documentation's own sample signature (which drops one '=' of padding)", () => {
    const sample = '{"test": "test_generate_signature"}';
    const documented = '+QjBChyGVwNThk1PWkrEoyoXNiZ5uzNiIFlMJd8vOi744tmRlcTkNMLpg4+zd7nGWn5DcN7IFnEmAoBlh4rVFA=';
    expect(verifySalesbricksSignature(sample, documented, secret)).toBe(true);
  });

  it('rejects a signature made with another secret', () => {
    expect(verifySalesbricksSignature(body, sign(body, 'another-token'), secret)).toBe(false);
  });

  it('rejects a tampered body', () => {
    const tampered = body.replace('awaiting_countersign', 'closed');
    expect(verifySalesbricksSignature(tampered, sign(body), secret)).toBe(false);
  });

  it('rejects a missing or malformed header', () => {
    expect(verifySalesbricksSignature(body, undefined, secret)).toBe(false);
    expect(verifySalesbricksSignature(body, 'not-base64-of-64-bytes', secret)).toBe(false);
  });
});

describe('mapSalesbricksWebhook', () => {
  it('maps an order stage change to its deal and a contract-change activity', () => {
    const records = mapSalesbricksWebhook(stageChange);
    expect(records).toHaveLength(2);
    const [deal, activity] = records;
    expect(deal).toEqual({
      kind: 'deal',
      ref: {
        customerExternalId: '6f1c9d62-1a0b-4a43-9a55-0b3f2f7d1a03',
        domain: 'raviga.com',
        label: 'Raviga',
        email: 'laurie@raviga.com',
      },
      row: {
        externalId: 'c1d2e3f4-0000-4000-8000-000000000303',
        name: 'Raviga · Upgrade',
        stage: 'Awaiting countersign',
        status: 'open',
        amountMinor: 300_000,
        currency: 'USD',
        closeDate: '2025-07-01',
        lostReason: null,
        ownerName: null,
      },
    });
    expect(activity).toMatchObject({
      kind: 'activity',
      row: {
        externalId: 'c1d2e3f4-0000-4000-8000-000000000303:AWAITING_COUNTERSIGN',
        type: 'contract_change',
        title: 'Upgrade order: awaiting countersign',
        occurredAt: new Date('2025-06-12T08:15:00Z'),
      },
    });
  });

  it('maps order.closed.lost to a lost deal with its reason', () => {
    const [deal] = mapSalesbricksWebhook(closedLost);
    expect(deal).toMatchObject({
      kind: 'deal',
      ref: { customerExternalId: '6f1c9d62-1a0b-4a43-9a55-0b3f2f7d1a04', domain: 'endframe.io' },
      row: {
        status: 'lost',
        stage: 'Closed lost',
        lostReason: 'Budget cut',
        amountMinor: 2_400_000,
        closeDate: '2025-06-03',
      },
    });
  });

  it('maps a failed invoice payment to a payment_failed event', () => {
    expect(mapSalesbricksWebhook(paymentFailed)).toEqual([
      {
        kind: 'payment_event',
        ref: {
          customerExternalId: '6f1c9d62-1a0b-4a43-9a55-0b3f2f7d1a03',
          domain: 'raviga.com',
          label: 'Raviga',
          email: 'laurie@raviga.com',
        },
        invoiceExternalId: 'e5f6a7b8-0000-4000-8000-000000000501',
        row: {
          externalId: 'f7a8b9c0-0000-4000-8000-000000000601',
          type: 'payment_failed',
          amountMinor: 50_000,
          currency: 'USD',
          failureReason: 'Your card was declined.',
          occurredAt: new Date('2025-06-15T08:00:00Z'),
        },
      },
    ]);
  });

  it('maps a payment webhook for a successful payment to nothing', () => {
    const payment = { ...paymentFailed.invoice.payments[0], status: 'SUCCEEDED', invoice: paymentFailed.invoice };
    expect(mapSalesbricksWebhook({ payment })).toEqual([]);
  });

  it('throws on a body that is not a Salesbricks payload', () => {
    expect(() => mapSalesbricksWebhook({ hello: 'world' })).toThrow();
  });
});
