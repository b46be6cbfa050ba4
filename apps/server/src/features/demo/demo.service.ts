import type { Db } from '../../db/client';
import { refreshDemoData } from '../../demo/health-history';
import { loadDataset } from '../../demo/load';
import { AppError } from '../../lib/errors';
import type { Actor } from '../auth/actor';
import { findWorkspace } from '../workspace/workspace.queries';
import { countAccounts, deleteWorkspaceRow, findDemoShadow, insertDemoShadow, setDemoModeFlag } from './demo.queries';

/** The sample data is generated from a fixed seed, so every preview shows the same Pied Piper story. */
export const demoSeed = 42;

/** Dates in the sample are relative to the start of today (UTC), so renewals stay in the future. */
function startOfDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export async function getDemoStatus(db: Db, actor: Actor) {
  const workspace = await findWorkspace(db, actor.workspaceId);
  if (!workspace) throw new AppError('not_found', 'This workspace no longer exists.');
  const shadow = await findDemoShadow(db, actor.workspaceId);
  return { isEnabled: workspace.isDemoModeEnabled, accounts: shadow ? await countAccounts(db, shadow.id) : 0 };
}

/**
 * Demo data lives in a separate shadow workspace that only this workspace can read while demo mode
 * is on. Real rows are never touched, and turning demo mode off deletes the shadow entirely.
 */
export async function setDemoMode(db: Db, actor: Actor, isEnabled: boolean, now: Date) {
  const workspace = await findWorkspace(db, actor.workspaceId);
  if (!workspace) throw new AppError('not_found', 'This workspace no longer exists.');
  if (isEnabled) {
    if (!(await findDemoShadow(db, workspace.id))) {
      await db.transaction(async (tx) => {
        const shadow = await insertDemoShadow(tx, workspace);
        if (shadow) {
          await loadDataset(tx, shadow.id, { seed: demoSeed, now: startOfDay(now) });
          // The ledger, 180 days of score history as of past dates, then today's scores.
          await refreshDemoData(tx, shadow.id, now);
        }
      });
    }
    await setDemoModeFlag(db, workspace.id, true);
  } else {
    await setDemoModeFlag(db, workspace.id, false);
    const shadow = await findDemoShadow(db, workspace.id);
    if (shadow) await deleteWorkspaceRow(db, shadow.id);
  }
  return getDemoStatus(db, actor);
}
