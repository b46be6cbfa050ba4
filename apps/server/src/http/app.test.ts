import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app.close());

describe('the HTTP surface', () => {
  it('answers /healthz once the database responds', async () => {
    const response = await app.client().get('/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('serves an OpenAPI 3.1 document describing the REST routes', async () => {
    const response = await app.client().get('/v3/rest/openapi.json');
    expect(response.status).toBe(200);
    const document = response.body as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    for (const path of [
      '/v3/rest/setup',
      '/v3/rest/auth/login',
      '/v3/rest/auth/tokens',
      '/v3/rest/success/health',
      '/v3/rest/success/customers/{companyDomain}',
    ]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
  });

  it('answers unknown API routes with a 404 problem', async () => {
    const response = await app.client().get('/v3/rest/nothing-here');
    expect(response.status).toBe(404);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 404, code: 'not_found', instance: '/v3/rest/nothing-here' });
  });

  it('sends security headers', async () => {
    const response = await app.client().get('/healthz');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
