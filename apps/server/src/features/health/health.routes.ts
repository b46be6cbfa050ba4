import { z } from 'zod';
import type { App, AppContext } from '../../http/app-types';
import { requireWriter } from '../../http/guards';
import { assertSuccessEnabled } from '../workspace/workspace.service';
import { recomputeWorkspaceHealth } from './health.service';

export function registerHealthRoutes(app: App, { db, now }: AppContext) {
  app.post(
    '/success/health/recompute',
    {
      schema: {
        tags: ['success'],
        summary: 'Recompute every account’s health score now (appends a snapshot per account)',
        response: { 200: z.object({ accounts: z.number().int(), durationMs: z.number().int() }) },
      },
    },
    async (request) => {
      const actor = requireWriter(request);
      await assertSuccessEnabled(db, actor);
      const started = Date.now();
      const { accounts } = await recomputeWorkspaceHealth(db, actor.dataWorkspaceId, now());
      return { accounts, durationMs: Date.now() - started };
    },
  );
}
