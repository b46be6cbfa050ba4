import { type Me } from '@success/shared/auth';
import { featureFlagKeys } from '@success/shared/feature-flags';
import { type Workspace } from '@success/shared/workspace';
import type { Db } from '../../db/client';
import { AppError } from '../../lib/errors';
import type { Actor } from '../auth/actor';
import {
  findFlag,
  findUserWithWorkspace,
  findWorkspace,
  listFlags,
  upsertFlag,
} from './workspace.queries';

type FlagKey = (typeof featureFlagKeys)[number];

export function toWorkspace(row: Workspace): Workspace {
  return {
    id: row.id,
    name: row.name,
    isDemoModeEnabled: row.isDemoModeEnabled,
    reportingCurrency: row.reportingCurrency,
    timeZone: row.timeZone,
    logoUrlTemplate: row.logoUrlTemplate,
  };
}

/** Every known flag with its value; a flag never set reads as off. */
export async function getFlags(db: Db, workspaceId: string): Promise<Record<string, boolean>> {
  const stored = new Map((await listFlags(db, workspaceId)).map((row) => [row.key, row.isEnabled]));
  return Object.fromEntries(featureFlagKeys.map((key) => [key, stored.get(key) ?? false]));
}

export async function getMe(db: Db, userId: string): Promise<Me> {
  const row = await findUserWithWorkspace(db, userId);
  if (!row) throw new AppError('unauthenticated', 'Your account no longer exists. Sign in again.');
  return {
    user: {
      id: row.user.id,
      email: row.user.email,
      name: row.user.name,
      role: row.user.role,
      createdAt: row.user.createdAt.toISOString(),
    },
    workspace: toWorkspace(row.workspace),
    flags: await getFlags(db, row.workspace.id),
  };
}

export async function getWorkspace(db: Db, actor: Actor) {
  const row = await findWorkspace(db, actor.workspaceId);
  if (!row) throw new AppError('not_found', 'This workspace no longer exists.');
  return toWorkspace(row);
}

export async function setFlag(db: Db, actor: Actor, key: FlagKey, isEnabled: boolean) {
  await upsertFlag(db, actor.workspaceId, key, isEnabled);
  return getFlags(db, actor.workspaceId);
}

/** The workspace's `success` flag; http/success-gate.ts checks it once for every /success API route. */
export async function assertSuccessEnabled(db: Db, actor: Actor): Promise<void> {
  const flag = await findFlag(db, actor.workspaceId, 'success');
  if (!flag?.isEnabled) {
    throw new AppError(
      'feature_disabled',
      'Success is not enabled for this workspace. Request access at /success-unlock or ask an admin to enable it in Settings.',
    );
  }
}
