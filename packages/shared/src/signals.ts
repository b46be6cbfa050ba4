/** Signals and calls pushed in by API or CSV, the batch result, and the customer's feature requests. */
import { z } from 'zod';
import { httpUrlSchema } from './urls';

export const signalItemSchema = z.object({
  externalId: z.string().min(1).max(200),
  companyDomain: z.string().min(3).max(253),
  type: z.enum(['feature_request', 'complaint', 'escalation', 'nps', 'praise', 'bug', 'question', 'commitment']),
  sentiment: z.enum(['positive', 'neutral', 'negative']).optional(),
  score: z.number().int().min(0).max(10).optional(),
  text: z.string().min(1).max(10_000),
  source: z.string().min(1).max(100).default('api'),
  evidenceUrl: httpUrlSchema.optional(),
  occurredAt: z.iso.datetime({ offset: true }),
});
export const signalBatchSchema = z.object({ items: z.array(z.unknown()).min(1).max(1000) });

export const callItemSchema = z.object({
  externalId: z.string().min(1).max(200),
  companyDomain: z.string().min(3).max(253),
  title: z.string().min(1).max(500),
  summary: z.string().max(20_000).optional(),
  participants: z.array(z.string().max(200)).max(100).optional(),
  url: httpUrlSchema.optional(),
  occurredAt: z.iso.datetime({ offset: true }),
});

export const batchResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(z.object({ index: z.number().int(), externalId: z.string().nullable(), message: z.string() })),
});
export type BatchResult = z.infer<typeof batchResultSchema>;

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
