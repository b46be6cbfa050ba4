/** Signals and calls pushed in by API or CSV, the batch result, and the customer's feature requests. */
import { z } from 'zod';
import { listSchema } from './pagination';
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

/** The signals CSV's columns in header order: the server's parser and the web's help and template read this list. */
export const signalCsvColumns = [
  'externalId',
  'companyDomain',
  'type',
  'sentiment',
  'score',
  'text',
  'source',
  'evidenceUrl',
  'occurredAt',
] as const;
export type SignalCsvColumn = (typeof signalCsvColumns)[number];

/** The columns a header must name; the others may be left out. */
export const requiredSignalCsvColumns: readonly SignalCsvColumn[] = [
  'externalId',
  'companyDomain',
  'type',
  'text',
  'occurredAt',
];

/** The most characters one CSV import takes. */
export const maxSignalCsvChars = 5_000_000;

export const signalImportInputSchema = z.object({
  csv: z.string().min(1, { message: 'Paste or upload a CSV file.' }).max(maxSignalCsvChars),
  /** Validate and preview without writing anything. */
  dryRun: z.boolean().default(true),
});
export type SignalImportInput = z.input<typeof signalImportInputSchema>;

/** A valid row as the server parsed it, with the normalized company domain it will be filed under. */
export const signalPreviewRowSchema = signalItemSchema.extend({ domain: z.string() });
export type SignalPreviewRow = z.infer<typeof signalPreviewRowSchema>;

/** POST /success/signals/import: row counts, the first 20 valid rows, per-row errors, and what was written (null on a dry run). */
export const signalImportResultSchema = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  preview: z.array(signalPreviewRowSchema),
  /** `row` counts the header as row 1, like a spreadsheet. */
  errors: z.array(z.object({ row: z.number().int(), externalId: z.string().nullable(), message: z.string() })),
  written: batchResultSchema.omit({ errors: true }).nullable(),
});
export type SignalImportResult = z.infer<typeof signalImportResultSchema>;

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

export const customerRequestListSchema = listSchema(customerRequestSchema);
