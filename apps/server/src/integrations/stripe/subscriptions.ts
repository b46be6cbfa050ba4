/**
 * What a subscription payload needs before it maps: Stripe embeds only its first 10 items, and a
 * list call cannot expand `data.items.data.price.product` (five levels; Stripe allows four), so
 * the remaining items and the product names are fetched here, one request per need.
 */
import { toWireJson } from './client';
import { emptyLookup, type StripeLookup } from './mapper';
import { subscriptionSchema } from './schemas';
import type { StripeCall } from './session';

const productIdsPerRequest = 100;

async function listAllItems(call: StripeCall, subscriptionId: string): Promise<unknown[]> {
  const items: unknown[] = [];
  let startingAfter: string | undefined;
  for (;;) {
    const page = await call((client) =>
      client.subscriptionItems.list({
        subscription: subscriptionId,
        limit: 100,
        starting_after: startingAfter,
        expand: ['data.price.product'],
      }),
    );
    items.push(...toWireJson(page.data));
    const last = page.data.at(-1);
    if (!page.has_more || !last) return items;
    startingAfter = last.id;
  }
}

/** Replaces a truncated item list with the complete one; other payloads pass unchanged. */
async function completeItems(call: StripeCall, payload: unknown): Promise<unknown> {
  const parsed = subscriptionSchema.safeParse(payload);
  if (!parsed.success || !parsed.data.items.has_more || typeof payload !== 'object' || payload === null) {
    return payload;
  }
  const data = await listAllItems(call, parsed.data.id);
  return { ...payload, items: { object: 'list', data, has_more: false } };
}

function unexpandedProductIds(payloads: unknown[]): string[] {
  const ids = payloads.flatMap((payload) => {
    const parsed = subscriptionSchema.safeParse(payload);
    if (!parsed.success) return [];
    return parsed.data.items.data.flatMap((item) =>
      typeof item.price.product === 'string' ? [item.price.product] : [],
    );
  });
  return [...new Set(ids)];
}

async function findProductNames(call: StripeCall, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let start = 0; start < ids.length; start += productIdsPerRequest) {
    const chunk = ids.slice(start, start + productIdsPerRequest);
    const page = await call((client) => client.products.list({ ids: chunk, limit: productIdsPerRequest }));
    for (const product of page.data) names.set(product.id, product.name);
  }
  return names;
}

export async function prepareSubscriptions(
  call: StripeCall,
  payloads: unknown[],
): Promise<{ payloads: unknown[]; lookup: StripeLookup }> {
  const complete: unknown[] = [];
  for (const payload of payloads) complete.push(await completeItems(call, payload));
  const productIds = unexpandedProductIds(complete);
  if (productIds.length === 0) return { payloads: complete, lookup: emptyLookup };
  return { payloads: complete, lookup: { ...emptyLookup, productNames: await findProductNames(call, productIds) } };
}
