import type { AccessRequest } from '@success/shared/access-requests';
import type { Db } from '../../db/client';
import { AppError } from '../../lib/errors';
import type { Actor } from '../auth/actor';
import { setFlag } from '../workspace/workspace.service';
import {
  findLatestAccessRequest,
  insertAccessRequest,
  listAccessRequests,
  updateAccessRequestStatus,
} from './access-requests.queries';

function toAccessRequest(row: {
  id: string;
  email: string;
  reason: string | null;
  status: AccessRequest['status'];
  createdAt: Date;
}): AccessRequest {
  return {
    id: row.id,
    email: row.email,
    reason: row.reason,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Asking twice returns the pending request instead of piling up duplicates for the admins. */
export async function requestAccess(db: Db, actor: Actor, reason: string | undefined): Promise<AccessRequest> {
  const latest = await findLatestAccessRequest(db, actor.workspaceId, actor.userId);
  if (latest?.status === 'pending') return toAccessRequest(latest);
  const row = await insertAccessRequest(db, {
    workspaceId: actor.workspaceId,
    userId: actor.userId,
    email: actor.email,
    reason: reason || null,
  });
  return toAccessRequest(row);
}

export async function findMyAccessRequest(db: Db, actor: Actor): Promise<AccessRequest | null> {
  const row = await findLatestAccessRequest(db, actor.workspaceId, actor.userId);
  return row ? toAccessRequest(row) : null;
}

export async function listRequests(db: Db, actor: Actor, status: AccessRequest['status'] | undefined) {
  return (await listAccessRequests(db, actor.workspaceId, status)).map(toAccessRequest);
}

/** Approving a request turns Success on for the workspace: the flag is per workspace, not per user. */
export async function resolveRequest(db: Db, actor: Actor, id: string, status: 'approved' | 'dismissed') {
  const row = await updateAccessRequestStatus(db, actor.workspaceId, id, status);
  if (!row) throw new AppError('not_found', `No access request with id ${id} in this workspace.`);
  if (status === 'approved') await setFlag(db, actor, 'success', true);
  return toAccessRequest(row);
}
