import type { Role, User } from '@success/shared/api';
import type { Db } from '../../db/client';
import { AppError } from '../../lib/errors';
import { hashPassword } from '../../lib/secrets';
import type { Actor } from '../auth/actor';
import { assertStrongPassword } from '../auth/password-strength';
import { findUserByEmail } from '../auth/auth.queries';
import { countAdmins, deleteUserRow, findUser, insertUser, listUsers, updateUserRole } from './users.queries';

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
  if (await findUserByEmail(db, input.email)) {
    throw new AppError('conflict', `An account with the email ${input.email} already exists.`);
  }
  const row = await insertUser(db, {
    workspaceId: actor.workspaceId,
    email: input.email,
    name: input.name ?? null,
    role: input.role,
    passwordHash: await hashPassword(input.password),
  });
  return toUser(row);
}

async function assertKeepsAnAdmin(db: Db, actor: Actor, userId: string) {
  const target = await findUser(db, actor.workspaceId, userId);
  if (!target) throw new AppError('not_found', `No member with id ${userId} in this workspace.`);
  if (target.role === 'admin' && (await countAdmins(db, actor.workspaceId)) <= 1) {
    throw new AppError('unprocessable', 'A workspace needs at least one admin. Make someone else admin first.');
  }
  return target;
}

export async function changeMemberRole(db: Db, actor: Actor, userId: string, role: Role): Promise<User> {
  if (role !== 'admin') await assertKeepsAnAdmin(db, actor, userId);
  const row = await updateUserRole(db, actor.workspaceId, userId, role);
  if (!row) throw new AppError('not_found', `No member with id ${userId} in this workspace.`);
  return toUser(row);
}

export async function removeMember(db: Db, actor: Actor, userId: string): Promise<void> {
  if (userId === actor.userId) throw new AppError('unprocessable', 'You cannot remove yourself. Ask another admin.');
  await assertKeepsAnAdmin(db, actor, userId);
  await deleteUserRow(db, actor.workspaceId, userId);
}
