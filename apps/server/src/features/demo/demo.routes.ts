import { demoStatusSchema, setDemoInputSchema } from '@success/shared/demo';
import type { App, AppContext } from '../../http/app-types';
import { requireActor, requireAdmin } from '../../http/guards';
import { getDemoStatus, setDemoMode } from './demo.service';

export function registerDemoRoutes(app: App, { db, now }: AppContext) {
  app.get(
    '/demo',
    { schema: { tags: ['demo'], summary: 'Whether demo mode is on', response: { 200: demoStatusSchema } } },
    async (request) => getDemoStatus(db, requireActor(request)),
  );

  app.put(
    '/demo',
    {
      schema: {
        tags: ['demo'],
        summary:
          'Turn "Preview with demo data" on (loads the Pied Piper sample) or off (removes it) for the whole workspace (admin)',
        body: setDemoInputSchema,
        response: { 200: demoStatusSchema },
      },
    },
    async (request) => setDemoMode(db, requireAdmin(request), request.body.isEnabled, now()),
  );
}
