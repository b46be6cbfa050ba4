import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app.close());

async function signIn(email: string, password: string) {
  const client = app.client();
  const response = await client.post('/v3/rest/auth/login', { email, password });
  expect(response.status).toBe(200);
  return client;
}

describe('members and roles', () => {
  it('lets an admin add members, and a viewer read but not write', async () => {
    const { client: admin } = await createSignedInWorkspace(app);
    const added = await admin.post('/v3/rest/users', {
      email: 'jared@piedpiper.test',
      password: 'viewer-password-1',
      role: 'viewer',
    });
    expect(added.status).toBe(201);

    const viewer = await signIn('jared@piedpiper.test', 'viewer-password-1');
    expect((await viewer.get('/v3/rest/success/health')).status).toBe(200);
    expect((await viewer.get('/v3/rest/users')).status).toBe(200);
    const demo = await viewer.put('/v3/rest/demo', { isEnabled: true });
    expect(demo.status).toBe(403);
    expect(demo.body).toMatchObject({ code: 'forbidden' });
    expect((await viewer.put('/v3/rest/feature-flags/success', { isEnabled: false })).status).toBe(403);
    expect(
      (await viewer.post('/v3/rest/users', { email: 'x@y.test', password: 'long-enough-1', role: 'admin' })).status,
    ).toBe(403);
  });

  it('lets a member write but not administer', async () => {
    const { client: admin } = await createSignedInWorkspace(app);
    await admin.post('/v3/rest/users', {
      email: 'dinesh@piedpiper.test',
      password: 'member-password-1',
      role: 'member',
    });
    const member = await signIn('dinesh@piedpiper.test', 'member-password-1');
    // Demo mode changes what everyone in the workspace sees, so only admins switch it.
    expect((await member.put('/v3/rest/demo', { isEnabled: false })).status).toBe(403);
    expect((await member.patch('/v3/rest/workspace', { name: 'Renamed' })).status).toBe(403);
  });

  it('refuses a duplicate email with 409', async () => {
    const { client: admin, email } = await createSignedInWorkspace(app);
    const response = await admin.post('/v3/rest/users', { email, password: 'whatever-pass-1', role: 'member' });
    expect(response.status).toBe(409);
  });

  it('keeps at least one admin in the workspace', async () => {
    const { client: admin, user } = await createSignedInWorkspace(app);
    const demote = await admin.patch(`/v3/rest/users/${user.id}`, { role: 'member' });
    expect(demote.status).toBe(422);
    expect((await admin.delete(`/v3/rest/users/${user.id}`)).status).toBe(422);
  });

  it('changes a role and removes a member', async () => {
    const { client: admin } = await createSignedInWorkspace(app);
    const added = await admin.post('/v3/rest/users', {
      email: 'gilfoyle@piedpiper.test',
      password: 'satan-rules-666',
      role: 'member',
    });
    const { id } = added.body as { id: string };
    expect((await admin.patch(`/v3/rest/users/${id}`, { role: 'admin' })).body).toMatchObject({ role: 'admin' });
    expect((await admin.delete(`/v3/rest/users/${id}`)).status).toBe(204);
    const members = await admin.get('/v3/rest/users');
    expect(JSON.stringify(members.body)).not.toContain('gilfoyle');
  });
});
