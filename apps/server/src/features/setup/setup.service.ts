import type { SetupInput } from '@success/shared/auth';
import type { Db } from '../../db/client';
import { AppError } from '../../lib/errors';
import { hashPassword } from '../../lib/secrets';
import { findUserByEmail } from '../auth/auth.queries';
import { assertStrongPassword } from '../auth/password-strength';
import { countUsers, insertWorkspaceWithAdmin } from './setup.queries';

export async function isSetupRequired(db: Db): Promise<boolean> {
  return (await countUsers(db)) === 0;
}

/**
 * Creates a workspace with its first admin. New workspaces start with the `success` flag on:
 * the workspace exists to run Success, and admins can still turn it off (see docs/decisions).
 */
export async function createWorkspaceWithAdmin(db: Db, input: SetupInput) {
  assertStrongPassword(input.password, [input.email, input.workspaceName]);
  if (await findUserByEmail(db, input.email)) {
    throw new AppError('conflict', `An account with the email ${input.email} already exists.`);
  }
  const passwordHash = await hashPassword(input.password);
  return insertWorkspaceWithAdmin(db, { workspaceName: input.workspaceName, email: input.email, passwordHash });
}

/** First-run setup: allowed only while the instance has no user at all. */
export async function setupInstance(db: Db, input: SetupInput) {
  if (!(await isSetupRequired(db))) {
    throw new AppError('conflict', 'This instance is already set up. Sign in instead, or ask an admin for an account.');
  }
  return createWorkspaceWithAdmin(db, input);
}
