import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../lib/cursor';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../test/test-app';
import type { TestClient } from '../test/http-client';

let app: TestApp;
let client: TestClient;
let cookie: string;

beforeAll(async () => {
  app = await startTestApp();
  const signedIn = await createSignedInWorkspace(app);
  client = signedIn.client;
  // The session cookie, for the raw requests a browser form would send.
  const login = await fetch(`${app.baseUrl}/v3/rest/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: signedIn.email, password: signedIn.password }),
  });
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  await insertAccount(app, signedIn.workspace.id, { name: 'Aviato', domain: 'aviato.com' });
});
afterAll(async () => app.close());

type RawAnswer = { status: number; contentType: string; body: string };

/** A request straight over node:http, so nothing in a client library normalizes or limits it. */
function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<RawAnswer> {
  const url = new URL(app.baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, method, path, headers, insecureHTTPParser: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    if (body !== undefined) outgoing.write(body);
    outgoing.end();
  });
}

function expectProblem(answer: RawAnswer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.contentType).toContain('application/problem+json');
  expect(JSON.parse(answer.body)).toMatchObject({ status, code });
}

describe('errors before a route answers are problem+json with their own status', () => {
  it('answers an undecodable URL with 400', async () => {
    expectProblem(await raw('GET', '/v3/rest/integrations/%'), 400, 'bad_request');
  });

  it('answers an address over 8 KB with 414', async () => {
    expectProblem(await raw('GET', `/v3/rest/success/health?q=${'a'.repeat(9000)}`), 414, 'uri_too_long');
  });

  it('answers headers over Node’s limit with 431', async () => {
    expectProblem(await raw('GET', '/v3/rest/auth/me', { 'x-padding': 'a'.repeat(20_000) }), 431, 'headers_too_large');
  });

  it('answers a content type the API does not read with 415', async () => {
    const answer = await raw(
      'POST',
      '/v3/rest/auth/login',
      { 'content-type': 'application/xml', 'x-requested-with': 'fetch' },
      '<login/>',
    );
    expectProblem(answer, 415, 'unsupported_media_type');
  });

  it('answers a body over 1 MB with 413', async () => {
    const body = JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(1_100_000) });
    expectProblem(
      await raw('POST', '/v3/rest/auth/login', { 'content-type': 'application/json' }, body),
      413,
      'payload_too_large',
    );
  });
});

describe('text with control characters never reaches the database', () => {
  it('refuses a NUL in a JSON body, naming the field', async () => {
    const response = await client.patch('/v3/rest/workspace', { name: 'Pied\u0000Piper' });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'body.name' }] });
  });

  it('refuses a NUL in the query string and in a nested key', async () => {
    const query = await client.get('/v3/rest/success/health?q=%00');
    expect(query.status).toBe(400);
    expect(query.body).toMatchObject({ errors: [{ path: 'querystring.q' }] });
    const key = await client.post('/v3/rest/auth/tokens', { name: 'ok', ['x\u0001']: 1 });
    expect(key.status).toBe(400);
  });

  it('keeps tabs and line breaks, which are ordinary text', async () => {
    const response = await client.patch('/v3/rest/workspace', { name: 'Pied\tPiper' });
    expect(response.status).toBe(200);
  });
});

describe('cursors are checked against the list they page', () => {
  const id = '00000000-0000-4000-8000-000000000000';
  const cases: Array<[string, string]> = [
    [
      'a number beyond bigint range on Health (ARR sort)',
      `/v3/rest/success/health?sort=arr&cursor=${encodeCursor({ k: 1e300, id })}`,
    ],
    [
      'a triage key beyond bigint range',
      `/v3/rest/success/health?cursor=${encodeCursor({ k: '99999999999999999999', id })}`,
    ],
    [
      'a date beyond PostgreSQL’s range on Health',
      `/v3/rest/success/health?sort=renewal&cursor=${encodeCursor({ k: '+275760-09-13T00:00:00.000Z', id })}`,
    ],
    ['a Contracts (MRR) cursor on Routes', `/v3/rest/success/routes?cursor=${encodeCursor({ k: 120000, id })}`],
    [
      'a Health (name) cursor on the activity feed',
      `/v3/rest/success/customers/aviato.com/activity?cursor=${encodeCursor({ k: 'Aviato', id })}`,
    ],
    [
      'a date that is not a date on Routes',
      `/v3/rest/success/routes?cursor=${encodeCursor({ k: '2026-02-30T00:00:00.000Z', id })}`,
    ],
    [
      'a text key with a NUL on Contracts',
      `/v3/rest/success/contracts?sort=account&cursor=${encodeCursor({ k: 'a\u0000', id })}`,
    ],
  ];
  it.each(cases)('refuses %s with 400', async (_name, path) => {
    const response = await client.get(path);
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect((response.body as { detail: string }).detail).toMatch(/^The cursor belongs to another list/);
  });
});

describe('cross-site requests with the session cookie are refused', () => {
  it('refuses a text/plain form post', async () => {
    const answer = await raw(
      'POST',
      '/v3/rest/success/health/recompute',
      { cookie, 'content-type': 'text/plain' },
      'x=1',
    );
    expectProblem(answer, 403, 'forbidden');
  });

  it('refuses a bodiless post without the header', async () => {
    expectProblem(await raw('POST', '/v3/rest/auth/logout', { cookie }), 403, 'forbidden');
    expect((await raw('GET', '/v3/rest/auth/me', { cookie })).status).toBe(200);
  });

  it('refuses JSON from a foreign origin', async () => {
    const answer = await raw(
      'POST',
      '/v3/rest/auth/tokens',
      { cookie, 'content-type': 'application/json', origin: 'http://127.0.0.1:1' },
      '{"name":"forged"}',
    );
    expectProblem(answer, 403, 'forbidden');
  });

  it('accepts the app’s own bodiless post (header, same origin)', async () => {
    const answer = await raw(
      'POST',
      '/v3/rest/auth/tokens',
      {
        cookie,
        'content-type': 'application/json',
        origin: app.baseUrl,
      },
      '{"name":"mine"}',
    );
    expect(answer.status).toBe(201);
  });

  it('exempts bearer-token calls, which a form cannot send', async () => {
    const created = await client.post('/v3/rest/auth/tokens', { name: 'script' });
    const { token } = created.body as { token: string };
    const answer = await raw('POST', '/v3/rest/success/health/recompute', { authorization: `Bearer ${token}` });
    expect(answer.status).toBeLessThan(300);
  });

  it('refuses a login form posted from another site', async () => {
    const answer = await raw('POST', '/v3/rest/auth/login', { 'content-type': 'text/plain' }, '{"email":"a@b.test"}');
    expectProblem(answer, 403, 'forbidden');
  });
});
