import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app.close());

describe('the success feature flag', () => {
  it('gates the Success API and is restored by approving an access request', async () => {
    const { client: admin } = await createSignedInWorkspace(app);
    expect((await admin.get('/v3/rest/feature-flags')).body).toEqual({ flags: { success: true } });

    expect((await admin.put('/v3/rest/feature-flags/success', { isEnabled: false })).status).toBe(200);
    const gated = await admin.get('/v3/rest/success/health');
    expect(gated.status).toBe(403);
    expect(gated.body).toMatchObject({ code: 'feature_disabled' });

    await admin.post('/v3/rest/users', { email: 'monica@raviga.test', password: 'member-password-1', role: 'member' });
    const member = app.client();
    await member.post('/v3/rest/auth/login', { email: 'monica@raviga.test', password: 'member-password-1' });
    expect((await member.get('/v3/rest/access-requests/mine')).body).toEqual({ request: null });
    const asked = await member.post('/v3/rest/access-requests', { reason: 'Renewal prep for Hooli' });
    expect(asked.status).toBe(201);
    const again = await member.post('/v3/rest/access-requests', {});
    expect((again.body as { id: string }).id).toBe((asked.body as { id: string }).id);
    expect((await member.get('/v3/rest/access-requests')).status).toBe(403);

    const pending = await admin.get('/v3/rest/access-requests?status=pending');
    expect(pending.body).toMatchObject({ items: [{ email: 'monica@raviga.test', reason: 'Renewal prep for Hooli' }] });
    const { id } = asked.body as { id: string };
    expect((await admin.patch(`/v3/rest/access-requests/${id}`, { status: 'approved' })).body).toMatchObject({
      status: 'approved',
    });

    expect((await member.get('/v3/rest/success/health')).status).toBe(200);
    expect((await member.get('/v3/rest/auth/me')).body).toMatchObject({ flags: { success: true } });
    expect((await admin.get('/v3/rest/access-requests?status=pending')).body).toEqual({ items: [] });
  });

  it('refuses an unknown flag name', async () => {
    const { client: admin } = await createSignedInWorkspace(app);
    const response = await admin.put('/v3/rest/feature-flags/teleport', { isEnabled: true });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
  });
});
