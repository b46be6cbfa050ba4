/**
 * Factories for Stripe objects shaped like the pinned API version (basil+ fields: periods on
 * items, `discounts[]` with `source.coupon`, `invoice.parent`, `total_taxes`). They store related
 * objects embedded (customer as an id; product, discounts and coupons as objects); the fake server
 * collapses them to ids unless a request expands them, as Stripe does.
 */
import { stripeApiVersion } from './client';

let sequence = 0;
/** 2026-01-01T00:00:00Z: objects made later in a test are newer, like real ones. */
const baseCreated = 1_767_225_600;
const day = 86_400;

/** Any other field of the real object, so tests can set what the factory leaves at its default. */
type Open = { [field: string]: unknown };

function nextId(prefix: string): { id: string; n: number } {
  sequence += 1;
  return { id: `${prefix}_fake${String(sequence).padStart(6, '0')}`, n: sequence };
}

type CustomerFields = {
  id: string;
  object: 'customer';
  created: number;
  email: string | null;
  name: string | null;
  metadata: Record<string, string>;
};
export type FakeCustomer = CustomerFields & Open;

export function fakeCustomer(overrides: Partial<CustomerFields> & Open = {}): FakeCustomer {
  const { id, n } = nextId('cus');
  return {
    id,
    object: 'customer',
    address: null,
    balance: 0,
    created: baseCreated + n,
    currency: 'usd',
    default_source: null,
    delinquent: false,
    description: null,
    email: `billing@customer-${n}.example.com`,
    invoice_prefix: `FAKE${n}`,
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: {},
    name: `Customer ${n}`,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
    ...overrides,
  };
}

type ProductFields = { id: string; object: 'product'; name: string; created: number };
export type FakeProduct = ProductFields & Open;

export function fakeProduct(overrides: Partial<ProductFields> & Open = {}): FakeProduct {
  const { id, n } = nextId('prod');
  return {
    id,
    object: 'product',
    active: true,
    created: baseCreated + n,
    default_price: null,
    description: null,
    images: [],
    livemode: false,
    metadata: {},
    name: `Plan ${n}`,
    type: 'service',
    updated: baseCreated + n,
    ...overrides,
  };
}

type Recurring = {
  interval: 'day' | 'week' | 'month' | 'year';
  interval_count: number;
  usage_type: 'licensed' | 'metered';
  meter: string | null;
  trial_period_days: number | null;
};

type PriceFields = {
  id: string;
  object: 'price';
  created: number;
  currency: string;
  unit_amount: number | null;
  type: 'one_time' | 'recurring';
  recurring: Recurring | null;
  product: string | FakeProduct;
};
export type FakePrice = PriceFields & Open;

export function fakePrice(
  overrides: Partial<Omit<PriceFields, 'recurring'>> & Open & { recurring?: Partial<Recurring> | null } = {},
): FakePrice {
  const { id, n } = nextId('price');
  const { recurring, ...rest } = overrides;
  const unitAmount = rest.unit_amount === undefined ? 4900 : rest.unit_amount;
  return {
    id,
    object: 'price',
    active: true,
    billing_scheme: 'per_unit',
    created: baseCreated + n,
    currency: 'usd',
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product: fakeProduct(),
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: 'recurring',
    unit_amount: unitAmount,
    unit_amount_decimal: unitAmount === null ? null : String(unitAmount),
    ...rest,
    recurring:
      recurring === null
        ? null
        : {
            interval: 'month',
            interval_count: 1,
            usage_type: 'licensed',
            meter: null,
            trial_period_days: null,
            ...recurring,
          },
  };
}

type SubscriptionItemFields = {
  id: string;
  object: 'subscription_item';
  created: number;
  current_period_start: number;
  current_period_end: number;
  price: FakePrice;
  quantity?: number;
  subscription: string;
};
export type FakeSubscriptionItem = SubscriptionItemFields & Open;

const periodDays = { day: 1, week: 7, month: 30, year: 365 } as const;

export function fakeSubscriptionItem(overrides: Partial<SubscriptionItemFields> & Open = {}): FakeSubscriptionItem {
  const { id, n } = nextId('si');
  const price = overrides.price ?? fakePrice();
  const start = overrides.current_period_start ?? baseCreated + n;
  const length = price.recurring ? periodDays[price.recurring.interval] * price.recurring.interval_count : 30;
  return {
    id,
    object: 'subscription_item',
    billing_thresholds: null,
    created: baseCreated + n,
    current_period_start: start,
    current_period_end: start + length * day,
    discounts: [],
    metadata: {},
    price,
    ...(price.recurring?.usage_type === 'metered' ? {} : { quantity: 1 }),
    subscription: '',
    tax_rates: [],
    ...overrides,
  };
}

type CouponFields = {
  id: string;
  object: 'coupon';
  percent_off: number | null;
  amount_off: number | null;
};
export type FakeCoupon = CouponFields & Open;

export function fakeCoupon(overrides: Partial<CouponFields> & Open = {}): FakeCoupon {
  const { id, n } = nextId('coupon');
  return {
    id,
    object: 'coupon',
    amount_off: null,
    created: baseCreated + n,
    currency: null,
    duration: 'forever',
    duration_in_months: null,
    livemode: false,
    max_redemptions: null,
    metadata: {},
    name: null,
    percent_off: 10,
    redeem_by: null,
    times_redeemed: 1,
    valid: true,
    ...overrides,
  };
}

type DiscountFields = {
  id: string;
  object: 'discount';
  start: number;
  end: number | null;
  source: { type: 'coupon'; coupon: string | FakeCoupon | null };
};
export type FakeDiscount = DiscountFields & Open;

export function fakeDiscount(
  overrides: Partial<Omit<DiscountFields, 'source'>> & Open & { coupon?: FakeCoupon } = {},
): FakeDiscount {
  const { id, n } = nextId('di');
  const { coupon, ...rest } = overrides;
  return {
    id,
    object: 'discount',
    checkout_session: null,
    customer: null,
    end: null,
    invoice: null,
    invoice_item: null,
    promotion_code: null,
    start: baseCreated + n,
    subscription: null,
    subscription_item: null,
    ...rest,
    source: { type: 'coupon', coupon: coupon ?? fakeCoupon() },
  };
}

type SubscriptionFields = {
  id: string;
  object: 'subscription';
  created: number;
  customer: string;
  status: 'incomplete' | 'incomplete_expired' | 'trialing' | 'active' | 'past_due' | 'canceled' | 'unpaid' | 'paused';
  currency: string;
  discounts: FakeDiscount[];
  items: { object: 'list'; data: FakeSubscriptionItem[]; has_more: boolean; total_count: number; url: string };
  metadata: Record<string, string>;
};
export type FakeSubscription = SubscriptionFields & Open;

export function fakeSubscription(
  overrides: Partial<Omit<SubscriptionFields, 'items'>> & Open & { items?: FakeSubscriptionItem[] } = {},
): FakeSubscription {
  const { id, n } = nextId('sub');
  const { items, ...rest } = overrides;
  const subscriptionId = rest.id ?? id;
  const data = (items ?? [fakeSubscriptionItem()]).map((item) => ({ ...item, subscription: subscriptionId }));
  const created = rest.created ?? baseCreated + n;
  return {
    id,
    object: 'subscription',
    application: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: created,
    billing_mode: { type: 'flexible', updated_at: created },
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, reason: null },
    collection_method: 'charge_automatically',
    created,
    currency: 'usd',
    customer: `cus_fake_missing${n}`,
    days_until_due: null,
    default_payment_method: null,
    description: null,
    discounts: [],
    ended_at: null,
    latest_invoice: null,
    livemode: false,
    metadata: {},
    pause_collection: null,
    schedule: null,
    start_date: created,
    status: 'active',
    test_clock: null,
    trial_end: null,
    trial_settings: { end_behavior: { missing_payment_method: 'create_invoice' } },
    trial_start: null,
    ...rest,
    items: {
      object: 'list',
      data,
      has_more: false,
      total_count: data.length,
      url: `/v1/subscription_items?subscription=${subscriptionId}`,
    },
  };
}

type InvoiceFields = {
  id: string;
  object: 'invoice';
  created: number;
  customer: string;
  status: 'draft' | 'open' | 'paid' | 'uncollectible' | 'void' | null;
  amount_due: number;
  amount_paid: number;
};
export type FakeInvoice = InvoiceFields & Open;

/** The `parent` of an invoice a subscription generated. */
export function fakeInvoiceParent(subscriptionId: string) {
  return {
    type: 'subscription_details',
    quote_details: null,
    subscription_details: { metadata: {}, subscription: subscriptionId },
  };
}

export function fakeInvoice(overrides: Partial<InvoiceFields> & Open = {}): FakeInvoice {
  const { id, n } = nextId('in');
  const created = overrides.created ?? baseCreated + n;
  const status = overrides.status === undefined ? 'paid' : overrides.status;
  const amountDue = overrides.amount_due ?? 4900;
  const amountPaid = overrides.amount_paid ?? (status === 'paid' ? amountDue : 0);
  return {
    id,
    object: 'invoice',
    amount_due: amountDue,
    amount_overpaid: 0,
    amount_paid: amountPaid,
    amount_remaining: amountDue - amountPaid,
    attempt_count: status === 'draft' ? 0 : 1,
    attempted: status !== 'draft',
    billing_reason: 'subscription_cycle',
    collection_method: 'charge_automatically',
    created,
    currency: 'usd',
    customer: `cus_fake_missing${n}`,
    discounts: [],
    due_date: null,
    hosted_invoice_url: `https://invoice.stripe.com/i/acct_fake/test_${id}`,
    lines: { object: 'list', data: [], has_more: false, total_count: 0, url: `/v1/invoices/${id}/lines` },
    livemode: false,
    metadata: {},
    number: `FAKE-${String(n).padStart(4, '0')}`,
    parent: null,
    period_end: created,
    period_start: created - 30 * day,
    status_transitions: {
      finalized_at: status === 'draft' ? null : created + 3600,
      marked_uncollectible_at: null,
      paid_at: status === 'paid' ? created + 3600 : null,
      voided_at: null,
    },
    subtotal: amountDue,
    total: amountDue,
    total_discount_amounts: [],
    total_taxes: [],
    ...overrides,
    status,
  };
}

type EventFields = {
  id: string;
  object: 'event';
  created: number;
  type: string;
  data: { object: Record<string, unknown>; previous_attributes?: Record<string, unknown> };
};
export type FakeEvent = EventFields & Open;

/** An event; the fake serves `data.object` without expansions, as Stripe renders events. */
export function fakeEvent(
  type: string,
  object: Record<string, unknown>,
  overrides: Partial<EventFields> & Open = {},
): FakeEvent {
  const { id, n } = nextId('evt');
  return {
    id,
    object: 'event',
    api_version: stripeApiVersion,
    created: baseCreated + n,
    data: { object: structuredClone(object) },
    livemode: false,
    pending_webhooks: 0,
    request: { id: null, idempotency_key: null },
    type,
    ...overrides,
  };
}
