/**
 * HubSpot CRM v3 company shapes. We read them after `@hubspot/api-client` has deserialized them
 * (dates become `Date`s) and in fixtures as raw JSON (dates are strings), so both are accepted.
 * All property values are strings or null in HubSpot's API, numbers included.
 */
import { z } from 'zod';

export const hubspotCredentialsSchema = z.object({
  accessToken: z.string().trim().min(1, 'Enter a HubSpot private app access token (pat-…).'),
});
export type HubspotCredentials = z.infer<typeof hubspotCredentialsSchema>;

/** Stored as a list; a comma-separated string (as typed in the form) is accepted too. */
const propertyList = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean)
      : (value ?? undefined),
  z
    .array(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]+$/, 'Use the internal property name (letters, digits, underscores).'),
    )
    .default([]),
);

export const hubspotSettingsSchema = z.object({ customProperties: propertyList });
export type HubspotSettings = z.infer<typeof hubspotSettingsSchema>;

const timestamp = z.union([z.string(), z.date()]).nullish();

export const hubspotCompanySchema = z.looseObject({
  id: z.string().min(1),
  properties: z.record(z.string(), z.string().nullable()),
  createdAt: timestamp,
  updatedAt: timestamp,
  archived: z.boolean().nullish(),
});
export type HubspotCompany = z.infer<typeof hubspotCompanySchema>;

/** HubSpot's error envelope; 429s add `errorType`, `policyName` (TEN_SECONDLY_ROLLING, SECONDLY, DAILY). */
export const hubspotErrorBodySchema = z.looseObject({
  status: z.unknown().optional(),
  message: z.unknown().optional(),
  correlationId: z.unknown().optional(),
  category: z.unknown().optional(),
  errorType: z.unknown().optional(),
  policyName: z.unknown().optional(),
});
