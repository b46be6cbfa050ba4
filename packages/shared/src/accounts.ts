/** Accounts as the Health queue lists them: the summary row, and the list's filters and sorts. */
import { z } from 'zod';
import { healthSnapshotStateSchema, healthStateSchema } from './health';
import { paymentStateSchema, revenueBadgeSchema } from './ledger';
import { moneySchema } from './money';
import { pageQuerySchema } from './pagination';

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
  paymentState: paymentStateSchema,
  /** Which system the revenue comes from: one of them, or both reconciled into one ledger. */
  revenueBadge: revenueBadgeSchema.nullable(),
  lastActivityAt: z.string().nullable(),
  /** The latest health snapshot; null until the account has been scored. */
  health: z
    .object({
      score: z.number().int(),
      band: healthSnapshotStateSchema,
      /** 0–1: share of dimension weight backed by data. */
      coverage: z.number().min(0).max(1).nullable(),
      topFactors: z.array(z.object({ label: z.string(), points: z.number().int(), source: z.string() })),
    })
    .nullable(),
  /** Present when every paying source has ended (the ledger's churn): when, and the MRR it had. */
  churn: z.object({ churnedAt: z.string(), lastMrr: moneySchema.nullable() }).nullable(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

export const accountSortKeys = ['triage', 'name', 'score', 'arr', 'renewal', 'last_activity', 'owner'] as const;
export type AccountSortKey = (typeof accountSortKeys)[number];
/** The list's order when the URL names none. */
export const defaultAccountSort: AccountSortKey = 'triage';
/** The direction each sort key takes when no order is given. */
export const defaultAccountSortOrder: Record<AccountSortKey, 'asc' | 'desc'> = {
  triage: 'asc',
  name: 'asc',
  owner: 'asc',
  score: 'asc',
  arr: 'desc',
  renewal: 'asc',
  last_activity: 'desc',
};
export const accountListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  /** A band, `not_enough_data`, or `churned` (churned accounts are listed only under this filter). */
  band: healthStateSchema.optional(),
  /** Renewing within this many days from today. */
  renewalWithinDays: z.coerce.number().int().min(1).max(3650).optional(),
  owner: z.string().trim().min(1).max(200).optional(),
  source: revenueBadgeSchema.optional(),
  paymentState: paymentStateSchema.optional(),
  /** Default order per key: triage (critical first, then ARR at risk, then score), name and owner A→Z, score lowest first, ARR highest first, renewal soonest first, last activity most recent first. */
  sort: z.enum(accountSortKeys).default(defaultAccountSort),
  order: z.enum(['asc', 'desc']).optional(),
  includeUntracked: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

/** The account owners the Health owner filter offers. */
export const healthOwnersSchema = z.object({ owners: z.array(z.string()) });
