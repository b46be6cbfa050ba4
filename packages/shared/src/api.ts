/**
 * HTTP contracts shared by the server (validation, OpenAPI) and the web app (typed fetchers).
 * Timestamps are ISO 8601 UTC strings; money is integer minor units with an ISO currency.
 */
import { z } from 'zod';
import { isValidTimeZone } from './days';

export const roles = ['admin', 'member', 'viewer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const sectionKeys = ['health', 'convert', 'contracts', 'pipeline', 're-engage', 'close-the-loop'] as const;
export const sectionSchema = z.enum(sectionKeys);
export type Section = z.infer<typeof sectionSchema>;

export const moneySchema = z.object({ amount: z.number().int(), currency: z.string().length(3) });
export type Money = z.infer<typeof moneySchema>;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid email address.' }));
export const passwordSchema = z
  .string()
  .min(10, { message: 'Use at least 10 characters for the password.' })
  .max(200, { message: 'Use at most 200 characters for the password.' });

export const setupStatusSchema = z.object({ isSetupRequired: z.boolean() });
export const setupInputSchema = z.object({
  workspaceName: z.string().trim().min(1, { message: 'Name the workspace.' }).max(100),
  email: emailSchema,
  password: passwordSchema,
});
export type SetupInput = z.infer<typeof setupInputSchema>;

export const loginInputSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });
export type LoginInput = z.infer<typeof loginInputSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: roleSchema,
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  isDemoModeEnabled: z.boolean(),
  reportingCurrency: z.string(),
  /** IANA time zone in which every day count is taken (default UTC). */
  timeZone: z.string(),
  /** Admin-chosen logo URL template with `{domain}`; null shows letter avatars and sends nothing out. */
  logoUrlTemplate: z.string().nullable(),
});
export type Workspace = z.infer<typeof workspaceSchema>;

/**
 * A link people may click: a full http(s) URL. javascript:, data:, vbscript: or file: links would
 * run script or open local files in the browser of whoever clicks them, so every URL field
 * (signals, calls, CSV imports) takes http(s) only.
 */
export const httpUrlSchema = z.url({
  protocol: /^https?$/,
  message: 'Enter a full http(s) URL such as https://support.example.com/tickets/1042',
});

/**
 * The URL when it is http(s), else null: for URLs read back from storage (saved before input was
 * checked, or synced from a provider), so a stored javascript: link is never handed out.
 */
export function toHttpUrlOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  return httpUrlSchema.safeParse(value).success ? value : null;
}

/** A logo URL template: an https URL with `{domain}` where each customer's domain goes. */
export const logoUrlTemplateSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => value.includes('{domain}'), { message: 'The template must contain {domain}.' })
  .refine(
    (value) => {
      try {
        return new URL(value.replaceAll('{domain}', 'example.com')).protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'The template must be an https:// URL.' },
  );

/** PATCH /workspace (admin): any of the workspace's settings; a field left out stays as it is. */
export const updateWorkspaceInputSchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  timeZone: z
    .string()
    .refine(isValidTimeZone, { message: 'Not a known time zone; use an IANA name such as Europe/Paris.' })
    .optional(),
  /** null turns logos off (letter avatars, no third-party request). */
  logoUrlTemplate: logoUrlTemplateSchema.nullable().optional(),
});
export type UpdateWorkspaceInput = z.infer<typeof updateWorkspaceInputSchema>;

export const meSchema = z.object({
  user: userSchema,
  workspace: workspaceSchema,
  flags: z.record(z.string(), z.boolean()),
});
export type Me = z.infer<typeof meSchema>;

export const createTokenInputSchema = z.object({ name: z.string().trim().min(1).max(100) });
export const createdTokenSchema = z.object({ id: z.string(), name: z.string(), prefix: z.string(), token: z.string() });
export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createUserInputSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().max(100).optional(),
  role: roleSchema,
});
export const updateUserInputSchema = z.object({ role: roleSchema });

export const featureFlagKeys = ['success'] as const;
export const featureFlagKeySchema = z.enum(featureFlagKeys);
export const setFlagInputSchema = z.object({ isEnabled: z.boolean() });

export const accessRequestSchema = z.object({
  id: z.string(),
  email: z.string(),
  reason: z.string().nullable(),
  status: z.enum(['pending', 'approved', 'dismissed']),
  createdAt: z.string(),
});
export type AccessRequest = z.infer<typeof accessRequestSchema>;
export const createAccessRequestInputSchema = z.object({ reason: z.string().trim().max(1000).optional() });
export const resolveAccessRequestInputSchema = z.object({ status: z.enum(['approved', 'dismissed']) });

export const demoStatusSchema = z.object({ isEnabled: z.boolean(), accounts: z.number().int() });
export const setDemoInputSchema = z.object({ isEnabled: z.boolean() });

/** A scored band. */
export const healthBandSchema = z.enum(['healthy', 'at_risk', 'critical']);
export type HealthBand = z.infer<typeof healthBandSchema>;
/**
 * What the Health queue shows for an account: a band, "Not enough data" (input coverage below the
 * workspace's minimum; scored but not banded) or churned (every paying source ended; not scored).
 */
export const healthStateSchema = z.enum(['healthy', 'at_risk', 'critical', 'not_enough_data', 'churned']);
export type HealthState = z.infer<typeof healthStateSchema>;

export const lifecycleStageSchema = z.enum(['prospect', 'trial', 'customer', 'churned']);

export const accountSummarySchema = z.object({
  id: z.string(),
  domain: z.string(),
  name: z.string(),
  logoUrl: z.string().nullable(),
  ownerName: z.string().nullable(),
  lifecycleStage: lifecycleStageSchema,
  isTracked: z.boolean(),
  /** Ledger ARR and MRR in the reporting currency; null until the ledger has rows for the account. */
  arr: moneySchema.nullable(),
  mrr: moneySchema.nullable(),
  /** The ARR of an account in the at-risk or critical band (zero when healthy). */
  arrAtRisk: moneySchema.nullable(),
  renewalDate: z.string().nullable(),
  daysToRenewal: z.number().int().nullable(),
  paymentState: z.enum(['ok', 'past_due', 'payment_failed', 'unpaid', 'none']),
  /** Which system the revenue comes from: one of them, or both reconciled into one ledger. */
  revenueBadge: z.enum(['stripe', 'salesbricks', 'merged']).nullable(),
  lastActivityAt: z.string().nullable(),
  /** The latest health snapshot; null until the account has been scored. */
  health: z
    .object({
      score: z.number().int(),
      band: z.enum(['healthy', 'at_risk', 'critical', 'not_enough_data']),
      /** 0–1: share of dimension weight backed by data. */
      coverage: z.number().min(0).max(1).nullable(),
      topFactors: z.array(z.object({ label: z.string(), points: z.number().int(), source: z.string() })),
    })
    .nullable(),
  /** Present when every paying source has ended (the ledger's churn): when, and the MRR it had. */
  churn: z.object({ churnedAt: z.string(), lastMrr: moneySchema.nullable() }).nullable(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

export const pageQuerySchema = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const accountSortKeys = ['triage', 'name', 'score', 'arr', 'renewal', 'last_activity', 'owner'] as const;
export type AccountSortKey = (typeof accountSortKeys)[number];
export const accountListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  /** A band, `not_enough_data`, or `churned` (churned accounts are listed only under this filter). */
  band: healthStateSchema.optional(),
  /** Renewing within this many days from today. */
  renewalWithinDays: z.coerce.number().int().min(1).max(3650).optional(),
  owner: z.string().trim().min(1).max(200).optional(),
  source: z.enum(['stripe', 'salesbricks', 'merged']).optional(),
  paymentState: z.enum(['ok', 'past_due', 'payment_failed', 'unpaid', 'none']).optional(),
  /** Default order per key: triage (critical first, then ARR at risk, then score), name and owner A→Z, score lowest first, ARR highest first, renewal soonest first, last activity most recent first. */
  sort: z.enum(accountSortKeys).default('triage'),
  order: z.enum(['asc', 'desc']).optional(),
  includeUntracked: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const contactSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  title: z.string().nullable(),
});

export const customerDetailSchema = z.object({
  account: accountSummarySchema.extend({
    primaryContactName: z.string().nullable(),
    primaryContactEmail: z.string().nullable(),
    ownerEmail: z.string().nullable(),
  }),
  contacts: z.array(contactSchema),
  metrics: z.object({
    /** Peak daily active users over the last 7 days. */
    activeUsers: z.number().int().nullable(),
    licensedSeats: z.number().int().nullable(),
    /** Where licensed seats came from: the ledger's seat-based recurring items, or the Salesbricks contract. */
    licensedSeatsSource: z.enum(['ledger', 'salesbricks_contract']).nullable(),
    /** Average daily active users, latest complete week vs the week before, in percent. */
    weeklyTrendPct: z.number().nullable(),
    lastActivityAt: z.string().nullable(),
  }),
  /** HubSpot (or other CRM) company facts, when a CRM is connected and matched. */
  enrichment: z
    .object({
      provider: z.string(),
      properties: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
      updatedAt: z.string(),
    })
    .nullable(),
  /** Links to the account in a CRM or contract system, best first. */
  crmLinks: z.array(z.object({ provider: z.string(), label: z.string(), url: z.string() })),
  counts: z.object({
    /** Revenue sources as the ledger counts them: a merged contract and subscription is one. */
    revenueSources: z.number().int(),
    /** Provider records behind them (a merged pair is two records). */
    revenueRecords: z.number().int(),
    signals: z.number().int(),
    activities: z.number().int(),
    deals: z.number().int(),
  }),
});
export type CustomerDetail = z.infer<typeof customerDetailSchema>;

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const routeStateSchema = z.enum(['open', 'done', 'dismissed']);
export const createRouteInputSchema = z.object({
  companyDomain: z.string().trim().min(3).max(253),
  to: sectionSchema,
  /** Where the account is routed from; defaults to where its open route put it, else Health. */
  from: sectionSchema.optional(),
  reason: z.string().trim().min(1, { message: 'Say why the account moves.' }).max(2000),
});
export const routeSchema = z.object({
  id: z.string(),
  account: z.object({ id: z.string(), domain: z.string(), name: z.string() }),
  from: sectionSchema,
  to: sectionSchema,
  reason: z.string(),
  state: routeStateSchema,
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type Route = z.infer<typeof routeSchema>;
export const routeListQuerySchema = pageQuerySchema.extend({
  to: sectionSchema.optional(),
  state: routeStateSchema.optional(),
  companyDomain: z.string().trim().max(253).optional(),
});
export const resolveRouteInputSchema = z.object({ state: z.enum(['done', 'dismissed']) });

export const feedTypes = [
  'call',
  'email',
  'project',
  'signal',
  'contract_change',
  'payment',
  'route',
  'tracking',
  'note',
] as const;
export const feedTypeSchema = z.enum(feedTypes);
export type FeedType = z.infer<typeof feedTypeSchema>;
export const feedItemSchema = z.object({
  id: z.string(),
  type: feedTypeSchema,
  /** The finer kind: a signal's type (nps, complaint…), a payment's outcome, an activity's own type. */
  subtype: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  source: z.string(),
  url: z.string().nullable(),
  sentiment: z.enum(['positive', 'neutral', 'negative']).nullable(),
  score: z.number().int().nullable(),
  amount: moneySchema.nullable(),
  occurredAt: z.string(),
});
export type FeedItem = z.infer<typeof feedItemSchema>;

/** A feature request the customer made (tracked until it ships or is closed). */
export const customerRequestStatusSchema = z.enum(['open', 'shipped', 'closed']);
export const customerRequestSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string().nullable(),
  status: customerRequestStatusSchema,
  requestedAt: z.string(),
});
export type CustomerRequest = z.infer<typeof customerRequestSchema>;
export const customerRequestListQuerySchema = z.object({
  status: customerRequestStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const feedQuerySchema = pageQuerySchema.extend({
  /** Comma-separated feed types; all when omitted. */
  types: z
    .string()
    .max(200)
    .optional()
    .transform((value, context) => {
      if (!value) return undefined;
      const types: FeedType[] = [];
      for (const part of value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)) {
        const parsed = feedTypeSchema.safeParse(part);
        if (!parsed.success) {
          context.addIssue({ code: 'custom', message: `Unknown type ${part}. Types: ${feedTypes.join(', ')}.` });
          return z.NEVER;
        }
        types.push(parsed.data);
      }
      return types;
    }),
});
export const setTrackingInputSchema = z.object({
  isTracked: z.boolean(),
  reason: z.string().trim().max(1000).optional(),
});
export const trackingSchema = z.object({ isTracked: z.boolean() });

const perBand = <T extends z.ZodType>(value: T) =>
  z.object({ healthy: value, at_risk: value, critical: value, not_enough_data: value, unscored: value });
const perWindow = <T extends z.ZodType>(value: T) => z.object({ d30: value, d60: value, d90: value });
export const healthSummarySchema = z.object({
  currency: z.string(),
  accountsByBand: perBand(z.number().int()),
  arrByBand: perBand(moneySchema),
  /** Tracked accounts that churned (not in the bands above), and the MRR they had. */
  churned: z.object({ accounts: z.number().int(), lastMrr: moneySchema }),
  /** ARR of tracked accounts in the at-risk and critical bands. */
  arrAtRisk: moneySchema,
  renewingAccounts: perWindow(z.number().int()),
  renewingArr: perWindow(moneySchema),
});
export type HealthSummary = z.infer<typeof healthSummarySchema>;
