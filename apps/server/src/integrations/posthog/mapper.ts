/**
 * PostHog rows → `usage_day` records. The group key is the customer id; the domain comes from the
 * group's domain property (missing or unusable → null, so the group waits in Unmatched).
 */
import { normalizeDomain } from '@success/shared/domain';
import type { AccountRef, CanonicalRecord } from '../connector';
import type { PosthogGroupRow, PosthogUsageRow } from './schemas';

export type PosthogGroupInfo = { domain: string | null; name: string | null };

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

export function groupInfoFromRow(row: PosthogGroupRow): PosthogGroupInfo {
  return { domain: normalizeDomain(asText(row.domain)), name: asText(row.name) };
}

/** ClickHouse DateTime comes as ISO (`…T12:00:00Z`) or as `2025-06-01 12:00:00.123456` (UTC). */
export function parsePosthogTimestamp(value: string | null | undefined): Date | null {
  if (!value) return null;
  let text = value.trim().replace(' ', 'T');
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(text)) text = `${text}Z`;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time);
}

export function posthogAccountRef(groupKey: string, group: PosthogGroupInfo | undefined): AccountRef {
  const domain = group?.domain ?? null;
  return { customerExternalId: groupKey, domain, label: group?.name ?? domain ?? groupKey };
}

export type UsageDayRecord = Extract<CanonicalRecord, { kind: 'usage_day' }>;

export function mapUsageRow(row: PosthogUsageRow, group: PosthogGroupInfo | undefined): UsageDayRecord {
  return {
    kind: 'usage_day',
    ref: posthogAccountRef(row.group_key, group),
    row: {
      day: row.day.slice(0, 10),
      activeUsers: row.active_users,
      events: row.events,
      lastActivityAt: parsePosthogTimestamp(row.last_event_at),
    },
  };
}
