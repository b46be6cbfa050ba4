import { and, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '../db/client';
import { connections } from '../db/schema';

/** Connections that can sync (credentials stored, not paused or waiting for new ones) and are due at `now`. */
export function listDueConnections(db: Db, now: Date): Promise<{ workspaceId: string; provider: string }[]> {
  return db
    .select({ workspaceId: connections.workspaceId, provider: connections.provider })
    .from(connections)
    .where(
      and(
        inArray(connections.status, ['healthy', 'errored']),
        isNotNull(connections.encryptedCredentials),
        lte(connections.nextSyncAt, now),
      ),
    );
}
