/**
 * The HubSpot connector: pages through every company (CRM v3 list, 100 per page, `after` cursor)
 * and turns each into a customer plus an enrichment record. Every pass is a full re-list; the
 * engine's change detection keeps unchanged companies untouched.
 *
 * Tests avoid real waits through `createHubspotConnector({ retry: { sleep, random } })`.
 */
import { z } from 'zod';
import type { CanonicalRecord, Connector, ConnectorContext, QuarantinedRecord, SyncPage } from '../connector';
import type { RetryOptions } from '../http/retry';
import { createHubspotClient } from './client';
import { hubspotStandardProperties, mapHubspotCompany } from './mapper';
import {
  hubspotCompanySchema,
  hubspotCredentialsSchema,
  hubspotSettingsSchema,
  type HubspotCredentials,
  type HubspotSettings,
} from './schemas';

export type HubspotConnectorOptions = {
  /** Overrides for `withRetry` (tests pass `{ sleep, random }`). */
  retry?: Partial<RetryOptions>;
  requestTimeoutMs?: number;
  /** Companies per page; HubSpot's list endpoint allows at most 100. */
  pageSize?: number;
};

type Context = ConnectorContext<HubspotCredentials, HubspotSettings>;

const cursorSchema = z.object({ after: z.string().min(1) });
const idHolder = z.looseObject({ id: z.union([z.string(), z.number()]) });

export function createHubspotConnector(
  options: HubspotConnectorOptions = {},
): Connector<HubspotCredentials, HubspotSettings> {
  const pageSize = Math.min(options.pageSize ?? 100, 100);
  const clientFor = (context: Context) =>
    createHubspotClient({
      accessToken: context.credentials.accessToken,
      baseUrl: context.baseUrl,
      signal: context.signal,
      retry: options.retry,
      requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    });

  return {
    provider: 'hubspot',
    displayName: 'HubSpot',
    credentialsSchema: hubspotCredentialsSchema,
    settingsSchema: hubspotSettingsSchema,
    supportsIncremental: false,
    testConnection: async (context) => {
      const page = await clientFor(context).listCompanies(null, 1, ['name']);
      return {
        detail:
          page.results.length > 0 ? 'Reached HubSpot: companies are readable.' : 'Reached HubSpot: no companies yet.',
      };
    },
    fetchPage: async (context, request): Promise<SyncPage> => {
      const stored = cursorSchema.safeParse(request.cursor);
      const { customProperties } = context.settings;
      const properties = [...new Set([...hubspotStandardProperties, ...customProperties])];
      const page = await clientFor(context).listCompanies(
        stored.success ? stored.data.after : null,
        pageSize,
        properties,
      );

      const records: CanonicalRecord[] = [];
      const quarantined: QuarantinedRecord[] = [];
      page.results.forEach((raw, index) => {
        const parsed = hubspotCompanySchema.safeParse(raw);
        if (parsed.success) {
          records.push(...mapHubspotCompany(parsed.data, customProperties));
          return;
        }
        const holder = idHolder.safeParse(raw);
        quarantined.push({
          externalId: holder.success
            ? String(holder.data.id)
            : `company-after-${stored.success ? stored.data.after : 'start'}-${index}`,
          error: z.prettifyError(parsed.error),
          // The SDK hands back class instances; store plain JSON.
          payload: JSON.parse(JSON.stringify(raw)),
        });
      });
      return {
        records,
        quarantined,
        nextCursor: page.nextAfter ? { after: page.nextAfter } : null,
        estimatedTotal: null,
      };
    },
  };
}

export const hubspotConnector = createHubspotConnector();
