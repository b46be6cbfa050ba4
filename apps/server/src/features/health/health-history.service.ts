import { z } from 'zod';
import { healthFactorSchema } from '@success/shared/health';
import type { Db } from '../../db/client';
import { diffSnapshots, type HealthSnapshotLike } from '../../engines/health/diff';
import { AppError } from '../../lib/errors';
import { getAccountByDomain } from '../customers/account-lookup';
import type { Actor } from '../auth/actor';
import {
  findLatestSnapshot,
  findSnapshotBefore,
  listSnapshotsById,
  listSnapshotsSince,
  type HealthSnapshotRow,
} from './health-history.queries';

/** Snapshots store the factors and, under the key `clamp`, the clamp line; parsed at the boundary. */
function toSnapshot(row: HealthSnapshotRow) {
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
  const scope = { workspaceId: actor.dataWorkspaceId, accountId };
  const since = new Date(now.getTime() - days * 86_400_000);
  const latest = await findLatestSnapshot(db, scope);
  const inForceAtStart = await findSnapshotBefore(db, scope, since);
  const inWindow = await listSnapshotsSince(db, scope, since);
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
  const rows = await listSnapshotsById(db, { workspaceId: actor.dataWorkspaceId, accountId }, [fromId, toId]);
  const before = rows.find((row) => row.id === fromId);
  const after = rows.find((row) => row.id === toId);
  if (!before || !after) throw new AppError('not_found', 'Both snapshots must belong to this account.');
  const like = (row: typeof before): HealthSnapshotLike => {
    const snapshot = toSnapshot(row);
    return { score: snapshot.score, band: snapshot.band, factors: snapshot.factors, clamp: snapshot.clamp };
  };
  return diffSnapshots(like(before), like(after));
}
