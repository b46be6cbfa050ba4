import { and, asc, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import { z } from 'zod';
import { healthFactorSchema } from '@success/shared/health';
import type { Db } from '../../db/client';
import { healthSnapshots } from '../../db/schema';
import { diffSnapshots, type HealthSnapshotLike } from '../../engines/health/diff';
import { AppError } from '../../lib/errors';
import { getAccountByDomain } from '../customers/account-lookup';
import type { Actor } from '../auth/actor';

/** Snapshots store the factors and, under the key `clamp`, the clamp line; parsed at the boundary. */
function toSnapshot(row: typeof healthSnapshots.$inferSelect) {
  const stored = z.array(healthFactorSchema).parse(row.factors);
  const clamp = stored.find((factor) => factor.key === 'clamp') ?? null;
  return {
    id: row.id,
    score: row.score,
    band: row.band,
    coverage: row.coverage,
    engineVersion: row.engineVersion,
    computedAt: row.computedAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    factors: stored.filter((factor) => factor.key !== 'clamp'),
    clamp: clamp ? { points: clamp.points, label: clamp.label } : null,
  };
}

/**
 * The latest full breakdown plus the score history over the last `days` days, oldest first.
 * Snapshots are appended only on change, so the one in force when the window opens comes first.
 */
export async function getHealthHistory(db: Db, actor: Actor, companyDomain: string, days: number, now: Date) {
  const accountId = (await getAccountByDomain(db, actor, companyDomain)).id;
  const scope = and(eq(healthSnapshots.workspaceId, actor.dataWorkspaceId), eq(healthSnapshots.accountId, accountId));
  const since = new Date(now.getTime() - days * 86_400_000);
  const [latest] = await db
    .select()
    .from(healthSnapshots)
    .where(scope)
    .orderBy(desc(healthSnapshots.computedAt))
    .limit(1);
  const [inForceAtStart] = await db
    .select()
    .from(healthSnapshots)
    .where(and(scope, lt(healthSnapshots.computedAt, since)))
    .orderBy(desc(healthSnapshots.computedAt))
    .limit(1);
  const inWindow = await db
    .select()
    .from(healthSnapshots)
    .where(and(scope, gte(healthSnapshots.computedAt, since)))
    .orderBy(asc(healthSnapshots.computedAt))
    .limit(2000);
  const history = inForceAtStart ? [inForceAtStart, ...inWindow] : inWindow;
  return {
    current: latest ? toSnapshot(latest) : null,
    history: history.map((row) => ({
      id: row.id,
      score: row.score,
      band: row.band,
      computedAt: row.computedAt.toISOString(),
      confirmedAt: row.confirmedAt?.toISOString() ?? null,
    })),
  };
}

/** "Why did it change": two snapshots of one account compared factor by factor. */
export async function diffHealthSnapshots(db: Db, actor: Actor, companyDomain: string, fromId: string, toId: string) {
  const accountId = (await getAccountByDomain(db, actor, companyDomain)).id;
  const rows = await db
    .select()
    .from(healthSnapshots)
    .where(
      and(
        eq(healthSnapshots.workspaceId, actor.dataWorkspaceId),
        eq(healthSnapshots.accountId, accountId),
        inArray(healthSnapshots.id, [fromId, toId]),
      ),
    );
  const before = rows.find((row) => row.id === fromId);
  const after = rows.find((row) => row.id === toId);
  if (!before || !after) throw new AppError('not_found', 'Both snapshots must belong to this account.');
  const like = (row: typeof before): HealthSnapshotLike => {
    const snapshot = toSnapshot(row);
    return { score: snapshot.score, band: snapshot.band, factors: snapshot.factors, clamp: snapshot.clamp };
  };
  return diffSnapshots(like(before), like(after));
}
