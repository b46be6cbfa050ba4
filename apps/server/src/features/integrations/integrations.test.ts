import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Connector } from '../../integrations/connector';
import { registerConnector } from '../../integrations/connector-registry';
import { ProviderError } from '../../integrations/http/provider-error';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

const secretToken = 'tok_live_9f8e7d6c5b4a-very-secret';

/** A provider standing in for a real one: one page of deals, one of them without a domain. */
const connector: Connector<{ accessToken: string }, Record<string, never>> = {
  provider: 'attio',
  displayName: 'Attio',
  credentialsSchema: z.object({ accessToken: z.string().min(8, 'Paste the full access token.') }),
  settingsSchema: z.object({}),
  supportsIncremental: false,
  testConnection: ({ credentials }) =>
    credentials.accessToken === secretToken
      ? Promise.resolve({ detail: 'Reached workspace Pied Piper' })
      : Promise.reject(new ProviderError('auth', 'The access token is invalid or has been revoked.')),
  fetchPage: () =>
    Promise.resolve({
      records: [
        {
          kind: 'deal',
          ref: { customerExternalId: 'c1', domain: 'hooli.com', label: 'Hooli' },
          row: {
            externalId: 'deal-1',
            name: 'Hooli expansion',
            stage: 'Demo',
            status: 'open',
            amountMinor: 5_000_00,
            currency: 'USD',
          },
        },
        {
          kind: 'deal',
          ref: { customerExternalId: 'c2', domain: null, label: 'Jian-Yang', email: 'jianyang@gmail.com' },
          row: {
            externalId: 'deal-2',
            name: 'SeeFood',
            stage: 'Discovery',
            status: 'open',
            amountMinor: 1_000_00,
            currency: 'USD',
          },
        },
      ],
      quarantined: [
        { externalId: 'deal-3', error: 'amount: expected a number, got "lots"', payload: { amount: 'lots' } },
      ],
      nextCursor: null,
    }),
};
registerConnector(connector);

let app: TestApp;
let admin: TestClient;
let other: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = (await createSignedInWorkspace(app, { workspaceName: 'Pied Piper' })).client;
  other = (await createSignedInWorkspace(app, { workspaceName: 'Hooli' })).client;
});
afterAll(async () => app.close());

type Integration = {
  provider: string;
  status: string;
  isAvailable: boolean;
  hasCredentials: boolean;
  lastRun: { recordsCreated: number; recordsQuarantined: number } | null;
};
const find = async (client: TestClient, provider: string) =>
  ((await client.get('/v3/rest/integrations')).body as { items: Integration[] }).items.find(
    (i) => i.provider === provider,
  );

describe('Settings → Integrations API', () => {
  it('lists every provider, marking the ones without a connector as unavailable', async () => {
    const items = ((await admin.get('/v3/rest/integrations')).body as { items: Integration[] }).items;
    expect(items.map((i) => i.provider)).toEqual([
      'stripe',
      'salesbricks',
      'posthog',
      'hubspot',
      'attio',
      'salesforce',
      'github',
      'rss',
    ]);
    expect(items.find((i) => i.provider === 'attio')).toMatchObject({ status: 'not_connected', isAvailable: true });
    expect(items.find((i) => i.provider === 'salesforce')).toMatchObject({ isAvailable: false });
  });

  it('explains invalid credentials in the provider’s words and saves nothing', async () => {
    const tooShort = await admin.put('/v3/rest/integrations/attio', { credentials: { accessToken: 'x' } });
    expect(tooShort.status).toBe(400);
    expect((tooShort.body as { detail: string }).detail).toContain('Paste the full access token.');
    const refused = await admin.put('/v3/rest/integrations/attio', { credentials: { accessToken: 'wrong-token-123' } });
    expect(refused.status).toBe(422);
    expect(refused.contentType).toContain('application/problem+json');
    expect((refused.body as { detail: string }).detail).toBe(
      'Attio refused the credentials: The access token is invalid or has been revoked.',
    );
    expect(await find(admin, 'attio')).toMatchObject({ status: 'not_connected' });
  });

  it('connects, syncs, and never returns or stores the credentials in clear', async () => {
    const saved = await admin.put('/v3/rest/integrations/attio', {
      credentials: { accessToken: secretToken },
      settings: { syncIntervalMinutes: 30 },
    });
    expect(saved.status).toBe(200);
    expect(JSON.stringify(saved.body)).not.toContain(secretToken);
    await app.jobs.drain();
    const integration = await find(admin, 'attio');
    expect(integration).toMatchObject({
      status: 'healthy',
      hasCredentials: true,
      lastRun: { recordsCreated: 2, recordsQuarantined: 1 },
    });

    const dump = await app.database.db.execute(sql`select row_to_json(c)::text as row from connections c`);
    expect(JSON.stringify(dump)).toContain('v1.');
    expect(JSON.stringify(dump)).not.toContain(secretToken);
    expect(JSON.stringify((await admin.get('/v3/rest/integrations')).body)).not.toContain(secretToken);

    expect((await admin.post('/v3/rest/integrations/attio/test')).body).toEqual({
      ok: true,
      detail: 'Reached workspace Pied Piper',
    });
    const runs = (await admin.get('/v3/rest/integrations/attio/runs')).body as { items: { status: string }[] };
    expect(runs.items[0]).toMatchObject({ status: 'succeeded' });
    const quarantine = (await admin.get('/v3/rest/integrations/attio/quarantine')).body as {
      items: { externalId: string; error: string }[];
    };
    expect(quarantine.items).toMatchObject([{ externalId: 'deal-3', error: 'amount: expected a number, got "lots"' }]);
  });

  it('lists unmatched customers and remembers a manual link', async () => {
    const unmatched = (await admin.get('/v3/rest/integrations/unmatched')).body as {
      items: { id: string; label: string; email: string }[];
    };
    expect(unmatched.items).toMatchObject([{ label: 'Jian-Yang', email: 'jianyang@gmail.com' }]);
    const linked = await admin.post(`/v3/rest/integrations/unmatched/${unmatched.items[0]?.id}/link`, {
      companyDomain: 'https://www.seefood.app/',
    });
    expect(linked.status).toBe(204);
    await app.jobs.drain();
    expect((await admin.get('/v3/rest/integrations/unmatched')).body).toEqual({ items: [] });
    const detail = await admin.get('/v3/rest/success/customers/seefood.app');
    expect(detail.body).toMatchObject({ account: { name: 'Jian-Yang' }, counts: { deals: 1 } });
  });

  it('pauses and resumes, and only healthy connections count for readiness', async () => {
    const ready = (await admin.get('/v3/rest/success/sections/pipeline/setup')).body as {
      connectors: { provider: string; status: string }[];
      isReady: boolean;
    };
    expect(ready.connectors.find((c) => c.provider === 'attio')?.status).toBe('connected');
    expect(ready.isReady).toBe(true);
    expect((await admin.patch('/v3/rest/integrations/attio', { isPaused: true })).body).toMatchObject({
      status: 'disabled',
    });
    const paused = (await admin.get('/v3/rest/success/sections/pipeline/setup')).body as {
      connectors: { provider: string; status: string }[];
    };
    expect(paused.connectors.find((c) => c.provider === 'attio')?.status).toBe('available');
    expect((await admin.post('/v3/rest/integrations/attio/sync', { mode: 'full' })).status).toBe(422);
    expect((await admin.patch('/v3/rest/integrations/attio', { isPaused: false })).body).toMatchObject({
      status: 'healthy',
    });
  });

  it('answers an unknown section with 404 problem+json', async () => {
    const response = await admin.get('/v3/rest/success/sections/marketing/setup');
    expect(response.status).toBe(404);
    expect(response.contentType).toContain('application/problem+json');
  });

  it('keeps connections invisible to other workspaces', async () => {
    expect(await find(other, 'attio')).toMatchObject({ status: 'not_connected' });
    expect((await other.get('/v3/rest/integrations/unmatched')).body).toEqual({ items: [] });
    expect((await other.get('/v3/rest/integrations/attio/runs')).status).toBe(404);
    expect((await other.delete('/v3/rest/integrations/attio')).status).toBe(404);
  });

  it('removes a connection, keeping or purging its data', async () => {
    expect((await admin.delete('/v3/rest/integrations/attio?purge=false')).status).toBe(204);
    expect((await admin.get('/v3/rest/success/customers/hooli.com')).body).toMatchObject({ counts: { deals: 1 } });
    await admin.put('/v3/rest/integrations/attio', { credentials: { accessToken: secretToken } });
    await app.jobs.drain();
    expect((await admin.delete('/v3/rest/integrations/attio?purge=true')).status).toBe(204);
    expect((await admin.get('/v3/rest/success/customers/hooli.com')).body).toMatchObject({ counts: { deals: 0 } });
  });
});
