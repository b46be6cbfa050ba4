import { isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts } from '../../db/schema';
import { refreshDerivedData } from '../contracts/refresh';

const dayMs = 86_400_000;

/** Workspaces with an account whose score is missing or older than a day. */
export async function listStaleWorkspaces(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ workspaceId: accounts.workspaceId })
    .from(accounts)
    .where(or(isNull(accounts.healthComputedAt), lt(accounts.healthComputedAt, new Date(now.getTime() - dayMs))));
  return rows.map((row) => row.workspaceId);
}

/** The nightly pass: rebuild the ledger and rescore every workspace a day old, one after another. */
export async function recomputeStaleWorkspaces(db: Db, now: Date): Promise<number> {
  const stale = await listStaleWorkspaces(db, now);
  for (const workspaceId of stale) await refreshDerivedData(db, workspaceId, now);
  return stale.length;
}
