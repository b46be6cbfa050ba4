import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { parseEnv } from '../../config/env';
import { listenFake, sendJson, type FakeHttpServer } from '../../integrations/testing/fake-http-server';
import { startStripeFake, type StripeFake } from '../../integrations/stripe/fake-server';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

const stripeKey = 'sk_test_destination_0001';

type RecordedRequest = { method: string; path: string; headers: IncomingMessage['headers'] };
type Recorder = FakeHttpServer & { requests: RecordedRequest[] };

/** A host that records every request it gets and answers with `reply` (404 and a body by default). */
async function startRecorder(reply: { status: number; body: unknown } = { status: 404, body: {} }): Promise<Recorder> {
  const requests: RecordedRequest[] = [];
  const server = await listenFake('recorder', (req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers });
    sendJson(res, reply.status, reply.body);
    return Promise.resolve();
  });
  return { ...server, requests };
}

function detailOf(body: unknown): string {
  return typeof body === 'object' && body !== null && 'detail' in body ? String(body.detail) : '';
}

describe('where stored credentials are sent', () => {
  let app: TestApp;
  let admin: TestClient;
  let stripeA: StripeFake;
  let stripeB: StripeFake;
  let attacker: Recorder;

  beforeAll(async () => {
    app = await startTestApp();
    admin = (await createSignedInWorkspace(app)).client;
    stripeA = await startStripeFake({ secretKey: stripeKey });
    stripeB = await startStripeFake({ secretKey: stripeKey });
    attacker = await startRecorder();
    const connected = await admin.put('/v3/rest/integrations/stripe', {
      credentials: { secretKey: stripeKey },
      settings: { baseUrl: stripeA.baseUrl },
    });
    expect(connected.status).toBe(200);
    await app.jobs.drain();
  });
  afterAll(async () => {
    await app.close();
    await Promise.all([stripeA.close(), stripeB.close(), attacker.close()]);
  });

  it('refuses a new base URL without the credentials typed again, and the new host hears nothing', async () => {
    const response = await admin.put('/v3/rest/integrations/stripe', { settings: { baseUrl: attacker.baseUrl } });
    expect(response.status).toBe(422);
    expect(response.contentType).toContain('application/problem+json');
    expect(detailOf(response.body)).toBe('Enter the credentials again to change where they are sent.');
    await app.jobs.drain();
    expect(attacker.requests).toEqual([]);
    const stored = await admin.get('/v3/rest/integrations/stripe');
    expect(stored.body).toMatchObject({ baseUrl: stripeA.baseUrl });
  });

  it('keeps the stored credentials when the base URL is unchanged', async () => {
    const response = await admin.put('/v3/rest/integrations/stripe', {
      settings: { baseUrl: `${stripeA.baseUrl}/`, syncIntervalMinutes: 30 },
    });
    expect(response.status).toBe(200);
    await app.jobs.drain();
  });

  it('moves to a new base URL when the credentials come with it', async () => {
    const requestsBefore = stripeB.state.requests.length;
    const response = await admin.put('/v3/rest/integrations/stripe', {
      credentials: { secretKey: stripeKey },
      settings: { baseUrl: stripeB.baseUrl },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ baseUrl: stripeB.baseUrl });
    await app.jobs.drain();
    expect(stripeB.state.requests.length).toBeGreaterThan(requestsBefore);
  });

  it.each(['file:///etc/passwd', 'gopher://127.0.0.1:70/_secret', 'ftp://127.0.0.1/'])(
    'refuses %s as a base URL with 400',
    async (baseUrl) => {
      const response = await admin.put('/v3/rest/integrations/stripe', {
        credentials: { secretKey: stripeKey },
        settings: { baseUrl },
      });
      expect(response.status).toBe(400);
      expect(response.contentType).toContain('application/problem+json');
    },
  );

  it('summarizes what a provider answered: short, one line, no secret-looking strings', async () => {
    const leaky = await startRecorder({
      status: 404,
      body: {
        detail: `There is no API route GET /internal/admin. Admin key sk_live_51HleakedKEY0123456789abcdef\n\u0007${'<div>internal page</div>'.repeat(60)} token=${'A1b2C3d4'.repeat(8)}`,
      },
    });
    try {
      const response = await admin.put('/v3/rest/integrations/salesbricks', {
        credentials: { apiToken: 'sb_token_0001' },
        settings: { baseUrl: leaky.baseUrl },
      });
      expect(response.status).toBe(422);
      const detail = detailOf(response.body);
      expect(detail).toMatch(/^Salesbricks answered with an error: Salesbricks answered 404: There is no API route/);
      expect(detail.length).toBeLessThanOrEqual(200);
      expect(detail).not.toContain('sk_live_51HleakedKEY');
      expect(detail).not.toContain('A1b2C3d4A1b2C3d4');
      expect([...detail].some((char) => char.charCodeAt(0) < 0x20)).toBe(false);
      expect(leaky.requests.length).toBeGreaterThan(0);
    } finally {
      await leaky.close();
    }
  });
});

describe('base URL overrides switched off by the operator', () => {
  let app: TestApp;
  let admin: TestClient;
  let stripe: StripeFake;

  beforeAll(async () => {
    app = await startTestApp({ env: { ALLOW_PROVIDER_BASE_URL: 'false' } });
    admin = (await createSignedInWorkspace(app)).client;
    stripe = await startStripeFake({ secretKey: stripeKey });
  });
  afterAll(async () => {
    await app.close();
    await stripe.close();
  });

  it('refuses a base URL even with credentials, before calling it', async () => {
    const response = await admin.put('/v3/rest/integrations/stripe', {
      credentials: { secretKey: stripeKey },
      settings: { baseUrl: stripe.baseUrl },
    });
    expect(response.status).toBe(422);
    expect(detailOf(response.body)).toContain('ALLOW_PROVIDER_BASE_URL');
    expect(stripe.state.requests).toEqual([]);
  });

  it('refuses a self-hosted PostHog host', async () => {
    const selfHosted = await admin.put('/v3/rest/integrations/posthog', {
      credentials: { personalApiKey: 'phx_destination_0001' },
      settings: { projectId: '1', host: stripe.baseUrl },
    });
    expect(selfHosted.status).toBe(422);
    expect(detailOf(selfHosted.body)).toContain('ALLOW_PROVIDER_BASE_URL');
    expect(stripe.state.requests).toEqual([]);
  });
});

describe('ALLOW_PROVIDER_BASE_URL default', () => {
  it('is on only when NODE_ENV is explicitly test or development', () => {
    expect(parseEnv({}).ALLOW_PROVIDER_BASE_URL).toBe(false);
    expect(parseEnv({ NODE_ENV: 'production' }).ALLOW_PROVIDER_BASE_URL).toBe(false);
    expect(parseEnv({ NODE_ENV: 'test' }).ALLOW_PROVIDER_BASE_URL).toBe(true);
    expect(parseEnv({ NODE_ENV: 'development' }).ALLOW_PROVIDER_BASE_URL).toBe(true);
    expect(parseEnv({ NODE_ENV: 'production', ALLOW_PROVIDER_BASE_URL: 'true' }).ALLOW_PROVIDER_BASE_URL).toBe(true);
    expect(parseEnv({ NODE_ENV: 'test', ALLOW_PROVIDER_BASE_URL: 'false' }).ALLOW_PROVIDER_BASE_URL).toBe(false);
  });
});
