import type { Route } from '@success/shared/routing';
import { allowedTargets, canRoute } from '@success/shared/routing';
import type { Section } from '@success/shared/sections';
import { sectionLabels } from '@success/shared/sections';
import type { Db } from '../../db/client';
import { decodeCursor, encodeCursor, timestampCursor } from '../../lib/cursor';
import { AppError } from '../../lib/errors';
import { getAccountByDomain } from '../customers/account-lookup';
import type { Actor } from '../auth/actor';
import {
  findLatestOpenRoute,
  findOpenRouteTo,
  findRouteRow,
  insertRoute,
  listRouteRows,
  resolveRouteRow,
  type RouteRow,
} from './routing.queries';

function toRoute(row: RouteRow): Route {
  return {
    id: row.id,
    account: { id: row.accountId, domain: row.domain, name: row.name },
    from: row.from,
    to: row.to,
    reason: row.reason,
    state: row.state,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
  };
}

const openedAtFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** Names the open route that blocks a second one: where it came from, who opened it and when. */
function describeOpenRoute(accountName: string, open: RouteRow): string {
  const by = open.createdBy ? ` by ${open.createdBy}` : '';
  return (
    `${accountName} already has an open route to ${sectionLabels[open.to]}: routed from ${sectionLabels[open.from]}` +
    `${by} on ${openedAtFormat.format(open.createdAt)} UTC. Mark it done or dismiss it before routing again.`
  );
}

/**
 * Moves an account into another section's queue. The origin is the section named by the caller,
 * else where the account's open route put it, else Health; the move must be one the model allows.
 */
export async function createRoute(
  db: Db,
  actor: Actor,
  input: { companyDomain: string; to: Section; from?: Section | undefined; reason: string },
  now: Date,
) {
  const account = await getAccountByDomain(db, actor, input.companyDomain);
  // Checked before the allowed moves: asking again for a move already made is a duplicate, not a bad move.
  const alreadyOpen = await findOpenRouteTo(db, actor.dataWorkspaceId, account.id, input.to);
  if (alreadyOpen) throw new AppError('conflict', describeOpenRoute(account.name, alreadyOpen));
  const from = input.from ?? (await findLatestOpenRoute(db, actor.dataWorkspaceId, account.id))?.toSection ?? 'health';
  // A route to the same destination opened since the check above is the duplicate, not a bad move.
  const openedMeanwhile =
    from === input.to ? await findOpenRouteTo(db, actor.dataWorkspaceId, account.id, input.to) : null;
  if (openedMeanwhile) throw new AppError('conflict', describeOpenRoute(account.name, openedMeanwhile));
  if (!canRoute(from, input.to)) {
    const targets = allowedTargets(from).map((section) => sectionLabels[section]);
    throw new AppError(
      'unprocessable',
      `${sectionLabels[from]} cannot route to ${sectionLabels[input.to]}. Allowed from ${sectionLabels[from]}: ${targets.join(', ')}.`,
    );
  }
  const row = await insertRoute(
    db,
    {
      workspaceId: actor.dataWorkspaceId,
      accountId: account.id,
      fromSection: from,
      toSection: input.to,
      reason: input.reason,
      // The signed-in member, in demo mode too: the route card says who routed the account.
      createdByUserId: actor.userId,
    },
    {
      workspaceId: actor.dataWorkspaceId,
      accountId: account.id,
      provider: 'success',
      type: 'route',
      title: `Routed from ${sectionLabels[from]} to ${sectionLabels[input.to]}`,
      summary: input.reason,
      actor: actor.email,
      occurredAt: now,
      metadata: { from, to: input.to },
    },
  );
  if (!row) {
    const open = await findOpenRouteTo(db, actor.dataWorkspaceId, account.id, input.to);
    // The blocking route may have been resolved in the meantime; asking again then succeeds.
    throw new AppError(
      'conflict',
      open
        ? describeOpenRoute(account.name, open)
        : `${account.name} was just routed to ${sectionLabels[input.to]} by someone else. Reload and try again.`,
    );
  }
  const created = await findRouteRow(db, actor.dataWorkspaceId, row.id);
  if (!created) throw new AppError('internal', 'The route was not saved.');
  return toRoute(created);
}

export async function listRoutes(
  db: Db,
  actor: Actor,
  query: {
    to?: Section | undefined;
    state?: 'open' | 'done' | 'dismissed' | undefined;
    companyDomain?: string | undefined;
    cursor?: string | undefined;
    limit: number;
  },
) {
  const account = query.companyDomain ? await getAccountByDomain(db, actor, query.companyDomain) : null;
  const rows = await listRouteRows(db, {
    workspaceId: actor.dataWorkspaceId,
    to: query.to,
    state: query.state,
    accountId: account?.id,
    cursor: decodeCursor(query.cursor, timestampCursor),
    limit: query.limit,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toRoute),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ k: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

export async function resolveRoute(db: Db, actor: Actor, id: string, state: 'done' | 'dismissed', now: Date) {
  const existing = await findRouteRow(db, actor.dataWorkspaceId, id);
  if (!existing) throw new AppError('not_found', `No route with id ${id} in this workspace.`);
  if (existing.state !== 'open') throw new AppError('conflict', `This route is already ${existing.state}.`);
  await resolveRouteRow(db, actor.dataWorkspaceId, id, state, now, {
    workspaceId: actor.dataWorkspaceId,
    provider: 'success',
    type: 'route',
    title: `Route to ${sectionLabels[existing.to]} ${state === 'done' ? 'marked done' : 'dismissed'}`,
    summary: existing.reason,
    actor: actor.email,
    occurredAt: now,
    metadata: { from: existing.from, to: existing.to, state },
  });
  const updated = await findRouteRow(db, actor.dataWorkspaceId, id);
  if (!updated) throw new AppError('not_found', `No route with id ${id} in this workspace.`);
  return toRoute(updated);
}
