import { type FeedItem, type FeedType } from '@success/shared/customers';
import { toHttpUrlOrNull } from '@success/shared/urls';
import type { Db } from '../../db/client';
import { decodeCursor, encodeCursor, timestampCursor } from '../../lib/cursor';
import type { Actor } from '../auth/actor';
import { getAccountByDomain } from './account-lookup';
import { listFeedRows, setAccountTracking, type FeedRow } from './activity-feed.queries';

function toFeedItem(row: FeedRow): FeedItem {
  return {
    id: row.id,
    type: row.type,
    subtype: row.subtype,
    title: row.title,
    summary: row.summary,
    source: row.source,
    // Stored links may predate input checks or come from a provider: only http(s) ever leaves.
    url: toHttpUrlOrNull(row.url),
    sentiment: row.sentiment,
    score: row.score,
    amount:
      row.amount_minor !== null && row.currency
        ? { amount: row.amount_minor, currency: row.currency.toUpperCase() }
        : null,
    occurredAt: row.occurred_at.toISOString(),
  };
}

export async function getActivityFeed(
  db: Db,
  actor: Actor,
  companyDomain: string,
  query: { types?: FeedType[] | undefined; cursor?: string | undefined; limit: number },
) {
  const account = await getAccountByDomain(db, actor, companyDomain);
  const rows = await listFeedRows(db, {
    workspaceId: actor.dataWorkspaceId,
    accountId: account.id,
    types: query.types,
    cursor: decodeCursor(query.cursor, timestampCursor),
    limit: query.limit,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toFeedItem),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ k: last.occurred_at.toISOString(), id: last.id }) : null,
  };
}

/** Untrack / re-track: hides an account from health monitoring, and says so in its timeline. */
export async function setTracking(
  db: Db,
  actor: Actor,
  companyDomain: string,
  isTracked: boolean,
  reason: string | undefined,
  now: Date,
) {
  const account = await getAccountByDomain(db, actor, companyDomain);
  if (account.isTracked === isTracked) return { isTracked };
  await setAccountTracking(db, {
    workspaceId: actor.dataWorkspaceId,
    accountId: account.id,
    isTracked,
    reason: reason ?? null,
    actorEmail: actor.email,
    at: now,
  });
  return { isTracked };
}
