import { z } from 'zod';
import { runSync } from '../integrations/sync-engine';
import { defineJob } from './define-job';

/** One connection's queue key: its jobs never run at once, and a stalled one is found by it. */
export function syncConnectionKey(connection: { workspaceId: string; provider: string }): string {
  return `${connection.workspaceId}:${connection.provider}`;
}

/** One pass of a connection; when it brought data in, the workspace's ledger and scores are refreshed. */
export const syncConnectionJob = defineJob({
  name: 'sync-connection',
  payloadSchema: z.object({
    workspaceId: z.uuid(),
    provider: z.string().min(1),
    mode: z.enum(['full', 'incremental']),
    trigger: z.enum(['manual', 'schedule', 'webhook']),
  }),
  concurrencyKey: syncConnectionKey,
  expiresWithLease: true,
  handler: async (payload, deps) => {
    const outcome = await runSync(deps, { ...payload, signal: deps.signal });
    if (outcome.status === 'succeeded') deps.jobs.enqueue('refresh-workspace', { workspaceId: payload.workspaceId });
  },
});
