/**
 * Salesbricks webhooks: signature check and payload → canonical records. Salesbricks signs the raw
 * body with HMAC-SHA512 keyed by the API token and sends base64 in `X-SALESBRICKS-KEY` (no
 * timestamp, so there is no replay window to check). Bodies carry no event name; the top-level key
 * (`order`, `invoice`, `payment`) says what arrived.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { companyDomainFromEmail } from '@success/shared/domain';
import type { AccountRef, CanonicalRecord } from '../connector';
import { parseSalesbricksDate } from './contract-terms';
import { toMinorUnits } from './money';
import { mapOrder, orderFactsFromWebhook } from './order-mapper';
import {
  salesbricksWebhookSchema,
  type SalesbricksWebhookInvoice,
  type SalesbricksWebhookOrder,
  type SalesbricksWebhookPaymentBase,
} from './schemas';

const sha512Bytes = 64;

/** True when `headerValue` is the base64 HMAC-SHA512 of the exact raw body under `secret`. */
export function verifySalesbricksSignature(
  rawBody: string | Buffer,
  headerValue: string | null | undefined,
  secret: string,
): boolean {
  if (!headerValue || !secret) return false;
  const expected = createHmac('sha512', secret).update(rawBody).digest();
  // Compare bytes, not strings: base64 padding varies (the docs' own sample drops one "=").
  const received = Buffer.from(headerValue.trim(), 'base64');
  if (received.length !== sha512Bytes) return false;
  return timingSafeEqual(expected, received);
}

function orderRef(order: SalesbricksWebhookOrder): AccountRef {
  const customerId = order.buyer?.id ?? order.primary_user?.company?.id ?? null;
  if (!customerId) throw new Error(`Salesbricks order ${order.id} names no buyer id to link it to a customer.`);
  const email = order.primary_user?.email ?? null;
  const domain = companyDomainFromEmail(email);
  const name = order.buyer?.name?.trim() || order.primary_user?.company?.name?.trim() || domain;
  return { customerExternalId: customerId, domain, label: name || `Salesbricks customer ${customerId}`, email };
}

function failureReason(error: unknown): string | null {
  if (typeof error === 'string') return error || null;
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
    return error.message;
  }
  return error === null || error === undefined ? null : JSON.stringify(error);
}

function isFailed(status: string | null | undefined): boolean {
  return /^(FAILED|FAILURE|DECLINED|ERROR)$/i.test(status?.trim() ?? '');
}

function mapFailedPayment(
  payment: SalesbricksWebhookPaymentBase,
  invoice: SalesbricksWebhookInvoice,
  receivedAt: Date,
): CanonicalRecord[] {
  if (!isFailed(payment.status) || !invoice.order) return [];
  const currency = (invoice.currency ?? invoice.order.currency ?? 'USD').toUpperCase();
  const amount = payment.amount ?? payment.paid_amount ?? invoice.remaining_amount ?? null;
  return [
    {
      kind: 'payment_event',
      ref: orderRef(invoice.order),
      invoiceExternalId: invoice.id,
      row: {
        externalId: payment.id,
        type: 'payment_failed',
        amountMinor: toMinorUnits(amount, currency) ?? 0,
        currency,
        failureReason: failureReason(payment.error),
        occurredAt: parseSalesbricksDate(payment.paid_at ?? payment.created_at ?? invoice.updated_at) ?? receivedAt,
      },
    },
  ];
}

/**
 * Order webhooks (stage change, closed lost, …) → the order's deal and a contract-change activity;
 * invoice and payment webhooks → `payment_failed` events for failed payments. Anything else maps to
 * nothing. Throws when the body is not a Salesbricks payload.
 */
export function mapSalesbricksWebhook(payload: unknown, receivedAt: Date = new Date()): CanonicalRecord[] {
  const parsed = salesbricksWebhookSchema.parse(payload);
  if ('order' in parsed) return mapOrder(orderRef(parsed.order), orderFactsFromWebhook(parsed.order));
  if ('invoice' in parsed) {
    return parsed.invoice.payments.flatMap((payment) => mapFailedPayment(payment, parsed.invoice, receivedAt));
  }
  const { invoice, ...payment } = parsed.payment;
  return invoice ? mapFailedPayment(payment, invoice, receivedAt) : [];
}
