import { z } from 'zod';
import { defineJob } from './define-job';
import { refreshDerivedData } from './refresh-workspace';

/**
 * The workspace's revenue ledger rebuilt, then its health rescored: after a sync, after webhook
 * deliveries and when a workspace's day turns. refreshDerivedData keeps two from overlapping per
 * workspace, in this process and across processes.
 */
export const refreshWorkspaceJob = defineJob({
  name: 'refresh-workspace',
  payloadSchema: z.object({ workspaceId: z.uuid() }),
  concurrencyKey: (payload) => payload.workspaceId,
  handler: async (payload, deps) => {
    await refreshDerivedData(deps.db, payload.workspaceId, deps.now());
  },
});
