import { z } from 'zod';
import { featureFlagKeySchema, setFlagInputSchema } from '@success/shared/feature-flags';
import { updateWorkspaceInputSchema, workspaceSchema } from '@success/shared/workspace';
import type { App, AppContext } from '../../http/app-types';
import { requireActor, requireAdmin } from '../../http/guards';
import { updateWorkspace } from './workspace-settings.service';
import { getFlags, getWorkspace, setFlag } from './workspace.service';

const flagsSchema = z.object({ flags: z.record(z.string(), z.boolean()) });

export function registerWorkspaceRoutes(app: App, { db, now }: AppContext) {
  app.get(
    '/workspace',
    { schema: { tags: ['workspace'], summary: 'The current workspace', response: { 200: workspaceSchema } } },
    async (request) => getWorkspace(db, requireActor(request)),
  );

  app.patch(
    '/workspace',
    {
      schema: {
        tags: ['workspace'],
        summary: 'Change the workspace name, time zone or logo URL template (admin)',
        body: updateWorkspaceInputSchema,
        response: { 200: workspaceSchema },
      },
    },
    async (request) => updateWorkspace(db, requireAdmin(request), request.body, now()),
  );

  app.get(
    '/feature-flags',
    { schema: { tags: ['workspace'], summary: 'Feature flags of the workspace', response: { 200: flagsSchema } } },
    async (request) => ({
      flags: await getFlags(db, requireActor(request).workspaceId),
    }),
  );

  app.put(
    '/feature-flags/:key',
    {
      schema: {
        tags: ['workspace'],
        summary: 'Turn a feature flag on or off (admin)',
        params: z.object({ key: featureFlagKeySchema }),
        body: setFlagInputSchema,
        response: { 200: flagsSchema },
      },
    },
    async (request) => ({
      flags: await setFlag(db, requireAdmin(request), request.params.key, request.body.isEnabled),
    }),
  );
}
