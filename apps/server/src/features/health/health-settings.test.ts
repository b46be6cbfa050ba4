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
    expect(preview.byTransition['at_risk->healthy']).toBeUndefined();
    const healthyBefore = ((await admin.get('/v3/rest/success/health?limit=200&band=healthy')).body as Page).items
      .length;

    const saved = await admin.put('/v3/rest/success/health/settings', { settings: stricter });
    expect(saved.status).toBe(200);
    const healthyAfter = ((await admin.get('/v3/rest/success/health?limit=200&band=healthy')).body as Page).items
      .length;
    expect(healthyAfter).toBeLessThan(healthyBefore);
  });

  it('shows the effect of a dimension weight: scores and per-state counts move', async () => {
    const { settings } = (await admin.get('/v3/rest/success/health/settings')).body as Settings & {
      settings: { weights: { adoption: number } };
    };
    type Preview = {
      total: number;
      scoresChanged: number;
      counts: { before: Record<string, number>; after: Record<string, number> };
      sample: { before: { score: number }; after: { score: number } }[];
    };
    const same = (await admin.post('/v3/rest/success/health/settings/preview', { settings })).body as Preview;
    expect(same.scoresChanged).toBe(0);
    expect(same.counts.after).toEqual(same.counts.before);

    const heavierAdoption = { ...settings, weights: { ...settings.weights, adoption: settings.weights.adoption * 3 } };
    const preview = (await admin.post('/v3/rest/success/health/settings/preview', { settings: heavierAdoption }))
      .body as Preview;
    expect(preview.scoresChanged).toBeGreaterThan(0);
    expect(preview.counts.after).not.toEqual(preview.counts.before);
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(sum(preview.counts.before)).toBe(preview.total);
    expect(sum(preview.counts.after)).toBe(preview.total);
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
