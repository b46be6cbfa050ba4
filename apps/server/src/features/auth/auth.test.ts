import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app.close());

describe('sign-in and sessions', () => {
  it('answers 401 problem+json without a session', async () => {
    const response = await app.client().get('/v3/rest/success/health');
    expect(response.status).toBe(401);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses a wrong password with the same message as an unknown email', async () => {
    const { email } = await createSignedInWorkspace(app);
    const wrong = await app.client().post('/v3/rest/auth/login', { email, password: 'not-the-password' });
    const unknown = await app.client().post('/v3/rest/auth/login', { email: 'nobody@nowhere.test', password: 'x' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((wrong.body as { detail: string }).detail).toBe((unknown.body as { detail: string }).detail);
  });

  it('rejects malformed JSON with a readable problem', async () => {
    const response = await app.client().request('POST', '/v3/rest/auth/login', undefined, { rawBody: '{"email":' });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect((response.body as { detail: string }).detail.length).toBeGreaterThan(5);
  });

  it('signs out and the old session stops working', async () => {
    const { client } = await createSignedInWorkspace(app);
    expect((await client.get('/v3/rest/auth/me')).status).toBe(200);
    expect((await client.post('/v3/rest/auth/logout')).status).toBe(204);
    expect((await client.get('/v3/rest/auth/me')).status).toBe(401);
  });
});

describe('API tokens', () => {
  it('shows a new token once, stores it hashed, and authenticates scripts with Bearer', async () => {
    const { client } = await createSignedInWorkspace(app);
    const created = await client.post('/v3/rest/auth/tokens', { name: 'nightly export' });
    expect(created.status).toBe(201);
    const { token, id } = created.body as { token: string; id: string };
    expect(token).toMatch(/^sk_/);

    const listed = await client.get('/v3/rest/auth/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(listed.body).toMatchObject({ items: [{ id, name: 'nightly export' }] });

    const stored = await app.database.db.query.apiTokens.findMany();
    expect(stored.some((row) => row.tokenHash.includes(token) || row.tokenHash === token)).toBe(false);

    const scripted = app.client().withToken(token);
    expect((await scripted.get('/v3/rest/success/health')).status).toBe(200);

    expect((await client.delete(`/v3/rest/auth/tokens/${id}`)).status).toBe(204);
    expect((await scripted.get('/v3/rest/success/health')).status).toBe(401);
  });

  it('refuses an unknown bearer token', async () => {
    const response = await app.client().withToken('sk_made_up').get('/v3/rest/auth/me');
    expect(response.status).toBe(401);
  });
});
