import { z } from 'zod';
import { defineJob } from './define-job';
import { listDueConnections } from './due-syncs.queries';

/** Every minute, an incremental sync for each connection whose next scheduled sync is due. */
export const enqueueDueSyncsJob = defineJob({
  name: 'enqueue-due-syncs',
  payloadSchema: z.object({}),
  cron: '* * * * *',
  handler: async (_payload, deps) => {
    for (const connection of await listDueConnections(deps.db, deps.now()))
      deps.jobs.enqueue('sync-connection', { ...connection, mode: 'incremental', trigger: 'schedule' });
  },
});
