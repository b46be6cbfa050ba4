import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workspaces } from '../../db/schema';
import { previewBandChanges, type BandChangePreview, type BandTransition } from '../../engines/health/preview';
import { defaultHealthSettings, healthSettingsSchema, type HealthSettings } from '../../engines/health/settings';
import { AppError } from '../../lib/errors';
import type { Actor } from '../auth/actor';
import { assertSuccessEnabled } from '../workspace/workspace.service';
import { listAccountIds, loadConnectedSources, loadHealthInputs } from './health-inputs.queries';
import { getHealthSettings, recomputeWorkspaceHealth } from './health.service';

const transitions: readonly BandTransition[] = [
  'healthy->at_risk',
  'healthy->critical',
  'at_risk->healthy',
  'at_risk->critical',
  'critical->healthy',
  'critical->at_risk',
];

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
  await assertSuccessEnabled(db, actor);
  return { settings: await getHealthSettings(db, actor.workspaceId), defaults: defaultHealthSettings };
}

/**
 * How many accounts would change band under the proposed settings, computed from the same inputs
 * on both sides, batch by batch so a large workspace never sits in memory at once.
 */
export async function previewHealthSettings(db: Db, actor: Actor, proposedInput: unknown, now: Date) {
  await assertSuccessEnabled(db, actor);
  const proposed = parseSettings(proposedInput);
  const current = await getHealthSettings(db, actor.dataWorkspaceId);
  const connected = await loadConnectedSources(db, actor.dataWorkspaceId);
  const byTransition: Record<BandTransition, number> = {
    'healthy->at_risk': 0,
    'healthy->critical': 0,
    'at_risk->healthy': 0,
    'at_risk->critical': 0,
    'critical->healthy': 0,
    'critical->at_risk': 0,
  };
  const total = { total: 0, changed: 0, byTransition };
  const samples: BandChangePreview['accounts'] = [];
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
    total.total += batch.total;
    total.changed += batch.changed;
    for (const transition of transitions) total.byTransition[transition] += batch.byTransition[transition];
    samples.push(...batch.accounts.slice(0, Math.max(0, 20 - samples.length)));
    afterId = ids.at(-1) ?? null;
  }
  return { ...total, sample: samples };
}

/** Saves validated settings and rescores the workspace with them. */
export async function saveHealthSettings(db: Db, actor: Actor, input: unknown, now: Date) {
  await assertSuccessEnabled(db, actor);
  const settings = parseSettings(input);
  await db.update(workspaces).set({ healthSettings: settings }).where(eq(workspaces.id, actor.workspaceId));
  await recomputeWorkspaceHealth(db, actor.workspaceId, now);
  if (actor.dataWorkspaceId !== actor.workspaceId) await recomputeWorkspaceHealth(db, actor.dataWorkspaceId, now);
  return { settings, defaults: defaultHealthSettings };
}
