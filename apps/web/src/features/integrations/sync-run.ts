import type { Integration, SyncRun } from '@success/shared/integrations';

/** Records the run has handled so far: created + updated + unchanged + quarantined. */
export function getProcessedCount(run: SyncRun): number {
  return run.recordsCreated + run.recordsUpdated + run.recordsUnchanged + run.recordsQuarantined;
}

/** Whole percent done when the provider gave an estimate, else null (the bar is indeterminate). */
export function getProgressPercent(run: SyncRun): number | null {
  if (run.estimatedTotal === null || run.estimatedTotal <= 0) return null;
  return Math.min(100, Math.max(0, Math.round((getProcessedCount(run) / run.estimatedTotal) * 100)));
}

/** "0.8s", "45s", "2m 05s", "1h 03m". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1_000) return `${(ms / 1_000).toFixed(1)}s`;
  const seconds = Math.round(ms / 1_000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

/** How long a run took, or has been running so far. */
export function getRunDuration(run: SyncRun, now: Date = new Date()): string {
  if (!run.startedAt) return '—';
  const start = new Date(run.startedAt).getTime();
  const end = run.finishedAt ? new Date(run.finishedAt).getTime() : now.getTime();
  return formatDuration(end - start);
}

/** "every 15 minutes", "hourly", "every 6 hours", "daily". */
export function formatInterval(minutes: number): string {
  if (minutes === 60) return 'hourly';
  if (minutes === 1440) return 'daily';
  if (minutes % 60 === 0) return `every ${minutes / 60} hours`;
  return `every ${minutes} minutes`;
}

export type DisplayStatus =
  | 'syncing'
  | 'stalled'
  | 'healthy'
  | 'inactive'
  | 'disabled'
  | 'reauth_needed'
  | 'errored'
  | 'not_connected'
  | 'coming_soon';

/**
 * The one status a card shows: a running sync wins over the stored connection status, and a run
 * whose worker stopped (the server says `stalled`) is shown as such rather than as syncing.
 */
export function getDisplayStatus(integration: Integration): DisplayStatus {
  if (!integration.isAvailable && integration.status === 'not_connected') return 'coming_soon';
  const run = integration.currentRun;
  if (run?.status === 'stalled' && integration.status !== 'disabled') return 'stalled';
  if (run && (run.status === 'queued' || run.status === 'running') && integration.status !== 'disabled')
    return 'syncing';
  return integration.status;
}
