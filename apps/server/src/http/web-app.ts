import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { Env } from '../config/env';
import type { App } from './app-types';
import { sendProblem } from './problem';

const defaultDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/**
 * Serves the built single-page app. Unknown paths that a browser navigates to get index.html so
 * client-side routes such as /success/health load directly; unknown API paths stay problem+json.
 */
export async function registerWebApp(app: App, env: Env): Promise<void> {
  const root = env.WEB_DIST ? path.resolve(env.WEB_DIST) : defaultDist;
  if (!existsSync(path.join(root, 'index.html'))) {
    app.log.warn(`web app not built at ${root}: run "npm run build" (npm start does it for you)`);
    app.setNotFoundHandler((request, reply) =>
      sendProblem(reply, request, 'not_found', 'The web app is not built. Run "npm run build", then reload.'),
    );
    return;
  }
  await app.register(fastifyStatic, { root, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    // Customer Detail paths end in a domain (/success/customers/hooli.com), so an extension alone
    // does not mean "file": browsers asking for HTML get the app too.
    const pathname = request.url.split('?')[0] ?? '';
    const isPageRequest =
      request.method === 'GET' && (request.headers.accept?.includes('text/html') === true || !path.extname(pathname));
    if (!isPageRequest) return sendProblem(reply, request, 'not_found', `Nothing at ${request.url}.`);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
