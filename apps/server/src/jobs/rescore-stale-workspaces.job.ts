import { z } from 'zod';
import { listStaleWorkspaces } from '../features/health/nightly';
import { defineJob } from './define-job';

/**
 * Scores age without new data (renewals approach, signals decay, factor texts count days), so a
 * workspace is refreshed once its day has turned in its own time zone. Checked every minute rather
 * than at one fixed hour: midnight falls at a different UTC time for each workspace.
 */
export const rescoreStaleWorkspacesJob = defineJob({
  name: 'rescore-stale-workspaces',
  payloadSchema: z.object({}),
  cron: '* * * * *',
  handler: async (_payload, deps) => {
    for (const workspaceId of await listStaleWorkspaces(deps.db, deps.now()))
      deps.jobs.enqueue('refresh-workspace', { workspaceId });
  },
});
