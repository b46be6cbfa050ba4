import { and, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '../db/client';
import { connections } from '../db/schema';
import { recomputeStaleWorkspaces } from '../features/health/nightly';
import type { JobQueue } from './job-queue';

/** Enqueues every connection whose next scheduled sync is due. */
export async function enqueueDueSyncs(db: Db, queue: JobQueue, now: Date): Promise<number> {
  const due = await db
    .select({ workspaceId: connections.workspaceId, provider: connections.provider })
    .from(connections)
    .where(
      and(
        inArray(connections.status, ['healthy', 'errored']),
        isNotNull(connections.encryptedCredentials),
        lte(connections.nextSyncAt, now),
      ),
    );
  for (const connection of due) queue.enqueueSync({ ...connection, mode: 'incremental', trigger: 'schedule' });
  return due.length;
}

export function startSyncScheduler(
  db: Db,
  queue: JobQueue,
  now: () => Date,
  intervalMs = 30_000,
  onError: (error: unknown) => void = () => undefined,
) {
  let isRescoring = false;
  const timer = setInterval(() => {
    enqueueDueSyncs(db, queue, now()).catch(onError);
    // Scores age even without new data (renewals approach, signals decay): rescore daily.
    if (isRescoring) return;
    isRescoring = true;
    recomputeStaleWorkspaces(db, now())
      .catch(onError)
      .finally(() => {
        isRescoring = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
