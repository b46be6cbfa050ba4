import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

let app: TestApp;
let admin: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = (await createSignedInWorkspace(app)).client;
  // The Pied Piper sample gives the preview real accounts to move between bands.
  await admin.put('/v3/rest/demo', { isEnabled: true });
});
afterAll(async () => app.close());

type Settings = {
  settings: { baseline: number; bands: { healthy: number; atRisk: number } } & Record<string, unknown>;
  defaults: Record<string, unknown>;
};
type Page = { items: { health: { band: string } | null }[] };

describe('health settings', () => {
  it('starts from the defaults', async () => {
    const current = (await admin.get('/v3/rest/success/health/settings')).body as Settings;
    expect(current.settings).toEqual(current.defaults);
    expect(current.settings.bands).toEqual({ healthy: 70, atRisk: 40 });
  });

  it('previews how many accounts would change band before saving, then saves and rescores', async () => {
    const { settings } = (await admin.get('/v3/rest/success/health/settings')).body as Settings;
    const stricter = { ...settings, bands: { healthy: 90, atRisk: 60 } };
    const preview = (await admin.post('/v3/rest/success/health/settings/preview', { settings: stricter })).body as {
      total: number;
      changed: number;
      byTransition: Record<string, number>;
    };
    expect(preview.total).toBeGreaterThanOrEqual(50);
    expect(preview.changed).toBeGreaterThan(0);
    expect(preview.byTransition['at_risk->healthy']).toBe(0);
    const healthyBefore = ((await admin.get('/v3/rest/success/health?limit=200&band=healthy')).body as Page).items
      .length;

    const saved = await admin.put('/v3/rest/success/health/settings', { settings: stricter });
    expect(saved.status).toBe(200);
    const healthyAfter = ((await admin.get('/v3/rest/success/health?limit=200&band=healthy')).body as Page).items
      .length;
    expect(healthyAfter).toBeLessThan(healthyBefore);
  });

  it('refuses settings that do not make sense, naming the field', async () => {
    const { settings } = (await admin.get('/v3/rest/success/health/settings')).body as Settings;
    const response = await admin.put('/v3/rest/success/health/settings', {
      settings: { ...settings, bands: { healthy: 40, atRisk: 70 } },
    });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect((response.body as { detail: string }).detail).toMatch(/settings\.bands/);
  });
});
