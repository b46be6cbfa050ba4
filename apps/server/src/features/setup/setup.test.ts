import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app.close());

describe('first-run setup', () => {
  it('reports that setup is required on an empty instance', async () => {
    const response = await app.client().get('/v3/rest/setup');
    expect(response.body).toEqual({ isSetupRequired: true });
  });

  it('rejects a short password with a problem naming the field', async () => {
    const response = await app
      .client()
      .post('/v3/rest/setup', { workspaceName: 'Pied Piper', email: 'richard@piedpiper.test', password: 'short' });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'validation_failed', status: 400 });
    expect(JSON.stringify(response.body)).toContain('password');
    expect((await app.client().get('/v3/rest/setup')).body).toEqual({ isSetupRequired: true });
  });

  it('creates the workspace and admin, signs them in, and refuses a second setup with 409', async () => {
    const client = app.client();
    const created = await client.post('/v3/rest/setup', {
      workspaceName: 'Pied Piper',
      email: 'Richard@PiedPiper.test',
      password: 'middle-out-compression',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('set-cookie')).toMatch(/success_session=.+HttpOnly/i);
    expect(created.body).toMatchObject({
      user: { email: 'richard@piedpiper.test', role: 'admin' },
      workspace: { name: 'Pied Piper', isDemoModeEnabled: false },
      flags: { success: true },
    });
    const me = await client.get('/v3/rest/auth/me');
    expect(me.status).toBe(200);

    const again = await app.client().post('/v3/rest/setup', {
      workspaceName: 'Hooli',
      email: 'gavin@hooli.test',
      password: 'another-password-1',
    });
    expect(again.status).toBe(409);
    expect(again.contentType).toContain('application/problem+json');
    expect((await app.client().get('/v3/rest/setup')).body).toEqual({ isSetupRequired: false });
  });

  it('stores the password hashed with scrypt, never in clear', async () => {
    const rows = await app.database.db.query.users.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(rows[0]?.passwordHash).not.toContain('middle-out-compression');
  });
});
