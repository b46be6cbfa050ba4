/**
 * PostHog query API shapes (`POST /api/projects/:id/query/`, HogQLQueryResponse) and the rows our
 * two HogQL queries return. Lenient on unknown fields; each row is parsed on its own so one bad row
 * is quarantined instead of failing the page.
 */
import { z } from 'zod';

export const posthogDefaultHost = 'https://us.posthog.com';

/** Form fields arrive as strings; an empty field means "use the default". */
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

export const posthogCredentialsSchema = z.object({
  personalApiKey: z.string().trim().min(1, 'Enter a PostHog personal API key (phx_…) with query:read.'),
});
export type PosthogCredentials = z.infer<typeof posthogCredentialsSchema>;

export const posthogSettingsSchema = z.object({
  projectId: z
    .union([
      z.string().trim().regex(/^\d+$/, 'The project id is the number in /project/<id>/ URLs.'),
      z.number().int().positive(),
    ])
    .transform(String),
  /** US cloud by default; `https://eu.posthog.com` or a self-hosted URL otherwise. The connection's baseUrl wins. */
  host: z.preprocess(blankToUndefined, z.url().default(posthogDefaultHost)),
  groupTypeIndex: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(4).default(0)),
  /** The group property holding the company's domain. Quotes and backslashes are refused outright. */
  domainProperty: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(/^[^'"\\]+$/, 'Property names cannot contain quotes or backslashes.')
      .default('domain'),
  ),
});
export type PosthogSettings = z.infer<typeof posthogSettingsSchema>;

/** HogQLQueryResponse: positional rows aligned with `columns`. */
export const posthogQueryResponseSchema = z.looseObject({
  results: z.array(z.unknown()).nullish(),
  columns: z.array(z.string()).nullish(),
  /** `[name, type]` pairs from ClickHouse; some clients type it as strings, so both are accepted. */
  types: z.array(z.union([z.string(), z.array(z.string())])).nullish(),
  hasMore: z.boolean().nullish(),
  limit: z.number().nullish(),
  offset: z.number().nullish(),
  query_status: z.looseObject({ id: z.string().nullish(), complete: z.boolean().nullish() }).nullish(),
  error: z.unknown().optional(),
});
export type PosthogQueryResponse = z.infer<typeof posthogQueryResponseSchema>;

/** DRF-style error body: `{"type": "throttled_error", "code": "throttled", "detail": "…", "attr": null}`. */
export const posthogErrorSchema = z.looseObject({
  type: z.unknown().optional(),
  code: z.unknown().optional(),
  detail: z.unknown().optional(),
  attr: z.unknown().optional(),
});

/** ClickHouse UInt64 may come as a JSON number or, when large, as a string. */
const countSchema = z
  .union([z.number(), z.string().regex(/^\d+$/)])
  .transform(Number)
  .pipe(z.number().int().nonnegative());

export const posthogUsageRowSchema = z.object({
  group_key: z.string().min(1),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'day must be a YYYY-MM-DD date'),
  active_users: countSchema,
  events: countSchema,
  last_event_at: z.string().nullish(),
});
export type PosthogUsageRow = z.infer<typeof posthogUsageRowSchema>;

export const posthogGroupRowSchema = z.object({
  group_key: z.string().min(1),
  domain: z.unknown().optional(),
  name: z.unknown().optional(),
});
export type PosthogGroupRow = z.infer<typeof posthogGroupRowSchema>;
