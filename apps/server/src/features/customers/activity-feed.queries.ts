import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type FeedType, feedTypeSchema } from '@success/shared/customers';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { accounts, activities } from '../../db/schema';
import type { Cursor } from '../../lib/cursor';

/** Raw SQL rows are parsed at the boundary, like any other input. */
const feedRowSchema = z.object({
  id: z.string(),
  type: feedTypeSchema,
  subtype: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  source: z.string(),
  url: z.string().nullable(),
  sentiment: z.enum(['positive', 'neutral', 'negative']).nullable(),
  score: z.coerce.number().int().nullable(),
  amount_minor: z.coerce.number().int().nullable(),
  currency: z.string().nullable(),
  occurred_at: z.union([z.string(), z.date()]).transform((value) => new Date(value)),
});
export type FeedRow = z.infer<typeof feedRowSchema>;

/**
 * One timeline from three tables — activities (calls, emails, projects, contract changes, routes,
 * tracking), signals and payment events — newest first, keyset-paginated on (occurred_at, id).
 */
export async function listFeedRows(
  db: Db,
  filter: {
    workspaceId: string;
    accountId: string;
    types: FeedType[] | undefined;
    cursor: Cursor | null;
    limit: number;
  },
): Promise<FeedRow[]> {
  const types = filter.types ?? null;
  const after = filter.cursor
    ? sql`and (occurred_at, id) < (${String(filter.cursor.k)}::timestamptz, ${filter.cursor.id}::uuid)`
    : sql``;
  const typeFilter = types ? sql`and type = any(${`{${types.join(',')}}`}::text[])` : sql``;
  return queryRows(
    db,
    sql`
    select * from (
      select a.id, case when a.type = 'payment_event' then 'payment' else a.type end as type, a.type as subtype,
        a.title, a.summary, a.provider as source, a.url, null::text as sentiment, null::int as score,
        null::bigint as amount_minor, null::text as currency, a.occurred_at
      from activities a where a.workspace_id = ${filter.workspaceId} and a.account_id = ${filter.accountId}
        -- Payments come from payment_events below; provider activity rows mirroring them would repeat them.
        and a.type <> 'payment_event'
      union all
      select s.id, 'signal', s.type,
        case when s.type = 'nps' then 'NPS response' else upper(left(s.type, 1)) || replace(substr(s.type, 2), '_', ' ') end, s.text, s.source, s.evidence_url,
        s.sentiment, s.score, null::bigint, null::text, s.occurred_at
      from signals s where s.workspace_id = ${filter.workspaceId} and s.account_id = ${filter.accountId}
      union all
      select p.id, 'payment', p.type, upper(left(p.type, 1)) || replace(substr(p.type, 2), '_', ' '),
        p.failure_reason, p.provider, null::text, null::text, null::int, p.amount_minor, p.currency, p.occurred_at
      from payment_events p where p.workspace_id = ${filter.workspaceId} and p.account_id = ${filter.accountId}
    ) feed
    where true ${typeFilter} ${after}
    order by occurred_at desc, id desc
    limit ${filter.limit + 1}
  `,
    feedRowSchema,
  );
}

/**
 * Tracks or untracks an account and adds the 'tracking' entry to its timeline, in one
 * transaction: the flag never changes without its record.
 */
export async function setAccountTracking(
  db: Db,
  change: {
    workspaceId: string;
    accountId: string;
    isTracked: boolean;
    reason: string | null;
    actorEmail: string;
    at: Date;
  },
) {
  const { workspaceId, accountId, isTracked, at } = change;
  await db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ isTracked, updatedAt: at })
      .where(and(eq(accounts.workspaceId, workspaceId), eq(accounts.id, accountId)));
    await tx.insert(activities).values({
      workspaceId,
      accountId,
      provider: 'success',
      externalId: `tracking:${accountId}:${at.toISOString()}`,
      type: 'tracking',
      title: isTracked ? 'Re-tracked for health monitoring' : 'Untracked from health monitoring',
      summary: change.reason,
      actor: change.actorEmail,
      occurredAt: at,
    });
  });
}
