import { enqueueDueSyncsJob } from './enqueue-due-syncs.job';
import { refreshWorkspaceJob } from './refresh-workspace.job';
import { rescoreStaleWorkspacesJob } from './rescore-stale-workspaces.job';
import { syncConnectionJob } from './sync-connection.job';

/** Every background job, once. Both runners (in-process and pg-boss) run exactly this list. */
export const jobDefinitions = [
  syncConnectionJob,
  refreshWorkspaceJob,
  rescoreStaleWorkspacesJob,
  enqueueDueSyncsJob,
] as const;
