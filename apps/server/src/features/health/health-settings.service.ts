import type { Db } from '../../db/client';
import { emptyPreview, mergePreviews, previewBandChanges } from '../../engines/health/preview';
import { healthSettingsSchema, type HealthSettings } from '@success/shared/health-settings';
import { defaultHealthSettings } from '../../engines/health/settings';
import { AppError } from '../../lib/errors';
import type { Actor } from '../auth/actor';
import { listAccountIds, loadConnectedSources, loadHealthInputs } from './health-inputs.queries';
import { updateHealthSettings } from './health.queries';
import { getHealthSettings, recomputeWorkspaceHealth } from './health.service';

/** How many of the accounts that would change state the preview lists. */
const sampleSize = 20;

function parseSettings(input: unknown): HealthSettings {
  const parsed = healthSettingsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((issue) => ({
    path: ['settings', ...issue.path].join('.'),
    message: issue.message,
  }));
  throw new AppError('validation_failed', errors.map((error) => `${error.path}: ${error.message}`).join('; '), errors);
}

export async function readHealthSettings(db: Db, actor: Actor) {
  return { settings: await getHealthSettings(db, actor.workspaceId), defaults: defaultHealthSettings };
}

/**
 * What saving the proposed settings would do: accounts per state before and after, scores that
 * move, and the accounts whose state changes (a sample of 20). Computed from the same inputs on
 * both sides, batch by batch so a large workspace never sits in memory at once. Churned accounts
 * are not scored, so they are not counted.
 */
export async function previewHealthSettings(db: Db, actor: Actor, proposedInput: unknown, now: Date) {
  const proposed = parseSettings(proposedInput);
  const current = await getHealthSettings(db, actor.dataWorkspaceId);
  const connected = await loadConnectedSources(db, actor.dataWorkspaceId);
  let preview = emptyPreview();
  let afterId: string | null = null;
  for (;;) {
    const ids = await listAccountIds(db, actor.dataWorkspaceId, afterId, 500);
    if (ids.length === 0) break;
    const inputs = await loadHealthInputs(db, actor.dataWorkspaceId, ids, now, connected);
    const batch = previewBandChanges(
      [...inputs].map(([accountId, input]) => ({ accountId, inputs: input })),
      current,
      proposed,
    );
    preview = mergePreviews(preview, batch, sampleSize);
    afterId = ids.at(-1) ?? null;
  }
  const { accounts, ...counts } = preview;
  return { ...counts, sample: accounts };
}

/** Saves validated settings and rescores the workspace with them. */
export async function saveHealthSettings(db: Db, actor: Actor, input: unknown, now: Date) {
  const settings = parseSettings(input);
  await updateHealthSettings(db, actor.workspaceId, settings);
  await recomputeWorkspaceHealth(db, actor.workspaceId, now);
  if (actor.dataWorkspaceId !== actor.workspaceId) await recomputeWorkspaceHealth(db, actor.dataWorkspaceId, now);
  return { settings, defaults: defaultHealthSettings };
}
