import type { SyncRequest } from '../integrations/sync-engine';

/**
 * The one job interface. Embedded mode runs jobs in-process; every process also leases each
 * connection before syncing, so even several processes on one PostgreSQL never sync a connection
 * twice at once.
 */
export type JobQueue = {
  enqueueSync: (request: Omit<SyncRequest, 'signal'>) => void;
  /**
   * The connection's lease expired mid-run: its worker is gone. Frees whatever the queue still
   * holds for that dead run, so the next `enqueueSync` starts at once instead of waiting behind it.
   */
  releaseStalledSync: (connection: { workspaceId: string; provider: string }) => Promise<void>;
  /** Resolves when every queued and running job has finished (tests, shutdown). */
  drain: () => Promise<void>;
  stop: () => Promise<void>;
};
