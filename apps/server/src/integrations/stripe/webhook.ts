/**
 * Stripe webhook deliveries: signature verification (the scheme stripe-node's constructEvent
 * implements) and mapping of an event's object with the connector's mapper. The route and the
 * idempotency store live elsewhere and call these.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CanonicalRecord, QuarantinedRecord } from '../connector';
import { relevantEventTypes } from './events';
import { emptyLookup, mapCustomer, mapInvoice, mapSubscription, type StripeLookup } from './mapper';
import { describeIssues, eventSchema, invoiceSchema, subscriptionSchema, type StripeSubscription } from './schemas';

export type SignatureCheck = { ok: true; event: unknown } | { ok: false; reason: string };

/** stripe-node's DEFAULT_TOLERANCE. */
export const defaultToleranceSeconds = 300;

function parseHeader(header: string): { timestamp: number | null; signatures: string[] } {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === 't' && timestamp === null && /^\d+$/.test(value)) timestamp = Number(value);
    // Only scheme v1 counts; v0 and unknown schemes are ignored, as Stripe documents.
    if (key === 'v1' && value) signatures.push(value);
  }
  return { timestamp, signatures };
}

function isSameSignature(candidate: string, expected: string): boolean {
  const a = Buffer.from(candidate, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Checks a `Stripe-Signature` header against the raw request body: HMAC-SHA256 of
 * `${t}.${rawBody}` with the endpoint secret, compared in constant time with every v1 value
 * (several during secret rotation), and a timestamp within the tolerance either side of `now`.
 */
export function verifyStripeSignature(
  rawBody: string,
  header: string | undefined,
  secret: string,
  now: Date,
  toleranceSeconds = defaultToleranceSeconds,
): SignatureCheck {
  if (!header?.trim()) return { ok: false, reason: 'The Stripe-Signature header is missing.' };
  const { timestamp, signatures } = parseHeader(header);
  if (timestamp === null) return { ok: false, reason: 'The Stripe-Signature header has no timestamp (t=).' };
  if (signatures.length === 0) return { ok: false, reason: 'The Stripe-Signature header has no v1 signature.' };
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
  if (!signatures.some((signature) => isSameSignature(signature, expected))) {
    return { ok: false, reason: 'No v1 signature matches the body for this endpoint secret.' };
  }
  const ageSeconds = Math.abs(now.getTime() / 1000 - timestamp);
  if (ageSeconds > toleranceSeconds) {
    return { ok: false, reason: `The signature timestamp is more than ${toleranceSeconds} seconds from now.` };
  }
  try {
    return { ok: true, event: JSON.parse(rawBody) };
  } catch {
    return { ok: false, reason: 'The signed body is not JSON.' };
  }
}

export type StripeEventMapping =
  | { outcome: 'mapped'; records: CanonicalRecord[]; quarantined: QuarantinedRecord[] }
  /** The event type changes nothing we store. */
  | { outcome: 'ignored'; reason: string }
  /**
   * Events carry objects without expansions; when the lookup cannot fill what is missing, mapping
   * would store a wrong ref or MRR, so the caller should run an incremental sync instead.
   */
  | { outcome: 'needs_sync'; reason: string };

function missingForSubscription(subscription: StripeSubscription, lookup: StripeLookup): string | null {
  const { customer } = subscription;
  if (typeof customer === 'string' && !lookup.customers.has(customer)) return `customer ${customer} is not expanded`;
  const isDiscountExpanded = (subscription.discounts ?? []).every(
    (discount) => typeof discount !== 'string' && typeof discount.source?.coupon !== 'string',
  );
  if (!isDiscountExpanded) return 'its discounts are not expanded';
  if (subscription.items.has_more) return 'it has more items than the event lists';
  const unnamed = subscription.items.data.flatMap((item) =>
    typeof item.price.product === 'string' && !lookup.productNames.has(item.price.product) ? [item.price.product] : [],
  );
  return unnamed[0] ? `product ${unnamed[0]} is not expanded` : null;
}

/** Maps a verified event's object, reusing the connector's mapper. */
export function mapStripeEvent(event: unknown, lookup: StripeLookup = emptyLookup): StripeEventMapping {
  const parsed = eventSchema.safeParse(event);
  if (!parsed.success) {
    const externalId =
      typeof event === 'object' && event !== null && 'id' in event && typeof event.id === 'string'
        ? event.id
        : 'unknown';
    const error = `Stripe event ${externalId}: ${describeIssues(parsed.error)}`;
    return { outcome: 'mapped', records: [], quarantined: [{ externalId, error, payload: event }] };
  }
  const { type, data } = parsed.data;
  if (!relevantEventTypes.includes(type) || type === 'invoice.deleted') {
    return { outcome: 'ignored', reason: `${type} changes nothing Success stores.` };
  }
  const object = data.object;
  if (object.object === 'customer') return { outcome: 'mapped', ...mapCustomer(object) };
  if (object.object === 'subscription') {
    const subscription = subscriptionSchema.safeParse(object);
    const missing = subscription.success ? missingForSubscription(subscription.data, lookup) : null;
    if (missing) return { outcome: 'needs_sync', reason: `Subscription ${object.id}: ${missing}.` };
    return { outcome: 'mapped', ...mapSubscription(object, lookup) };
  }
  if (object.object === 'invoice') {
    const invoice = invoiceSchema.safeParse(object);
    const customer = invoice.success ? invoice.data.customer : null;
    if (typeof customer === 'string' && !lookup.customers.has(customer)) {
      return { outcome: 'needs_sync', reason: `Invoice ${object.id}: customer ${customer} is not expanded.` };
    }
    return { outcome: 'mapped', ...mapInvoice(object, lookup) };
  }
  return { outcome: 'ignored', reason: `${type} carries a ${object.object}, which Success does not store.` };
}
