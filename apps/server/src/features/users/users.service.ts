import type { Role, User } from '@success/shared/users';
import type { Db } from '../../db/client';
import { AppError } from '../../lib/errors';
import { hashPassword } from '../../lib/secrets';
import type { Actor } from '../auth/actor';
import { assertStrongPassword } from '../auth/password-strength';
import {
  countAdmins,
  deleteUserRow,
  findUser,
  insertUserUnlessEmailTaken,
  listUsers,
  updateUserRole,
  withWorkspaceMembersLocked,
} from './users.queries';

function toUser(row: { id: string; email: string; name: string | null; role: Role; createdAt: Date }): User {
  return { id: row.id, email: row.email, name: row.name, role: row.role, createdAt: row.createdAt.toISOString() };
}

export async function listMembers(db: Db, actor: Actor): Promise<User[]> {
  return (await listUsers(db, actor.workspaceId)).map(toUser);
}

export async function createMember(
  db: Db,
  actor: Actor,
  input: { email: string; password: string; name?: string | undefined; role: Role },
): Promise<User> {
  assertStrongPassword(input.password, [input.email, input.name ?? '']);
  const row = await insertUserUnlessEmailTaken(db, {
    workspaceId: actor.workspaceId,
    email: input.email,
    name: input.name ?? null,
    role: input.role,
    passwordHash: await hashPassword(input.password),
  });
  if (row) return toUser(row);
  // Only this workspace's members are compared: an address used in another workspace is added as a
  // separate account here, so the answer never tells whether someone has an account elsewhere.
  throw new AppError('conflict', `${input.email} is already a member of this workspace.`);
}

const lastAdminDetail = 'A workspace needs at least one admin. Make someone else admin first.';

/** Runs inside the workspace lock: the count and the change that follows cannot interleave. */
async function assertKeepsAnAdmin(tx: Db, actor: Actor, userId: string) {
  const target = await findUser(tx, actor.workspaceId, userId);
  if (!target) throw new AppError('not_found', `No member with id ${userId} in this workspace.`);
  if (target.role === 'admin' && (await countAdmins(tx, actor.workspaceId)) <= 1) {
    throw new AppError('conflict', lastAdminDetail);
  }
  return target;
}

export async function changeMemberRole(db: Db, actor: Actor, userId: string, role: Role): Promise<User> {
  return withWorkspaceMembersLocked(db, actor.workspaceId, async (tx) => {
    if (role !== 'admin') await assertKeepsAnAdmin(tx, actor, userId);
    const row = await updateUserRole(tx, actor.workspaceId, userId, role);
    if (!row) throw new AppError('not_found', `No member with id ${userId} in this workspace.`);
    return toUser(row);
  });
}

export async function removeMember(db: Db, actor: Actor, userId: string): Promise<void> {
  if (userId === actor.userId) throw new AppError('unprocessable', 'You cannot remove yourself. Ask another admin.');
  await withWorkspaceMembersLocked(db, actor.workspaceId, async (tx) => {
    await assertKeepsAnAdmin(tx, actor, userId);
    await deleteUserRow(tx, actor.workspaceId, userId);
  });
}
