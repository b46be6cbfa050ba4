import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../test/test-app';
import { apiPrefix } from './app';

/** Every route the app registers, seen through an onRoute hook added as soon as the instance exists. */
const registered = vi.hoisted((): RouteOptions[] => []);

vi.mock('fastify', async (importOriginal) => {
  const actual = await importOriginal<typeof import('fastify')>();
  const create = ((options?: Parameters<typeof actual.default>[0]) => {
    const instance = actual.default(options);
    instance.addHook('onRoute', (route) => {
      registered.push(route);
    });
    return instance;
  }) as typeof actual.default;
  return { ...actual, default: create };
});

/** Routes that answer with something other than a contract of ours. */
const exceptions = new Map<string, string>([['GET /v3/rest/openapi.json', 'the OpenAPI document describes itself']]);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app.close());

function methodsOf(route: RouteOptions): string[] {
  return Array.isArray(route.method) ? route.method : [route.method];
}

describe('response schemas', () => {
  it('declares a response schema, with a success status, on every API route', () => {
    const apiRoutes = registered.filter((route) => route.url.startsWith(apiPrefix));
    expect(apiRoutes.length).toBeGreaterThan(50);
    const missing = apiRoutes.flatMap((route) =>
      methodsOf(route)
        .filter((method) => method !== 'HEAD')
        .map((method) => `${method} ${route.url}`)
        .filter((key) => !exceptions.has(key))
        .filter(() => {
          const response: unknown = route.schema?.response;
          if (!response || typeof response !== 'object') return true;
          return !Object.keys(response).some((status) => /^2\d\d$/.test(status));
        }),
    );
    expect(missing).toEqual([]);
  });

  it('lists only exceptions that still exist', () => {
    const keys = new Set(registered.flatMap((route) => methodsOf(route).map((method) => `${method} ${route.url}`)));
    expect([...exceptions.keys()].filter((key) => !keys.has(key))).toEqual([]);
  });
});
