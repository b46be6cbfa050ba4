/**
 * The parts of Stripe payloads the mapper reads, in the pinned API version (see client.ts).
 * Unknown fields pass (Stripe adds fields in every release); the fields we need are checked. A few
 * pre-basil fields are accepted as fallbacks because events and webhooks arrive rendered in the
 * API version they were created with, not the one we pin.
 */
import { z } from 'zod';

const unixSeconds = z.number().int();
const id = z.string().min(1);
const metadataSchema = z.record(z.string(), z.string()).nullish();

export const customerSchema = z.object({
  id,
  object: z.literal('customer'),
  email: z.string().nullish(),
  name: z.string().nullish(),
  metadata: metadataSchema,
  /** Present (true) on a deleted customer, which keeps only id and object. */
  deleted: z.boolean().optional(),
});
export type StripeCustomer = z.infer<typeof customerSchema>;

export const productSchema = z.object({
  id,
  object: z.literal('product'),
  /** Absent on a deleted product. */
  name: z.string().optional(),
});
export type StripeProduct = z.infer<typeof productSchema>;

export const intervals = ['day', 'week', 'month', 'year'] as const;

export const priceSchema = z.object({
  id,
  object: z.literal('price'),
  currency: z.string().length(3),
  /** Null for tiered prices and for sub-cent decimal amounts. */
  unit_amount: z.number().int().nullable(),
  unit_amount_decimal: z.string().nullish(),
  type: z.enum(['one_time', 'recurring']),
  recurring: z
    .object({
      interval: z.enum(intervals),
      interval_count: z.number().int().positive(),
      usage_type: z.enum(['licensed', 'metered']),
    })
    .nullable(),
  product: z.union([id, productSchema]),
  nickname: z.string().nullish(),
});
export type StripePrice = z.infer<typeof priceSchema>;

export const subscriptionItemSchema = z.object({
  id,
  object: z.literal('subscription_item'),
  price: priceSchema,
  /** Absent for metered items. */
  quantity: z.number().int().nonnegative().optional(),
  current_period_start: unixSeconds.optional(),
  current_period_end: unixSeconds.optional(),
});
export type StripeSubscriptionItem = z.infer<typeof subscriptionItemSchema>;

export const couponSchema = z.object({
  id,
  object: z.literal('coupon'),
  percent_off: z.number().min(0).max(100).nullable(),
  amount_off: z.number().int().nullable(),
  duration: z.enum(['once', 'repeating', 'forever']).optional(),
});
export type StripeCoupon = z.infer<typeof couponSchema>;

export const discountSchema = z.object({
  id,
  object: z.literal('discount'),
  start: unixSeconds.nullish(),
  end: unixSeconds.nullish(),
  /** clover (2025-09-30) and later: the coupon sits under `source` (an id unless expanded). */
  source: z.object({ type: z.string(), coupon: z.union([id, couponSchema]).nullable() }).optional(),
  /** Before clover the coupon was embedded directly. */
  coupon: couponSchema.optional(),
});
export type StripeDiscount = z.infer<typeof discountSchema>;

export const subscriptionStatuses = [
  'incomplete',
  'incomplete_expired',
  'trialing',
  'active',
  'past_due',
  'canceled',
  'unpaid',
  'paused',
] as const;

export const subscriptionItemListSchema = z.object({
  object: z.literal('list'),
  data: z.array(subscriptionItemSchema),
  has_more: z.boolean(),
});

export const subscriptionSchema = z.object({
  id,
  object: z.literal('subscription'),
  customer: z.union([id, customerSchema]),
  status: z.enum(subscriptionStatuses),
  currency: z.string().length(3),
  created: unixSeconds,
  start_date: unixSeconds,
  cancel_at: unixSeconds.nullable(),
  cancel_at_period_end: z.boolean(),
  ended_at: unixSeconds.nullable(),
  trial_start: unixSeconds.nullable(),
  trial_end: unixSeconds.nullable(),
  /** Removed from the subscription in basil (2025-03-31); kept as a fallback for older events. */
  current_period_end: unixSeconds.optional(),
  /** Ids unless expanded (`expand[]=data.discounts.source.coupon`). */
  discounts: z.array(z.union([id, discountSchema])).optional(),
  items: subscriptionItemListSchema,
  metadata: metadataSchema,
  livemode: z.boolean().optional(),
});
export type StripeSubscription = z.infer<typeof subscriptionSchema>;

const idOrObject = z.union([id, z.object({ id })]);

export const invoiceStatuses = ['draft', 'open', 'paid', 'uncollectible', 'void'] as const;

export const invoiceSchema = z.object({
  id,
  object: z.literal('invoice'),
  customer: z.union([id, customerSchema]).nullable(),
  status: z.enum(invoiceStatuses).nullable(),
  number: z.string().nullish(),
  currency: z.string().length(3),
  amount_due: z.number().int(),
  amount_paid: z.number().int(),
  amount_remaining: z.number().int().optional(),
  /** basil and later. */
  total_taxes: z.array(z.object({ amount: z.number().int() })).nullish(),
  /** Before basil. */
  tax: z.number().int().nullish(),
  created: unixSeconds,
  due_date: unixSeconds.nullish(),
  status_transitions: z.object({ paid_at: unixSeconds.nullish(), finalized_at: unixSeconds.nullish() }).nullish(),
  attempted: z.boolean(),
  attempt_count: z.number().int().nonnegative(),
  hosted_invoice_url: z.string().nullish(),
  /** basil and later: `parent.subscription_details.subscription`. */
  parent: z.object({ subscription_details: z.object({ subscription: idOrObject.nullish() }).nullish() }).nullish(),
  /** Before basil. */
  subscription: idOrObject.nullish(),
});
export type StripeInvoice = z.infer<typeof invoiceSchema>;

export const eventSchema = z.object({
  id,
  object: z.literal('event'),
  type: z.string(),
  created: unixSeconds,
  api_version: z.string().nullish(),
  data: z.object({ object: z.looseObject({ id, object: z.string() }) }),
});
export type StripeEvent = z.infer<typeof eventSchema>;

/** A zod failure as one readable line: "items.data.0.price: Invalid input; …". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(payload)'}: ${issue.message}`)
    .join('; ');
}
