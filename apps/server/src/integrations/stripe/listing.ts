/**
 * One page of a full pass: list a resource 100 at a time after `startingAfter`, with the
 * expansions the mapper needs to build each record's account ref and discounts.
 */
import { toWireJson } from './client';
import { combineOutcomes, emptyLookup, mapCustomer, mapInvoice, mapSubscription, type MapOutcome } from './mapper';
import type { StripeCall } from './session';
import { prepareSubscriptions } from './subscriptions';

export type ListedPage = { outcome: MapOutcome; lastId: string | null; hasMore: boolean };

export const pageSize = 100;

/** Expansions for listing subscriptions; each stays within Stripe's four-level limit. */
export const subscriptionListExpand = ['data.customer', 'data.discounts.source.coupon'];

function pageOf(data: { id: string }[], hasMore: boolean, outcome: MapOutcome): ListedPage {
  return { outcome, lastId: data.at(-1)?.id ?? null, hasMore: hasMore && data.length > 0 };
}

export async function listCustomersPage(call: StripeCall, startingAfter: string | null): Promise<ListedPage> {
  const page = await call((client) =>
    client.customers.list({ limit: pageSize, starting_after: startingAfter ?? undefined }),
  );
  return pageOf(
    page.data,
    page.has_more,
    combineOutcomes(toWireJson(page.data).map((customer) => mapCustomer(customer))),
  );
}

export async function listSubscriptionsPage(call: StripeCall, startingAfter: string | null): Promise<ListedPage> {
  const page = await call((client) =>
    client.subscriptions.list({
      status: 'all',
      limit: pageSize,
      starting_after: startingAfter ?? undefined,
      expand: subscriptionListExpand,
    }),
  );
  const { payloads, lookup } = await prepareSubscriptions(call, toWireJson(page.data));
  return pageOf(page.data, page.has_more, combineOutcomes(payloads.map((payload) => mapSubscription(payload, lookup))));
}

export async function listInvoicesPage(call: StripeCall, startingAfter: string | null): Promise<ListedPage> {
  const page = await call((client) =>
    client.invoices.list({ limit: pageSize, starting_after: startingAfter ?? undefined, expand: ['data.customer'] }),
  );
  return pageOf(
    page.data,
    page.has_more,
    combineOutcomes(toWireJson(page.data).map((invoice) => mapInvoice(invoice, emptyLookup))),
  );
}
