import type { Db } from '../db/client';
import type { Encryptor } from '../lib/encryption';
import type { SyncCursor, SyncMode } from './connector';
import { findConnector, type RuntimeConnector } from './connector-registry';
import { ProviderError, summarizeProviderMessage } from './http/provider-error';
import { writePage } from './record-writer';
import {
  acquireSyncLease,
  addPageToRun,
  findConnectionForSync,
  findSyncRun,
  finishSyncRun,
  insertSyncRun,
  releaseSyncLease,
  updateSyncConnection,
  type SyncConnectionRow,
} from './sync-runs.queries';

export type SyncDeps = {
  db: Db;
  encryptor: Encryptor;
  now: () => Date;
  /** Identifies this process in the connection's lease. */
  workerId: string;
  /** How long a lease lasts without a page of progress; a killed worker's lease expires after it. */
  leaseMs: number;
};

export type SyncRequest = {
  workspaceId: string;
  provider: string;
  mode: SyncMode;
  trigger: 'manual' | 'schedule' | 'webhook';
  signal?: AbortSignal;
};

export type SyncOutcome = { status: 'succeeded' | 'failed'; runId: string } | { status: 'skipped'; reason: string };

/** Stored on the connection between pages: which run owns the pass and where it stopped. */
type Checkpoint = { runId: string; mode: SyncMode; cursor: SyncCursor | null; passStartedAt: string };

const failuresBeforeErrored = 3;
/** A full pass at least daily catches what incremental feeds miss (Stripe events live 30 days). */
const fullPassEveryMs = 24 * 60 * 60 * 1000;

function readCheckpoint(value: unknown): Checkpoint | null {
  if (typeof value !== 'object' || value === null) return null;
  const runId = 'runId' in value && typeof value.runId === 'string' ? value.runId : null;
  const mode = 'mode' in value && (value.mode === 'full' || value.mode === 'incremental') ? value.mode : null;
  const cursor = 'cursor' in value && typeof value.cursor === 'object' ? (value.cursor as SyncCursor | null) : null;
  const passStartedAt =
    'passStartedAt' in value && typeof value.passStartedAt === 'string' ? value.passStartedAt : null;
  return runId && mode && passStartedAt ? { runId, mode, cursor, passStartedAt } : null;
}

async function acquireLease(deps: SyncDeps, connectionId: string): Promise<boolean> {
  const now = deps.now();
  return acquireSyncLease(deps.db, connectionId, {
    owner: deps.workerId,
    until: new Date(now.getTime() + deps.leaseMs),
    now,
  });
}

async function releaseLease(deps: SyncDeps, connectionId: string) {
  await releaseSyncLease(deps.db, connectionId, deps.workerId);
}

function chooseMode(
  connector: RuntimeConnector,
  requested: SyncMode,
  connection: SyncConnectionRow,
  now: Date,
): SyncMode {
  if (requested === 'full' || !connector.supportsIncremental) return 'full';
  if (!connection.lastSuccessfulSyncStartedAt || !connection.lastFullSyncAt) return 'full';
  return now.getTime() - connection.lastFullSyncAt.getTime() > fullPassEveryMs ? 'full' : 'incremental';
}

function describeError(error: unknown): string {
  if (error instanceof ProviderError) return summarizeProviderMessage(error.message);
  return error instanceof Error ? `Unexpected error: ${error.message}` : 'Unexpected error.';
}

/**
 * Runs (or resumes) one sync pass of a connection. Each page's records, the run's counters and the
 * cursor checkpoint commit in one transaction, so a process killed at any moment resumes from the
 * last committed page: no duplicates (upserts) and no gaps (the cursor never runs ahead of data).
 */
export async function runSync(deps: SyncDeps, request: SyncRequest): Promise<SyncOutcome> {
  const { db } = deps;
  const connection = await findConnectionForSync(db, request.workspaceId, request.provider);
  if (!connection) return { status: 'skipped', reason: 'not connected' };
  if (connection.status === 'disabled') return { status: 'skipped', reason: 'paused' };
  const connector = findConnector(connection.provider);
  if (!connector || !connection.encryptedCredentials)
    return { status: 'skipped', reason: 'no connector or credentials' };
  if (!(await acquireLease(deps, connection.id))) return { status: 'skipped', reason: 'already syncing' };

  let runId: string | null = null;
  try {
    // A checkpoint means an unfinished pass: continue it (same run if its worker died, else a new
    // run record), from the last committed page.
    const checkpoint = readCheckpoint(connection.syncCursor);
    const previous = checkpoint ? await findSyncRun(db, checkpoint.runId) : null;
    const mode = checkpoint ? checkpoint.mode : chooseMode(connector, request.mode, connection, deps.now());
    const passStartedAt = checkpoint ? new Date(checkpoint.passStartedAt) : deps.now();
    let cursor = checkpoint?.cursor ?? null;
    let run = previous?.status === 'running' ? previous : undefined;
    if (!run) {
      run = await insertSyncRun(db, {
        workspaceId: connection.workspaceId,
        connectionId: connection.id,
        provider: connection.provider,
        mode,
        trigger: request.trigger,
        status: 'running',
        startedAt: deps.now(),
      });
      const fresh: Checkpoint = { runId: run.id, mode, cursor, passStartedAt: passStartedAt.toISOString() };
      await updateSyncConnection(db, connection.id, { syncCursor: fresh });
    }
    runId = run.id;
    const context = {
      credentials: JSON.parse(deps.encryptor.decrypt(connection.encryptedCredentials)) as unknown,
      settings: connection.settings,
      baseUrl: typeof connection.settings.baseUrl === 'string' ? connection.settings.baseUrl : null,
      now: deps.now(),
      signal: request.signal ?? new AbortController().signal,
    };
    const since = mode === 'incremental' ? connection.lastSuccessfulSyncStartedAt : null;

    for (;;) {
      const page = await connector.fetchPage(context, { mode, cursor, since });
      const currentRunId = run.id;
      await db.transaction(async (tx) => {
        const counts = await writePage(
          tx,
          {
            workspaceId: connection.workspaceId,
            provider: connection.provider,
            connectionId: connection.id,
            syncRunId: currentRunId,
            observedAt: deps.now(),
          },
          page.records,
          page.quarantined,
        );
        await addPageToRun(tx, currentRunId, counts, page.estimatedTotal ?? null);
        await updateSyncConnection(tx, connection.id, {
          syncCursor: page.nextCursor
            ? { runId: currentRunId, mode, cursor: page.nextCursor, passStartedAt: passStartedAt.toISOString() }
            : null,
          syncLeaseUntil: new Date(deps.now().getTime() + deps.leaseMs),
        });
      });
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
      request.signal?.throwIfAborted();
    }

    const finishedAt = deps.now();
    await finishSyncRun(db, run.id, { status: 'succeeded', finishedAt });
    await updateSyncConnection(db, connection.id, {
      status: 'healthy',
      lastError: null,
      consecutiveFailures: 0,
      lastSyncedAt: finishedAt,
      lastSuccessfulSyncStartedAt: passStartedAt,
      ...(mode === 'full' ? { lastFullSyncAt: passStartedAt } : {}),
      nextSyncAt: new Date(finishedAt.getTime() + connection.syncIntervalMinutes * 60_000),
      updatedAt: finishedAt,
    });
    return { status: 'succeeded', runId: run.id };
  } catch (error) {
    const message = describeError(error);
    const now = deps.now();
    if (runId) await finishSyncRun(db, runId, { status: 'failed', finishedAt: now, error: message });
    const failures = connection.consecutiveFailures + 1;
    const isAuth = error instanceof ProviderError && error.kind === 'auth';
    await updateSyncConnection(db, connection.id, {
      status: isAuth
        ? 'reauth_needed'
        : failures >= failuresBeforeErrored
          ? 'errored'
          : connection.status === 'inactive'
            ? 'inactive'
            : connection.status,
      lastError: message,
      consecutiveFailures: failures,
      // The checkpoint stays: the next run continues this pass instead of starting over.
      nextSyncAt: new Date(now.getTime() + Math.min(connection.syncIntervalMinutes, 5 * failures) * 60_000),
      updatedAt: now,
    });
    if (!runId) throw error;
    return { status: 'failed', runId };
  } finally {
    await releaseLease(deps, connection.id);
  }
}
