import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';
import { weakPasswordMessage } from './password-strength';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app.close());

const weakPasswords = ['aaaaaaaaaa', '1234567890', '          ', 'password123'];

function expectWeakPasswordProblem(response: { status: number; contentType: string; body: unknown }) {
  expect(response.status).toBe(400);
  expect(response.contentType).toContain('application/problem+json');
  expect(response.body).toMatchObject({
    code: 'validation_failed',
    errors: [{ path: 'body.password', message: weakPasswordMessage }],
  });
}

describe('weak passwords', () => {
  it.each(weakPasswords)('first-run setup refuses %j and stays open', async (password) => {
    const response = await app
      .client()
      .post('/v3/rest/setup', { workspaceName: 'Pied Piper', email: 'richard@piedpiper.test', password });
    expectWeakPasswordProblem(response);
    expect((await app.client().get('/v3/rest/setup')).body).toEqual({ isSetupRequired: true });
  });

  it.each(weakPasswords)('adding a member refuses %j and creates no one', async (password) => {
    const { client } = await createSignedInWorkspace(app);
    const email = `weak${weakPasswords.indexOf(password)}@hooli.test`;
    expectWeakPasswordProblem(await client.post('/v3/rest/users', { email, password, role: 'member' }));
    const members = (await client.get('/v3/rest/users')).body as { items: { email: string }[] };
    expect(members.items.map((member) => member.email)).not.toContain(email);
  });

  it('accepts a passphrase', async () => {
    const { client } = await createSignedInWorkspace(app);
    const response = await client.post('/v3/rest/users', {
      email: 'dinesh@hooli.test',
      password: 'gilfoyle-is-wrong',
      role: 'member',
    });
    expect(response.status).toBe(201);
  });
});
