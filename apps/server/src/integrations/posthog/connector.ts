/**
 * The PostHog connector: per company group and day over the last 180 days, distinct users, events
 * and the last event, plus each group's domain from its properties. Each page is one usage query
 * (keyset-paged) and one groups query for that page's keys. Aggregates are recomputed every pass
 * (PostHog has no changes feed); the engine's change detection keeps unchanged days untouched.
 *
 * Tests avoid real waits through `createPosthogConnector({ retry: { sleep, random } })`.
 */
import { z } from 'zod';
import type { CanonicalRecord, Connector, ConnectorContext, QuarantinedRecord, SyncPage } from '../connector';
import { ProviderError } from '../http/provider-error';
import type { RetryOptions } from '../http/retry';
import { createPosthogClient } from './client';
import { groupInfoFromRow, mapUsageRow, type PosthogGroupInfo } from './mapper';
import { groupCountQuery, groupsQuery, usageQuery, type UsageCursor } from './hogql';
import { rowsFromResponse } from './query-response';
import {
  posthogCredentialsSchema,
  posthogGroupRowSchema,
  posthogSettingsSchema,
  posthogUsageRowSchema,
  type PosthogCredentials,
  type PosthogSettings,
  type PosthogUsageRow,
} from './schemas';

export type PosthogConnectorOptions = {
  /** Overrides for `withRetry` (tests pass `{ sleep, random }`). */
  retry?: Partial<RetryOptions>;
  requestTimeoutMs?: number;
  /** Group-days per page; PostHog returns at most 50,000 rows per query. */
  pageSize?: number;
};

type Context = ConnectorContext<PosthogCredentials, PosthogSettings>;

const windowDays = 180;
const dayMs = 24 * 60 * 60 * 1000;
const usageCursorSchema = z.object({ windowStart: z.string(), afterKey: z.string(), afterDay: z.string() });

/** The window is fixed when a pass starts, so every page of the pass asks about the same days. */
function firstCursor(now: Date): UsageCursor {
  const windowStart = new Date(now.getTime() - windowDays * dayMs).toISOString().slice(0, 10);
  return { windowStart, afterKey: '', afterDay: '1970-01-01' };
}

function readableKey(row: Record<string, unknown>): { key: string; day: string } | null {
  const { group_key: key, day } = row;
  return typeof key === 'string' && key && typeof day === 'string' && /^\d{4}-\d{2}-\d{2}/.test(day)
    ? { key, day: day.slice(0, 10) }
    : null;
}

export function createPosthogConnector(
  options: PosthogConnectorOptions = {},
): Connector<PosthogCredentials, PosthogSettings> {
  const pageSize = options.pageSize ?? 5_000;
  const clientFor = (context: Context) =>
    createPosthogClient({
      personalApiKey: context.credentials.personalApiKey,
      host: context.baseUrl ?? context.settings.host,
      projectId: context.settings.projectId,
      signal: context.signal,
      retry: options.retry,
      requestTimeoutMs: options.requestTimeoutMs ?? 60_000,
    });

  async function loadGroups(context: Context, keys: string[]): Promise<Map<string, PosthogGroupInfo>> {
    const groups = new Map<string, PosthogGroupInfo>();
    if (keys.length === 0) return groups;
    const { groupTypeIndex, domainProperty } = context.settings;
    const response = await clientFor(context).run(groupsQuery(groupTypeIndex, domainProperty, keys));
    for (const raw of rowsFromResponse(response)) {
      const parsed = posthogGroupRowSchema.safeParse(raw);
      // A group row we cannot read leaves its days without a domain (Unmatched), not lost.
      if (parsed.success) groups.set(parsed.data.group_key, groupInfoFromRow(parsed.data));
    }
    return groups;
  }

  return {
    provider: 'posthog',
    displayName: 'PostHog',
    credentialsSchema: posthogCredentialsSchema,
    settingsSchema: posthogSettingsSchema,
    supportsIncremental: false,
    testConnection: async (context) => {
      const response = await clientFor(context).run(groupCountQuery(context.settings.groupTypeIndex));
      const [first] = rowsFromResponse(response);
      const count = typeof first?.groups === 'number' || typeof first?.groups === 'string' ? first.groups : 0;
      return { detail: `Reached PostHog project ${context.settings.projectId}: ${count} company groups.` };
    },
    fetchPage: async (context, request): Promise<SyncPage> => {
      const stored = usageCursorSchema.safeParse(request.cursor);
      const cursor = stored.success ? stored.data : firstCursor(context.now);
      const response = await clientFor(context).run(usageQuery(context.settings.groupTypeIndex, cursor, pageSize));
      const allRows = rowsFromResponse(response);
      const hasMore = allRows.length > pageSize;
      const rows = allRows.slice(0, pageSize);

      const quarantined: QuarantinedRecord[] = [];
      const usage: PosthogUsageRow[] = [];
      rows.forEach((raw, index) => {
        const parsed = posthogUsageRowSchema.safeParse(raw);
        if (parsed.success) {
          usage.push(parsed.data);
          return;
        }
        const id = readableKey(raw);
        quarantined.push({
          externalId: id ? `${id.key}:${id.day}` : `row-${cursor.afterKey}-${cursor.afterDay}-${index}`,
          error: z.prettifyError(parsed.error),
          payload: raw,
        });
      });

      const groups = await loadGroups(context, [...new Set(usage.map((row) => row.group_key))]);
      const records: CanonicalRecord[] = usage.map((row) => mapUsageRow(row, groups.get(row.group_key)));

      if (!hasMore) return { records, quarantined, nextCursor: null, estimatedTotal: null };
      const last = rows.map(readableKey).findLast((key) => key !== null);
      if (!last)
        throw new ProviderError('bad_response', 'PostHog returned a page with no readable group key to continue from.');
      return {
        records,
        quarantined,
        nextCursor: { windowStart: cursor.windowStart, afterKey: last.key, afterDay: last.day },
        estimatedTotal: null,
      };
    },
  };
}

export const posthogConnector = createPosthogConnector();
