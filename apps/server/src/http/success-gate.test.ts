import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../config/env';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../test/test-app';
import { apiPrefix, buildApp } from './app';
import { isSuccessRoute } from './success-gate';

type RouteEntry = { method: string; url: string };

/**
 * Every registered route, read from Fastify's route tree: `printRoutes({ commonPrefix: false })`
 * prints one node per line, nested four characters per level, each with its methods.
 */
function parseRouteTree(tree: string): RouteEntry[] {
  const routes: RouteEntry[] = [];
  const parents: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+) \(([^)]*)\)$/u.exec(line);
    if (!match) continue;
    const [, indent = '', segment = '', methods = ''] = match;
    const depth = indent.length / 4;
    const url = (parents[depth - 1] ?? '') + segment;
    parents[depth] = url;
    parents.length = depth + 1;
    for (const method of methods.split(', ')) {
      if (method !== '-' && method !== 'HEAD') routes.push({ method, url });
    }
  }
  return routes;
}

/** A concrete path for a route pattern: the gate answers before parameters are validated. */
function samplePath(url: string): string {
  return url.replace(/:companyDomain/g, 'hooli.com').replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
}

const disabledProblem = {
  status: 403,
  code: 'feature_disabled',
  detail:
    'Success is not enabled for this workspace. Request access at /success-unlock or ask an admin to enable it in Settings.',
};

let app: TestApp;
let successRoutes: RouteEntry[];

beforeAll(async () => {
  app = await startTestApp();
  // A second instance over the same database, only to read the route table.
  const routeTable = await buildApp({
    db: app.database.db,
    env: parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    logger: false,
    encryptor: app.encryptor,
    jobs: app.jobs,
  });
  await routeTable.ready();
  successRoutes = parseRouteTree(routeTable.printRoutes({ commonPrefix: false })).filter((route) =>
    isSuccessRoute(route.url, apiPrefix),
  );
  await routeTable.close();
});
afterAll(async () => app.close());

describe('the success flag gate', () => {
  it('finds the /success routes in the route table', () => {
    expect(successRoutes.length).toBeGreaterThanOrEqual(30);
    expect(successRoutes).toContainEqual({ method: 'GET', url: '/v3/rest/success/health' });
    expect(successRoutes).toContainEqual({ method: 'POST', url: '/v3/rest/success/signals/import' });
    expect(successRoutes).toContainEqual({ method: 'PATCH', url: '/v3/rest/success/routes/:id' });
  });

  it('answers every /success route with the flag-off problem while the flag is off', async () => {
    const { client } = await createSignedInWorkspace(app);
    expect((await client.put('/v3/rest/feature-flags/success', { isEnabled: false })).status).toBe(200);

    for (const route of successRoutes) {
      const response = await client.request(
        route.method,
        samplePath(route.url),
        route.method === 'GET' ? undefined : {},
      );
      expect({ route: `${route.method} ${route.url}`, status: response.status, body: response.body }).toMatchObject({
        route: `${route.method} ${route.url}`,
        status: 403,
        body: disabledProblem,
      });
      expect(response.contentType).toContain('application/problem+json');
    }

    // Outside the /success scope the workspace still answers.
    expect((await client.get('/v3/rest/workspace')).status).toBe(200);
    expect((await client.get('/v3/rest/integrations')).status).toBe(200);
  });

  it('lets the /success routes through once the flag is on again', async () => {
    const { client } = await createSignedInWorkspace(app);
    await client.put('/v3/rest/feature-flags/success', { isEnabled: false });
    expect((await client.get('/v3/rest/success/health')).status).toBe(403);
    await client.put('/v3/rest/feature-flags/success', { isEnabled: true });
    expect((await client.get('/v3/rest/success/health')).status).toBe(200);
  });

  it('leaves anonymous requests to the route, which asks them to sign in', async () => {
    const response = await app.client().get('/v3/rest/success/health');
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: 'unauthenticated' });
  });

  it('tells /success routes from look-alikes', () => {
    expect(isSuccessRoute('/v3/rest/success', apiPrefix)).toBe(true);
    expect(isSuccessRoute('/v3/rest/success/health', apiPrefix)).toBe(true);
    expect(isSuccessRoute('/v3/rest/success-unlock', apiPrefix)).toBe(false);
    expect(isSuccessRoute('/v3/rest/workspace', apiPrefix)).toBe(false);
    expect(isSuccessRoute(undefined, apiPrefix)).toBe(false);
  });
});
