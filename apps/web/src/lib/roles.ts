import type { Role } from '@success/shared/users';

/** Members and admins change data; viewers only read. */
export function canEdit(role: Role): boolean {
  return role !== 'viewer';
}

export function isAdmin(role: Role): boolean {
  return role === 'admin';
}

export const roleLabels: Record<Role, string> = { admin: 'Admin', member: 'Member', viewer: 'Viewer' };
