import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';

let app: TestApp;
beforeAll(async () => {
  // The worst case: a trusted proxy forwards a different client address for every attempt.
  app = await startTestApp({ env: { TRUST_PROXY: '127.0.0.1' } });
});
afterAll(async () => app.close());

function wrongSignIn(i: number): Promise<number> {
  return fetch(`${app.baseUrl}/v3/rest/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-requested-with': 'fetch',
      'x-forwarded-for': `10.${Math.floor(i / 250)}.${i % 250}.1`,
    },
    body: JSON.stringify({ email: `flood${i}@nowhere.test`, password: 'not-the-password-1' }),
  }).then(async (response) => {
    await response.arrayBuffer();
    return response.status;
  });
}

/** 50 GETs of an authenticated route, five at a time; returns each one's status and milliseconds. */
async function timeReads(get: () => Promise<{ status: number }>): Promise<{ statuses: number[]; slowestMs: number }> {
  const statuses: number[] = [];
  let slowestMs = 0;
  for (let round = 0; round < 10; round += 1) {
    await Promise.all(
      Array.from({ length: 5 }, async () => {
        const started = performance.now();
        const { status } = await get();
        slowestMs = Math.max(slowestMs, performance.now() - started);
        statuses.push(status);
      }),
    );
  }
  return { statuses, slowestMs };
}

describe('a sign-in flood', () => {
  // 200 requests and up to 34 scrypt hashes: slow on a shared test machine, hence the longer timeout.
  it('is shed without hashing and leaves other requests answered', { timeout: 120_000 }, async () => {
    const { client } = await createSignedInWorkspace(app);
    const quietStarted = performance.now();
    const quiet = await timeReads(() => client.get('/v3/rest/auth/me'));
    const quietMs = performance.now() - quietStarted;

    const flood = Array.from({ length: 200 }, (_, i) => wrongSignIn(i));
    const busyStarted = performance.now();
    const busy = await timeReads(() => client.get('/v3/rest/auth/me'));
    const busyMs = performance.now() - busyStarted;
    const floodStatuses = await Promise.all(flood);

    const shed = floodStatuses.filter((status) => status === 429).length;
    console.info(
      `50 reads: ${Math.round(quietMs)} ms quiet (slowest ${Math.round(quiet.slowestMs)} ms), ` +
        `${Math.round(busyMs)} ms during 200 wrong sign-ins (slowest ${Math.round(busy.slowestMs)} ms); ` +
        `${shed} sign-ins shed with 429, ${floodStatuses.length - shed} checked`,
    );
    expect(new Set(quiet.statuses)).toEqual(new Set([200]));
    expect(new Set(busy.statuses)).toEqual(new Set([200]));
    // Generous: the machine running tests may be shared. Unlimited hashing took far longer here.
    expect(busy.slowestMs).toBeLessThan(10_000);
    expect(new Set(floodStatuses).size).toBeLessThanOrEqual(2);
    expect(floodStatuses.every((status) => status === 401 || status === 429)).toBe(true);
    // Two hash at a time and 32 wait; most of a burst of 200 is answered at once.
    expect(shed).toBeGreaterThanOrEqual(100);
  });
});
