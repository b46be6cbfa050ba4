/** HTTP contracts of Settings → Integrations, sync runs, the Unmatched list and section readiness. */
import { z } from 'zod';
import { listSchema } from './pagination';
import { sectionSchema } from './sections';

/** Every provider the product knows, connectable or not yet. */
export const providerKeys = ['stripe', 'salesbricks', 'posthog', 'hubspot', 'attio', 'salesforce', 'github', 'rss'] as const;
export const providerKeySchema = z.enum(providerKeys);
export type ProviderKeyName = z.infer<typeof providerKeySchema>;

export const connectionStatusSchema = z.enum(['healthy', 'inactive', 'disabled', 'errored', 'reauth_needed']);

export const syncRunSchema = z.object({
  id: z.string(),
  /**
   * `stalled`: stored as running, but its worker stopped renewing the connection's lease (killed,
   * say). The next run continues it from the last saved page; "Sync now" starts that run at once.
   */
  status: z.enum(['queued', 'running', 'stalled', 'succeeded', 'failed']),
  mode: z.enum(['full', 'incremental']),
  trigger: z.enum(['manual', 'schedule', 'webhook']),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  pages: z.number().int(),
  recordsCreated: z.number().int(),
  recordsUpdated: z.number().int(),
  recordsUnchanged: z.number().int(),
  recordsQuarantined: z.number().int(),
  estimatedTotal: z.number().int().nullable(),
  error: z.string().nullable(),
});
export type SyncRun = z.infer<typeof syncRunSchema>;

export const fieldSchema = z.object({
  key: z.string(),
  label: z.string(),
  isSecret: z.boolean(),
  isRequired: z.boolean(),
  placeholder: z.string().nullable(),
  help: z.string().nullable(),
});
export type IntegrationField = z.infer<typeof fieldSchema>;

export const integrationSchema = z.object({
  provider: providerKeySchema,
  displayName: z.string(),
  powers: z.string(),
  /** False for providers whose connector is not built yet: shown, but cannot be connected. */
  isAvailable: z.boolean(),
  /** `not_connected` when the workspace has no connection for the provider. */
  status: z.union([connectionStatusSchema, z.literal('not_connected')]),
  hasCredentials: z.boolean(),
  baseUrl: z.string().nullable(),
  settings: z.record(z.string(), z.unknown()),
  syncIntervalMinutes: z.number().int(),
  lastError: z.string().nullable(),
  lastSyncedAt: z.string().nullable(),
  nextSyncAt: z.string().nullable(),
  credentialFields: z.array(fieldSchema),
  settingFields: z.array(fieldSchema),
  currentRun: syncRunSchema.nullable(),
  lastRun: syncRunSchema.nullable(),
});
export type Integration = z.infer<typeof integrationSchema>;

export const connectInputSchema = z.object({
  /** Omit to keep the stored credentials and change settings only. */
  credentials: z.record(z.string(), z.string().max(4000)).optional(),
  settings: z
    .object({
      /** Only http(s): the server sends credentials there, so no file:, gopher: or other schemes. */
      baseUrl: z
        .url({ protocol: /^https?$/, message: 'Enter a full http(s) URL such as https://eu.posthog.com' })
        .optional(),
      syncIntervalMinutes: z.number().int().min(5).max(1440).optional(),
    })
    .catchall(z.unknown())
    .default({}),
});
export type ConnectInput = z.infer<typeof connectInputSchema>;

export const testResultSchema = z.object({ ok: z.literal(true), detail: z.string() });
export const startSyncInputSchema = z.object({ mode: z.enum(['full', 'incremental']).default('incremental') });
export const pauseInputSchema = z.object({ isPaused: z.boolean() });
export const deleteQuerySchema = z.object({ purge: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') });

export const quarantinedRecordSchema = z.object({
  id: z.string(),
  provider: z.string(),
  externalId: z.string(),
  error: z.string(),
  createdAt: z.string(),
});

export const unmatchedCustomerSchema = z.object({
  id: z.string(),
  provider: z.string(),
  externalId: z.string(),
  label: z.string(),
  email: z.string().nullable(),
  domain: z.string().nullable(),
});
export type UnmatchedCustomer = z.infer<typeof unmatchedCustomerSchema>;
export const linkCustomerInputSchema = z.object({ companyDomain: z.string().trim().min(3).max(253) });

/** Every section but Health, which needs no setup of its own. */
export const readinessSectionSchema = sectionSchema.exclude(['health']);
export type ReadinessSection = z.infer<typeof readinessSectionSchema>;

export const readinessSchema = z.object({
  section: readinessSectionSchema,
  summary: z.string(),
  reusedSystems: z.array(z.object({ key: z.string(), label: z.string(), description: z.string() })),
  connectors: z.array(
    z.object({
      provider: z.string(),
      label: z.string(),
      role: z.enum(['required', 'optional']),
      status: z.enum(['connected', 'available', 'provider_missing']),
    }),
  ),
  fastPaths: z.array(z.object({ label: z.string(), href: z.string() })),
  nextSteps: z.array(z.string()),
  isReady: z.boolean(),
  hasDemoPath: z.boolean(),
});
export type Readiness = z.infer<typeof readinessSchema>;

export const quarantinedRecordListSchema = listSchema(quarantinedRecordSchema);
export const integrationListSchema = listSchema(integrationSchema);
export const syncRunListSchema = listSchema(syncRunSchema);
export const unmatchedCustomerListSchema = listSchema(unmatchedCustomerSchema);
