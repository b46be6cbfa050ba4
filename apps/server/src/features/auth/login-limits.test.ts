import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../config/env';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';

type LoginAnswer = { status: number; retryAfter: string | null; contentType: string; body: { detail?: string } };

/** A sign-in as a browser behind a proxy would send it; `forwardedFor` is the claimed client. */
async function login(
  app: TestApp,
  body: { email: string; password: string },
  forwardedFor?: string,
): Promise<LoginAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-requested-with': 'fetch' };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  const response = await fetch(`${app.baseUrl}/v3/rest/auth/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    contentType: response.headers.get('content-type') ?? '',
    body: (await response.json()) as { detail?: string },
  };
}

/**
 * 35 wrong sign-ins for one email, each claiming a different client address. The account locks
 * after five (so the rest never hash); a 429 without the lockout's detail is the per-address limit.
 */
async function spoofedAttempts(app: TestApp, email: string): Promise<string[]> {
  const answers: string[] = [];
  for (let i = 0; i < 35; i += 1) {
    const answer = await login(app, { email, password: 'wrong-password' }, `198.51.100.${i + 1}`);
    const isAccountLock = answer.body.detail?.startsWith('Too many sign-in attempts') ?? false;
    answers.push(answer.status === 429 && !isAccountLock ? 'address' : String(answer.status));
  }
  return answers;
}

describe('TRUST_PROXY setting', () => {
  it('is off unless configured, and takes true, a hop count or proxy addresses', () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    const twoHops = parseEnv({ TRUST_PROXY: '2' }).TRUST_PROXY;
    expect(typeof twoHops === 'function' && [0, 1, 2].map((hop) => twoHops('10.0.0.1', hop))).toEqual([
      true,
      true,
      false,
    ]);
    expect(parseEnv({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,loopback' }).TRUST_PROXY).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'loopback',
    ]);
    expect(() => parseEnv({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY|proxy addresses/);
    expect(() => parseEnv({ TRUST_PROXY: 'proxy.internal' })).toThrow(/proxy addresses/);
  });
});

describe('per-address sign-in limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app.close());

  it('ignores X-Forwarded-For by default, so a new claimed address per request is still limited', async () => {
    const answers = await spoofedAttempts(app, 'spoofed@nowhere.test');
    expect(answers.slice(0, 5)).toEqual(['401', '401', '401', '401', '401']);
    expect(new Set(answers.slice(5, 30))).toEqual(new Set(['429']));
    expect(answers.slice(30)).toEqual(['address', 'address', 'address', 'address', 'address']);
  });
});

describe('per-address sign-in limit behind a trusted proxy', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { TRUST_PROXY: '127.0.0.1' } });
  });
  afterAll(async () => app.close());

  it('counts each forwarded client address separately when the proxy is trusted', async () => {
    const answers = await spoofedAttempts(app, 'proxied@nowhere.test');
    expect(answers.filter((answer) => answer === 'address')).toEqual([]);
    expect(answers.filter((answer) => answer === '401')).toHaveLength(5);
  });
});

describe('per-account lockout', () => {
  let app: TestApp;
  let clock = new Date('2026-03-01T12:00:00.000Z');
  const advance = (seconds: number) => {
    clock = new Date(clock.getTime() + seconds * 1000);
  };
  beforeAll(async () => {
    app = await startTestApp({ env: { TRUST_PROXY: '127.0.0.1' }, now: () => clock });
  });
  afterAll(async () => app.close());

  it('locks an account after five failures from five addresses, refusing even the right password until the lock ends', async () => {
    const { email, password } = await createSignedInWorkspace(app);
    for (let i = 1; i <= 5; i += 1) {
      expect((await login(app, { email, password: `guess-number-${i}` }, `203.0.113.${i}`)).status).toBe(401);
    }

    const locked = await login(app, { email, password }, '203.0.113.77');
    expect(locked.status).toBe(429);
    expect(locked.contentType).toContain('application/problem+json');
    expect(locked.retryAfter).toBe('30');
    expect(locked.body.detail).toBe('Too many sign-in attempts. Try again in 30 seconds.');

    advance(20);
    expect((await login(app, { email, password }, '203.0.113.78')).retryAfter).toBe('10');

    // The sixth failure doubles the lock.
    advance(11);
    expect((await login(app, { email, password: 'guess-number-6' }, '203.0.113.6')).status).toBe(401);
    const longer = await login(app, { email, password }, '203.0.113.79');
    expect([longer.status, longer.retryAfter]).toEqual([429, '60']);

    advance(61);
    expect((await login(app, { email, password }, '203.0.113.80')).status).toBe(200);

    // Success resets the count: one more failure neither locks nor blocks the right password.
    expect((await login(app, { email, password: 'guess-number-7' }, '203.0.113.7')).status).toBe(401);
    expect((await login(app, { email, password }, '203.0.113.81')).status).toBe(200);
  });

  it('answers an unknown email exactly like a known one', async () => {
    const email = 'nobody-here@hooli.test';
    const answers: LoginAnswer[] = [];
    for (let i = 1; i <= 6; i += 1) answers.push(await login(app, { email, password: `guess-${i}` }, `192.0.2.${i}`));
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(answers[5]?.retryAfter).toBe('30');
    expect(answers[5]?.body.detail).toBe('Too many sign-in attempts. Try again in 30 seconds.');
  });
});
