/**
 * Salesbricks REST v2 and webhook payload shapes. Lenient on purpose: unknown fields pass through
 * (`looseObject`), optional fields are `nullish`, and each record is parsed on its own so one bad
 * record is quarantined instead of failing the page. Fields marked "unconfirmed" are not in the
 * documented examples; we read them when present and fall back otherwise.
 */
import { z } from 'zod';

export const salesbricksCredentialsSchema = z.object({
  apiToken: z.string().trim().min(1, 'Enter the Salesbricks public API token.'),
  webhookSecret: z.string().trim().min(1).optional(),
});
export type SalesbricksCredentials = z.infer<typeof salesbricksCredentialsSchema>;

export const salesbricksSettingsSchema = z.object({});
export type SalesbricksSettings = z.infer<typeof salesbricksSettingsSchema>;

/** Money arrives both as numbers (`sub_total: 123`) and as formatted strings (`contract_value`). */
const money = z.union([z.number(), z.string()]).nullish();
const text = z.string().nullish();
const count = z.union([z.number(), z.string()]).nullish();

/** Django REST Framework list envelope; records stay `unknown` until parsed one by one. */
export const salesbricksListSchema = z.looseObject({
  count: z.number().nullish(),
  next: text,
  previous: text,
  results: z.array(z.unknown()),
});

export const salesbricksPersonSchema = z.looseObject({
  person_id: text,
  first_name: text,
  last_name: text,
  preferred_name: text,
  email: text,
  role: text,
});
export type SalesbricksPerson = z.infer<typeof salesbricksPersonSchema>;

const addressSchema = z.looseObject({ line_1: text, line_2: text, city: text, region: text, zip: text, country: text });

export const salesbricksCustomerSchema = z.looseObject({
  customer_id: z.string().min(1),
  name: text,
  external_id: text,
  stripe_customer_id: text,
  address: addressSchema.nullish(),
  /** Unconfirmed: not in the documented customer; read when an account carries it. */
  domain: text,
  website: text,
  subscriptions: z
    .array(
      z.looseObject({
        subscription_id: z.string().min(1),
        status: text,
        name: text,
        starts_at: text,
        ends_at: text,
      }),
    )
    .nullish()
    .transform((value) => value ?? []),
});
export type SalesbricksCustomer = z.infer<typeof salesbricksCustomerSchema>;

export const salesbricksLineItemSchema = z.looseObject({
  quantity: count,
  brick_id: text,
  brick_name: text,
  /** Unconfirmed on line items (documented on plan bricks, e.g. `SUBSCRIPTION`). */
  brick_type: text,
  plan_id: text,
  plan_name: text,
  sub_total: money,
  grand_total: money,
  tiers_breakdown: z
    .array(z.looseObject({ quantity: count, unit_price: money, sub_total: money, duration_text: text }))
    .nullish(),
});
export type SalesbricksLineItem = z.infer<typeof salesbricksLineItemSchema>;

export const salesbricksSubscriptionSchema = z.looseObject({
  subscription_id: z.string().min(1),
  status: text,
  stage: text,
  starts_at: text,
  ends_at: text,
  renews_at: text,
  terminates_at: text,
  billing_frequency: text,
  currency: text,
  sub_total: money,
  grand_total: money,
  line_items: z
    .array(salesbricksLineItemSchema)
    .nullish()
    .transform((value) => value ?? []),
  billing_schedule: z.array(z.looseObject({ starts_at: text, ends_at: text, sub_total: money })).nullish(),
  customer: z.looseObject({ customer_id: text, name: text, external_id: text }).nullish(),
  metadata: z.unknown().optional(),
  point_of_contact: salesbricksPersonSchema.nullish(),
  signatory_user: salesbricksPersonSchema.nullish(),
  accounts_payable_emails: z.array(z.string()).nullish(),
  /** Unconfirmed: read when present, otherwise the metadata is searched for a `sub_…` id. */
  stripe_subscription_id: text,
});
export type SalesbricksSubscription = z.infer<typeof salesbricksSubscriptionSchema>;

/** An order from `/subscriptions/{id}/orders` (closed orders) or `/upgrade` / `/recast` (open ones). */
export const salesbricksOrderSchema = z.looseObject({
  order_id: z.string().min(1),
  contract_value: money,
  pdf_url: text,
  starts_at: text,
  ends_at: text,
  order_type: text,
  /** Unconfirmed in REST (documented on webhooks and the CRM field mapping). */
  stage: text,
  created_at: text,
  updated_at: text,
  closed_at: text,
  owner_name: text,
  /** Unconfirmed: no documented field carries a closed-lost reason; these names are read if sent. */
  closed_lost_reason: text,
  lost_reason: text,
});
export type SalesbricksOrder = z.infer<typeof salesbricksOrderSchema>;

export const salesbricksOpenOrdersSchema = z.looseObject({
  orders: z
    .array(z.unknown())
    .nullish()
    .transform((value) => value ?? []),
});

/** DRF error bodies: `{"detail": "..."}`; some endpoints answer `{"message": ...}` or field errors. */
export const salesbricksErrorSchema = z.looseObject({
  detail: z.unknown().optional(),
  message: z.unknown().optional(),
  error: z.unknown().optional(),
});

const webhookCompanySchema = z.looseObject({ id: text, external_id: text, name: text });

/** The `order` of order webhooks (`order.stage.change`, `order.closed.lost`, …); stages are lower-case here. */
export const salesbricksWebhookOrderSchema = z.looseObject({
  id: z.string().min(1),
  chain_id: text,
  subscription_id: text,
  stage: text,
  order_type: text,
  agreement_number: count,
  created_at: text,
  updated_at: text,
  starts_at: text,
  ends_at: text,
  closed_at: text,
  grand_total: money,
  contract_value: money,
  currency: text,
  owner_name: text,
  closed_lost_reason: text,
  lost_reason: text,
  buyer: webhookCompanySchema.nullish(),
  primary_user: z
    .looseObject({ first_name: text, last_name: text, email: text, company: webhookCompanySchema.nullish() })
    .nullish(),
});
export type SalesbricksWebhookOrder = z.infer<typeof salesbricksWebhookOrderSchema>;

const webhookPaymentBase = z.looseObject({
  id: z.string().min(1),
  status: text,
  error: z.unknown().optional(),
  paid_amount: money,
  amount: money,
  paid_at: text,
  created_at: text,
  payment_method: text,
});

export type SalesbricksWebhookPaymentBase = z.infer<typeof webhookPaymentBase>;

export const salesbricksWebhookInvoiceSchema = z.looseObject({
  id: z.string().min(1),
  invoice_number: text,
  currency: text,
  due_at: text,
  starts_at: text,
  ends_at: text,
  updated_at: text,
  paid_amount: money,
  remaining_amount: money,
  order: salesbricksWebhookOrderSchema.nullish(),
  payments: z
    .array(webhookPaymentBase)
    .nullish()
    .transform((value) => value ?? []),
});
export type SalesbricksWebhookInvoice = z.infer<typeof salesbricksWebhookInvoiceSchema>;

export const salesbricksWebhookPaymentSchema = webhookPaymentBase.extend({
  invoice: salesbricksWebhookInvoiceSchema.nullish(),
});
export type SalesbricksWebhookPayment = z.infer<typeof salesbricksWebhookPaymentSchema>;

/** Webhook bodies carry no event name: the top-level key says which object it is. */
export const salesbricksWebhookSchema = z.union([
  z.object({ order: salesbricksWebhookOrderSchema }),
  z.object({ invoice: salesbricksWebhookInvoiceSchema }),
  z.object({ payment: salesbricksWebhookPaymentSchema }),
]);
