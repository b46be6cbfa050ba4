/** Customer Detail: the account with its contacts, metrics and links, its activity feed and tracking. */
import { z } from 'zod';
import { accountSummarySchema } from './accounts';
import { moneySchema } from './money';
import { pageQuerySchema } from './pagination';

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
