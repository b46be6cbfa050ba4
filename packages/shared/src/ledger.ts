/**
 * The revenue ledger's API: one row per revenue (a Salesbricks contract, a Stripe subscription, or
 * both merged), totals, MRR movements, renewals and the currency rates behind the rollups.
 */
import { z } from 'zod';
import { healthStateSchema } from './health';
import { moneySchema } from './money';
import { listSchema, pageQuerySchema } from './pagination';

export const ledgerSourceProviders = ['stripe', 'salesbricks'] as const;
export const reconciliationStates = ['merged', 'conflict', 'single'] as const;
export const reconciliationStateSchema = z.enum(reconciliationStates);
export type ReconciliationState = z.infer<typeof reconciliationStateSchema>;

/** How a row is being paid: `none` for revenue that is not billed now (trials, ended sources). */
export const paymentStates = ['ok', 'past_due', 'payment_failed', 'unpaid', 'none'] as const;
export const paymentStateSchema = z.enum(paymentStates);
export type PaymentState = z.infer<typeof paymentStateSchema>;

/** Which system an account's revenue comes from (badge on Health and Customer Detail). */
export const revenueBadges = ['stripe', 'salesbricks', 'merged'] as const;
export const revenueBadgeSchema = z.enum(revenueBadges);
export type RevenueBadge = z.infer<typeof revenueBadgeSchema>;

export const ledgerStatuses = [
  'active',
  'trialing',
  'past_due',
  'unpaid',
  'canceled',
  'incomplete',
  'incomplete_expired',
  'paused',
] as const;

export const conflictFieldSchema = z.object({
  field: z.enum(['amount', 'status', 'renewal_date', 'currency']),
  stripe: z.string(),
  salesbricks: z.string(),
});
export type ConflictField = z.infer<typeof conflictFieldSchema>;

export const ledgerSourceSchema = z.object({
  id: z.string(),
  provider: z.enum(ledgerSourceProviders),
  externalId: z.string(),
  productName: z.string(),
  status: z.string(),
  billingInterval: z.enum(['day', 'week', 'month', 'year']),
  intervalCount: z.number().int(),
  /** Recurring amount per billing period before discounts (source currency). */
  amount: moneySchema,
  mrr: moneySchema,
  arr: moneySchema,
  url: z.string().nullable(),
});
export type LedgerSource = z.infer<typeof ledgerSourceSchema>;

export const ledgerRowSchema = z.object({
  id: z.string(),
  account: z.object({ id: z.string(), domain: z.string(), name: z.string() }).nullable(),
  productName: z.string(),
  sources: z.array(ledgerSourceSchema),
  status: z.string(),
  billingInterval: z.enum(['day', 'week', 'month', 'year']),
  intervalCount: z.number().int(),
  /** In the row's own currency. */
  mrr: moneySchema,
  arr: moneySchema,
  /** Converted into the workspace's reporting currency with `rate`. */
  reportingMrr: moneySchema,
  reportingArr: moneySchema,
  rate: z.string(),
  startDate: z.string().nullable(),
  renewalDate: z.string().nullable(),
  daysToRenewal: z.number().int().nullable(),
  paymentState: paymentStateSchema,
  lastFailedPaymentAt: z.string().nullable(),
  reconciliation: reconciliationStateSchema,
  conflicts: z.array(conflictFieldSchema),
  isIgnoredFromArr: z.boolean(),
  ignoreReason: z.string().nullable(),
  /** The account's health state: a band, not enough data, or churned. */
  healthBand: healthStateSchema.nullable(),
});
export type LedgerRow = z.infer<typeof ledgerRowSchema>;

const csvOf = <T extends string>(values: readonly [T, ...T[]], label: string) =>
  z
    .string()
    .max(300)
    .optional()
    .transform((value, context) => {
      if (!value) return undefined;
      const picked: T[] = [];
      for (const part of value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)) {
        if (!(values as readonly string[]).includes(part)) {
          context.addIssue({ code: 'custom', message: `Unknown ${label} ${part}. Allowed: ${values.join(', ')}.` });
          return z.NEVER;
        }
        picked.push(part as T);
      }
      return picked;
    });

export const ledgerSortKeys = ['account', 'mrr', 'arr', 'renewal', 'start', 'status'] as const;

export const ledgerFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  /** Comma-separated providers: a merged row matches either. */
  source: csvOf(ledgerSourceProviders, 'source'),
  status: csvOf(ledgerStatuses, 'status'),
  paymentState: csvOf(paymentStates, 'payment state'),
  reconciliation: csvOf(reconciliationStates, 'reconciliation state'),
  /** Renewing within this many days from today. */
  renewalWithinDays: z.coerce.number().int().min(1).max(3650).optional(),
  includeIgnored: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});
/** The ledger's default order: biggest ARR first. The API and the web's URL state both read it. */
export const defaultLedgerSort = { sort: 'arr', order: 'desc' } as const satisfies {
  sort: (typeof ledgerSortKeys)[number];
  order: 'asc' | 'desc';
};
export const ledgerListQuerySchema = pageQuerySchema.extend(ledgerFilterSchema.shape).extend({
  sort: z.enum(ledgerSortKeys).default(defaultLedgerSort.sort),
  order: z.enum(['asc', 'desc']).default(defaultLedgerSort.order),
});
export type LedgerListQuery = z.input<typeof ledgerListQuerySchema>;

export const ledgerSummarySchema = z.object({
  mrr: moneySchema,
  arr: moneySchema,
  pastDueArr: moneySchema,
  renewingArr: z.object({ d30: moneySchema, d60: moneySchema, d90: moneySchema }),
  currency: z.string(),
  rows: z.number().int(),
  ignoredRows: z.number().int(),
  conflicts: z.number().int(),
  computedAt: z.string().nullable(),
});
export type LedgerSummary = z.infer<typeof ledgerSummarySchema>;

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Use YYYY-MM.' });
export const movementsQuerySchema = z
  .object({ from: monthSchema.optional(), to: monthSchema.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '`from` must not be after `to`.', path: ['from'] });

export const movementMonthSchema = z.object({
  month: z.string(),
  new: moneySchema,
  expansion: moneySchema,
  contraction: moneySchema,
  churn: moneySchema,
  reactivation: moneySchema,
  net: moneySchema,
  /** MRR at the month's end. */
  mrr: moneySchema,
});
export type MovementMonth = z.infer<typeof movementMonthSchema>;
export const movementsSchema = z.object({
  from: z.string(),
  to: z.string(),
  currency: z.string(),
  months: z.array(movementMonthSchema),
  retention: z.object({
    startMrr: moneySchema,
    expansion: moneySchema,
    contraction: moneySchema,
    churn: moneySchema,
    /** Ratios (1.05 = 105 %); null when no account paid at the start. */
    nrr: z.number().nullable(),
    grr: z.number().nullable(),
  }),
});
export type Movements = z.infer<typeof movementsSchema>;

export const renewalsQuerySchema = pageQuerySchema.extend({
  withinDays: z.coerce
    .number()
    .int()
    .refine((d) => [30, 60, 90, 180].includes(d), { message: 'Choose 30, 60, 90 or 180 days.' })
    .default(90),
  sort: z.enum(['date', 'arr']).default('date'),
});

export const ledgerRowDetailSchema = ledgerRowSchema.extend({
  invoices: z.array(
    z.object({
      id: z.string(),
      number: z.string().nullable(),
      status: z.string(),
      amountDue: moneySchema,
      amountPaid: moneySchema,
      tax: moneySchema,
      issuedAt: z.string(),
      dueAt: z.string().nullable(),
      paidAt: z.string().nullable(),
      url: z.string().nullable(),
    }),
  ),
  paymentEvents: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      amount: moneySchema,
      failureReason: z.string().nullable(),
      occurredAt: z.string(),
    }),
  ),
});
export type LedgerRowDetail = z.infer<typeof ledgerRowDetailSchema>;

export const setIgnoredInputSchema = z
  .object({ isIgnored: z.boolean(), reason: z.string().trim().max(1000).optional() })
  .refine((input) => !input.isIgnored || (input.reason ?? '').length > 0, {
    message: 'Say why this revenue is ignored from ARR.',
    path: ['reason'],
  });

const rateSchema = z
  .string()
  .trim()
  .regex(/^\d{1,9}(\.\d{1,12})?$/, { message: 'A rate is a positive decimal such as 7.064195.' })
  .refine((rate) => Number(rate) > 0, { message: 'A rate must be above zero.' });
export const currencyRateSchema = z.object({
  /** Units of `currency` per one unit of the reporting currency. */
  currency: z.string().regex(/^[A-Z]{3}$/, { message: 'Use an ISO currency code such as EUR.' }),
  rate: rateSchema,
  updatedAt: z.string().nullable(),
});
export const currencyRatesSchema = z.object({
  reportingCurrency: z.string(),
  rates: z.array(currencyRateSchema),
  /** Currencies in the ledger without a rate: their rows are left out of the rollups. */
  missing: z.array(z.string()),
});
export const putCurrencyRatesInputSchema = z.object({
  reportingCurrency: z.string().regex(/^[A-Z]{3}$/, { message: 'Use an ISO currency code such as USD.' }),
  rates: z.array(currencyRateSchema.omit({ updatedAt: true })).max(200),
});

/** How the ledger counts discounts and long-overdue subscriptions (METRICS.md settings). */
export const ledgerSettingsSchema = z.object({
  discounts: z.enum(['while_active', 'forever_only', 'ignore']).default('while_active'),
  /** A subscription past due this many days counts 0 (churned); null keeps counting it. */
  pastDueChurnAfterDays: z.number().int().min(1).max(365).nullable().default(null),
});
export type LedgerSettingsInput = z.infer<typeof ledgerSettingsSchema>;

/** The contracts CSV export's columns, in order (amounts in major units, dates as YYYY-MM-DD). */
export const ledgerCsvColumns = [
  'account',
  'domain',
  'product',
  'sources',
  'status',
  'billing_interval',
  'currency',
  'mrr',
  'arr',
  'reporting_currency',
  'reporting_mrr',
  'reporting_arr',
  'rate',
  'start_date',
  'renewal_date',
  'days_to_renewal',
  'payment_state',
  'last_failed_payment_at',
  'reconciliation',
  'conflicts',
  'ignored_from_arr',
  'ignore_reason',
] as const;

export const ledgerRowListSchema = listSchema(ledgerRowSchema);
