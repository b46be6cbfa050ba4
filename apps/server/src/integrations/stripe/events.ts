/**
 * One page of an incremental pass over /v1/events. Events say what changed; a customer event
 * carries the whole customer, so it maps as is. Subscriptions and invoices in events are never
 * expanded (no customer, discounts or product names), so their current state is retrieved with
 * the expansions the mapper needs. Events come newest-first: the first event seen for an object
 * wins and later (older) ones are skipped via the cursor's `seen` list.
 */
import type { QuarantinedRecord } from '../connector';
import { toWireJson } from './client';
import type { StripeCursor } from './cursor';
import type { ListedPage } from './listing';
import { pageSize, subscriptionListExpand } from './listing';
import { combineOutcomes, emptyLookup, mapCustomer, mapInvoice, mapSubscription, type MapOutcome } from './mapper';
import { describeIssues, eventSchema } from './schemas';
import { findOrNull, type StripeCall } from './session';
import { prepareSubscriptions } from './subscriptions';

/** The event types that change what we store (Stripe accepts up to 20 in `types[]`). */
export const relevantEventTypes = [
  'customer.created',
  'customer.updated',
  'customer.deleted',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.paused',
  'customer.subscription.resumed',
  'customer.subscription.pending_update_applied',
  'invoice.created',
  'invoice.finalized',
  'invoice.updated',
  'invoice.paid',
  'invoice.payment_failed',
  'invoice.payment_succeeded',
  'invoice.marked_uncollectible',
  'invoice.voided',
  'invoice.deleted',
];

/** Expansions for retrieving one subscription (four levels are allowed below the object itself). */
const subscriptionRetrieveExpand = [
  ...subscriptionListExpand.map((path) => path.replace(/^data\./, '')),
  'items.data.price.product',
];

async function mapChangedSubscription(call: StripeCall, id: string): Promise<MapOutcome> {
  const subscription = await findOrNull(call, (client) =>
    client.subscriptions.retrieve(id, { expand: subscriptionRetrieveExpand }),
  );
  if (!subscription) return { records: [], quarantined: [] };
  const { payloads, lookup } = await prepareSubscriptions(call, toWireJson([subscription]));
  return combineOutcomes(payloads.map((payload) => mapSubscription(payload, lookup)));
}

async function mapChangedInvoice(call: StripeCall, id: string): Promise<MapOutcome> {
  // A deleted draft invoice is gone (404): nothing to store.
  const invoice = await findOrNull(call, (client) => client.invoices.retrieve(id, { expand: ['customer'] }));
  const [payload] = invoice ? toWireJson([invoice]) : [];
  return payload ? mapInvoice(payload, emptyLookup) : { records: [], quarantined: [] };
}

export type EventsPage = ListedPage & { seen: string[] };

export async function listEventsPage(call: StripeCall, cursor: StripeCursor): Promise<EventsPage> {
  const page = await call((client) =>
    client.events.list({
      limit: pageSize,
      starting_after: cursor.startingAfter ?? undefined,
      ...(cursor.createdAfter === null ? {} : { created: { gt: cursor.createdAfter } }),
      types: relevantEventTypes,
    }),
  );
  const seen = new Set(cursor.seen);
  const outcomes: MapOutcome[] = [];
  const payloads = toWireJson(page.data);
  for (const [index, raw] of page.data.entries()) {
    const payload = payloads[index];
    const parsed = eventSchema.safeParse(payload);
    if (!parsed.success) {
      const quarantined: QuarantinedRecord = {
        externalId: raw.id,
        error: `Stripe event ${raw.id}: ${describeIssues(parsed.error)}`,
        payload,
      };
      outcomes.push({ records: [], quarantined: [quarantined] });
      continue;
    }
    const object = parsed.data.data.object;
    if (seen.has(object.id)) continue;
    seen.add(object.id);
    if (object.object === 'customer') outcomes.push(mapCustomer(object));
    else if (object.object === 'subscription') outcomes.push(await mapChangedSubscription(call, object.id));
    else if (object.object === 'invoice') outcomes.push(await mapChangedInvoice(call, object.id));
  }
  return {
    outcome: combineOutcomes(outcomes),
    lastId: page.data.at(-1)?.id ?? null,
    hasMore: page.has_more && page.data.length > 0,
    seen: [...seen],
  };
}
