import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseEnv } from '../config/env';
import { users } from '../db/schema';
import { startStripeFake, type StripeFake } from '../integrations/stripe/fake-server';
import { createInProcessQueue } from '../jobs/in-process-queue';
import { createEncryptor } from '../lib/encryption';
import { hashPassword } from '../lib/secrets';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { TestClient } from '../test/http-client';
import { buildApp, createLogger } from './app';

const adminPassword = 'Quiet-Meadow-Falcon-2048';
const memberPassword = 'Amber-Kettle-Orbit-7713';
const wrongPassword = 'Wrong-Guess-Lantern-4410';
const stripeKey = 'sk_test_trace_log_secret_91';

let logged = '';
let database: TestDatabase;
let fake: StripeFake;
let baseUrl: string;
let close: () => Promise<void>;

beforeAll(async () => {
  fake = await startStripeFake({ secretKey: stripeKey });
  database = await createTestDatabase();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged += chunk.toString();
      done();
    },
  });
  const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'trace' });
  const logger = createLogger(env, sink);
  const encryptor = createEncryptor(randomBytes(32));
  const jobs = createInProcessQueue(
    { db: database.db, encryptor, now: () => new Date(), workerId: 'w', leaseMs: 60_000 },
    logger,
  );
  const app = await buildApp({ db: database.db, env, logger, encryptor, jobs });
  // A failed insert that reaches the error handler, as a constraint race on any route would.
  app.get('/failing-insert', async () => {
    const [admin] = await database.db.select().from(users).limit(1);
    if (!admin) throw new Error('no admin yet');
    await database.db
      .insert(users)
      .values({ ...admin, id: undefined, passwordHash: await hashPassword(adminPassword) });
    return { ok: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  close = async () => {
    await jobs.stop();
    await app.close();
  };
});
afterAll(async () => {
  await close();
  await database.close();
  await fake.close();
});

describe('trace-level logs', () => {
  it('hold no password, hash, session, API token or provider key after every credential path', async () => {
    const admin = new TestClient(baseUrl);
    expect(
      (await admin.post('/v3/rest/setup', { workspaceName: 'Logs', email: 'admin@logs.test', password: adminPassword }))
        .status,
    ).toBe(201);
    expect(
      (await new TestClient(baseUrl).post('/v3/rest/auth/login', { email: 'admin@logs.test', password: wrongPassword }))
        .status,
    ).toBe(401);
    const login = await admin.post('/v3/rest/auth/login', { email: 'admin@logs.test', password: adminPassword });
    expect(login.status).toBe(200);
    const sessionToken = /success_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1];
    expect(sessionToken).toBeTruthy();

    const created = await admin.post('/v3/rest/auth/tokens', { name: 'ci' });
    expect(created.status).toBe(201);
    const { token: apiToken } = z.object({ token: z.string() }).parse(created.body);
    expect((await new TestClient(baseUrl).withToken(apiToken).get('/v3/rest/users')).status).toBe(200);

    const member = { email: 'member@logs.test', password: memberPassword, role: 'member' };
    const adds = await Promise.all([1, 2, 3].map(() => admin.post('/v3/rest/users', member)));
    expect(adds.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);

    const failed = await new TestClient(baseUrl).get('/failing-insert');
    expect(failed.status).toBe(500);

    await admin.put('/v3/rest/integrations/stripe', {
      credentials: { secretKey: 'sk_test_wrong_key_trace_0' },
      settings: { baseUrl: fake.baseUrl },
    });
    await admin.put('/v3/rest/integrations/stripe', {
      credentials: { secretKey: stripeKey },
      settings: { baseUrl: fake.baseUrl },
    });
    await admin.post('/v3/rest/integrations/stripe/sync', { mode: 'full' });

    const hashes = (await database.db.select({ hash: users.passwordHash }).from(users)).map((row) => row.hash);
    expect(hashes.length).toBeGreaterThanOrEqual(2);
    for (const hash of hashes) expect(logged).not.toContain(hash);
    expect(logged).not.toMatch(/scrypt\$/);
    for (const secret of [adminPassword, memberPassword, wrongPassword, sessionToken ?? '', apiToken, stripeKey]) {
      expect(logged).not.toContain(secret);
    }
    expect(logged).not.toContain('sk_test_wrong_key_trace_0');
    // The failed insert was still logged, with what failed but without its values.
    expect(logged).toContain('unhandled error');
    expect(logged).toContain('23505');
  });
});
