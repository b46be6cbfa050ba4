import type { UpdateWorkspaceInput, Workspace } from '@success/shared/workspace';
import type { Db } from '../../db/client';
import { AppError } from '../../lib/errors';
import type { Actor } from '../auth/actor';
import { recomputeWorkspaceHealth } from '../health/health.service';
import { findWorkspace, updateWorkspaceSettings, type WorkspaceSettingsUpdate } from './workspace.queries';
import { toWorkspace } from './workspace.service';

/**
 * Admin settings: the name, the time zone day counts are taken in, the logo URL template. A new
 * time zone rescores at once (the real workspace and its demo shadow), so risk-factor texts
 * ("Renews in 12 days") move with the day counts every screen computes on read.
 */
export async function updateWorkspace(db: Db, actor: Actor, input: UpdateWorkspaceInput, now: Date): Promise<Workspace> {
  const before = await findWorkspace(db, actor.workspaceId);
  if (!before) throw new AppError('not_found', 'This workspace no longer exists.');
  const update: WorkspaceSettingsUpdate = {};
  if (input.name !== undefined) update.name = input.name;
  if (input.timeZone !== undefined) update.timeZone = input.timeZone;
  if (input.logoUrlTemplate !== undefined) update.logoUrlTemplate = input.logoUrlTemplate;
  if (Object.keys(update).length === 0) return toWorkspace(before);
  const row = await updateWorkspaceSettings(db, actor.workspaceId, update);
  if (!row) throw new AppError('not_found', 'This workspace no longer exists.');
  if (row.timeZone !== before.timeZone) {
    await recomputeWorkspaceHealth(db, actor.workspaceId, now);
    if (actor.dataWorkspaceId !== actor.workspaceId) await recomputeWorkspaceHealth(db, actor.dataWorkspaceId, now);
  }
  return toWorkspace(row);
}
