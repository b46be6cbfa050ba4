/**
 * How the fake renders a stored object for one request: related objects collapse to their ids
 * unless the request expands them (`expand[]`), embedded item lists stop at 10 entries, and event
 * payloads never carry expansions — the way Stripe renders them.
 */
export type JsonObject = Record<string, unknown>;
export type Resolver = { customer: (id: string) => JsonObject | undefined };

/** Stripe's documented limit: expansions have a maximum depth of four levels. */
export const maxExpandDepth = 4;
/** Stripe embeds the first 10 items of a subscription; the rest come from /v1/subscription_items. */
export const embeddedItemLimit = 10;

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(value: unknown): unknown {
  return isRecord(value) && typeof value.id === 'string' ? value.id : value;
}

/** True when the request expands `path` or something below it. */
function wants(expand: readonly string[], path: string): boolean {
  return expand.some((entry) => entry === path || entry.startsWith(`${path}.`));
}

function renderPrice(price: unknown, expand: readonly string[], prefix: string): unknown {
  if (!isRecord(price)) return price;
  return { ...price, product: wants(expand, `${prefix}product`) ? price.product : idOf(price.product) };
}

function renderItem(item: JsonObject, expand: readonly string[], prefix: string): JsonObject {
  return {
    ...item,
    price: renderPrice(item.price, expand, `${prefix}price.`),
    discounts: Array.isArray(item.discounts) ? item.discounts.map(idOf) : item.discounts,
  };
}

function renderDiscount(discount: unknown, expand: readonly string[]): unknown {
  if (!wants(expand, 'discounts')) return idOf(discount);
  if (!isRecord(discount) || !isRecord(discount.source)) return discount;
  const coupon = wants(expand, 'discounts.source.coupon') ? discount.source.coupon : idOf(discount.source.coupon);
  return { ...discount, source: { ...discount.source, coupon } };
}

function renderCustomer(value: unknown, expand: readonly string[], resolver: Resolver): unknown {
  if (!wants(expand, 'customer')) return idOf(value);
  return typeof value === 'string' ? (resolver.customer(value) ?? value) : value;
}

function renderSubscription(subscription: JsonObject, expand: readonly string[], resolver: Resolver): JsonObject {
  const items = isRecord(subscription.items) ? subscription.items : null;
  const data = items && Array.isArray(items.data) ? items.data.filter(isRecord) : [];
  return {
    ...subscription,
    customer: renderCustomer(subscription.customer, expand, resolver),
    discounts: Array.isArray(subscription.discounts)
      ? subscription.discounts.map((discount) => renderDiscount(discount, expand))
      : subscription.discounts,
    items: items
      ? {
          ...items,
          data: data.slice(0, embeddedItemLimit).map((item) => renderItem(item, expand, 'items.data.')),
          has_more: data.length > embeddedItemLimit,
          total_count: data.length,
        }
      : subscription.items,
  };
}

/** Renders one stored object; `expand` paths are relative to it (a list's `data.` prefix removed). */
export function renderObject(object: JsonObject, expand: readonly string[], resolver: Resolver): JsonObject {
  const copy = structuredClone(object);
  switch (copy.object) {
    case 'subscription':
      return renderSubscription(copy, expand, resolver);
    case 'subscription_item':
      return renderItem(copy, expand, '');
    case 'invoice':
      return {
        ...copy,
        customer: renderCustomer(copy.customer, expand, resolver),
        discounts: Array.isArray(copy.discounts) ? copy.discounts.map(idOf) : copy.discounts,
      };
    case 'event': {
      const data = isRecord(copy.data) ? copy.data : {};
      const inner = isRecord(data.object) ? renderObject(data.object, [], resolver) : data.object;
      return { ...copy, data: { ...data, object: inner } };
    }
    default:
      return copy;
  }
}

/** The object with one needed field broken, so a connector's validation has something to catch. */
export function breakObject(object: JsonObject): JsonObject {
  const copy = structuredClone(object);
  switch (copy.object) {
    case 'subscription':
      delete copy.items;
      return copy;
    case 'invoice':
      delete copy.amount_due;
      return copy;
    case 'event':
      delete copy.data;
      return copy;
    default:
      return { ...copy, metadata: 'not-a-map' };
  }
}
