/**
 * The demo's score history: the health engine run as of past dates over the generated data (the
 * engine ignores facts dated after its `now`), once a week over the last 180 days, each result
 * appended only where it changed, exactly as the nightly recompute would have written it. So the
 * history chart, "compare" and "why it changed" have something to show from the first visit.
 */
import type { Db } from '../db/client';
import { rebuildLedger } from '../features/contracts/ledger-rebuild.service';
import { computeHealth } from '../engines/health/score';
import { listAccountIds, loadConnectedSources, loadHealthInputsFrom } from '../features/health/health-inputs.queries';
import { appendSnapshots, findLatestSnapshots } from '../features/health/health-scores.queries';
import { getHealthSettings, recomputeWorkspaceHealth } from '../features/health/health.service';
import { partitionByChange, toStoredScore } from '../features/health/snapshot-change';
import { dayMs } from '../lib/days';

const batchSize = 500;

export const demoHistoryDefaults = { days: 180, stepDays: 7 } as const;

/** The past instants the history is computed at, oldest first, each `stepDays` apart, before `now`. */
export function historyDates(now: Date, days: number, stepDays: number): Date[] {
  const dates: Date[] = [];
  for (let back = Math.floor(days / stepDays) * stepDays; back > 0; back -= stepDays) {
    dates.push(new Date(now.getTime() - back * dayMs));
  }
  return dates;
}

/**
 * Appends snapshots as of each past date to a workspace that has none yet after those dates.
 * Reads the current ledger (seats, renewals), so it runs after the ledger rebuild.
 */
export async function seedHealthHistory(
  db: Db,
  workspaceId: string,
  now: Date,
  options: { days?: number; stepDays?: number } = {},
): Promise<{ dates: number }> {
  const { days, stepDays } = { ...demoHistoryDefaults, ...options };
  const settings = await getHealthSettings(db, workspaceId);
  const connected = await loadConnectedSources(db, workspaceId);
  const dates = historyDates(now, days, stepDays);
  let afterId: string | null = null;
  for (;;) {
    const ids = await listAccountIds(db, workspaceId, afterId, batchSize);
    if (ids.length === 0) break;
    const inputsAsOf = await loadHealthInputsFrom(db, workspaceId, ids, dates[0] ?? now, connected);
    for (const asOf of dates) {
      const inputs = inputsAsOf(asOf);
      const results = ids.flatMap((accountId) => {
        const input = inputs.get(accountId);
        return input ? [toStoredScore(accountId, computeHealth(input, settings))] : [];
      });
      const latest = await findLatestSnapshots(db, workspaceId, ids);
      await appendSnapshots(db, workspaceId, partitionByChange(results, latest), asOf);
    }
    afterId = ids.at(-1) ?? null;
  }
  return { dates: dates.length };
}

/**
 * Everything derived from freshly loaded demo data: the ledger, the score history as of past
 * dates, then today's scores (appended only where today differs from the last past snapshot).
 */
export async function refreshDemoData(db: Db, workspaceId: string, now: Date) {
  const ledger = await rebuildLedger(db, workspaceId, now);
  await seedHealthHistory(db, workspaceId, now);
  const health = await recomputeWorkspaceHealth(db, workspaceId, now);
  return { ledgerEntries: ledger.entries, accounts: health.accounts };
}
