import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contacts } from '../db/schema';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../test/test-app';
import type { TestClient } from '../test/http-client';

/**
 * Two workspaces on one instance: every list and detail route answers with the caller's own
 * workspace only, and ids from the other workspace behave as if they did not exist.
 */
let app: TestApp;
let hooli: { client: TestClient; userId: string; tokenId: string; requestId: string };
let piper: { client: TestClient; userId: string };

beforeAll(async () => {
  app = await startTestApp();
  const a = await createSignedInWorkspace(app, { workspaceName: 'Hooli', email: 'gavin@hooli.test' });
  const b = await createSignedInWorkspace(app, { workspaceName: 'Pied Piper', email: 'richard@piedpiper.test' });
  const account = await insertAccount(app, a.workspace.id, { name: 'Endframe', domain: 'endframe.com' });
  await app.database.db.insert(contacts).values({
    workspaceId: a.workspace.id,
    accountId: account.id,
    provider: 'hubspot',
    externalId: 'x',
    name: 'Secret Contact',
  });
  await insertAccount(app, b.workspace.id, { name: 'Aviato', domain: 'aviato.com' });
  const token = await a.client.post('/v3/rest/auth/tokens', { name: 'hooli script' });
  await a.client.put('/v3/rest/feature-flags/success', { isEnabled: false });
  const request = await a.client.post('/v3/rest/access-requests', { reason: 'hooli only' });
  await a.client.put('/v3/rest/feature-flags/success', { isEnabled: true });
  hooli = {
    client: a.client,
    userId: a.user.id,
    tokenId: (token.body as { id: string }).id,
    requestId: (request.body as { id: string }).id,
  };
  piper = { client: b.client, userId: b.user.id };
});
afterAll(async () => app.close());

describe('workspace isolation', () => {
  it('lists only its own accounts in Health', async () => {
    const piperList = JSON.stringify((await piper.client.get('/v3/rest/success/health?includeUntracked=true')).body);
    expect(piperList).toContain('Aviato');
    expect(piperList).not.toContain('Endframe');
    const hooliList = JSON.stringify((await hooli.client.get('/v3/rest/success/health?includeUntracked=true')).body);
    expect(hooliList).toContain('Endframe');
    expect(hooliList).not.toContain('Aviato');
  });

  it('hides the other workspace in Customer Detail', async () => {
    expect((await piper.client.get('/v3/rest/success/customers/endframe.com')).status).toBe(404);
    expect((await hooli.client.get('/v3/rest/success/customers/endframe.com')).status).toBe(200);
  });

  it('lists only its own members, tokens and access requests', async () => {
    const members = JSON.stringify((await piper.client.get('/v3/rest/users')).body);
    expect(members).toContain('richard@piedpiper.test');
    expect(members).not.toContain('gavin@hooli.test');
    expect((await piper.client.get('/v3/rest/auth/tokens')).body).toEqual({ items: [] });
    expect((await piper.client.get('/v3/rest/access-requests')).body).toEqual({ items: [] });
    expect((await piper.client.get('/v3/rest/access-requests/mine')).body).toEqual({ request: null });
  });

  it('treats the other workspace ids as unknown for every write', async () => {
    expect((await piper.client.delete(`/v3/rest/auth/tokens/${hooli.tokenId}`)).status).toBe(404);
    expect((await piper.client.patch(`/v3/rest/users/${hooli.userId}`, { role: 'viewer' })).status).toBe(404);
    expect((await piper.client.delete(`/v3/rest/users/${hooli.userId}`)).status).toBe(404);
    expect(
      (await piper.client.patch(`/v3/rest/access-requests/${hooli.requestId}`, { status: 'approved' })).status,
    ).toBe(404);
    expect((await hooli.client.get('/v3/rest/auth/me')).body).toMatchObject({ user: { role: 'admin' } });
  });

  it('keeps workspace settings, flags and demo mode separate', async () => {
    await piper.client.patch('/v3/rest/workspace', { name: 'Pied Piper Inc' });
    await piper.client.put('/v3/rest/feature-flags/success', { isEnabled: false });
    expect((await hooli.client.get('/v3/rest/workspace')).body).toMatchObject({ name: 'Hooli' });
    expect((await hooli.client.get('/v3/rest/feature-flags')).body).toEqual({ flags: { success: true } });
    expect((await hooli.client.get('/v3/rest/success/health')).status).toBe(200);
    await piper.client.put('/v3/rest/feature-flags/success', { isEnabled: true });

    expect((await piper.client.put('/v3/rest/demo', { isEnabled: true })).status).toBe(200);
    const hooliList = JSON.stringify((await hooli.client.get('/v3/rest/success/health?limit=200')).body);
    expect(hooliList).not.toContain('hooli.com');
    expect((await hooli.client.get('/v3/rest/demo')).body).toMatchObject({ isEnabled: false });
    expect((await hooli.client.get('/v3/rest/success/customers/raviga.com')).status).toBe(404);
  });
});
