import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../config/env';
import { buildApp } from '../../http/app';
import { startStripeFake, type StripeFake } from '../../integrations/stripe/fake-server';
import { createInProcessQueue } from '../../jobs/in-process-queue';
import { createEncryptor } from '../../lib/encryption';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { TestClient } from '../../test/http-client';
import { createWorkspaceWithAdmin } from '../setup/setup.service';

const secretKey = 'sk_test_never_log_me_42';
let logged = '';
let database: TestDatabase;
let fake: StripeFake;
let close: () => Promise<void>;
let client: TestClient;

beforeAll(async () => {
  fake = await startStripeFake({ secretKey });
  database = await createTestDatabase();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged += chunk.toString();
      done();
    },
  });
  const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'trace' });
  const encryptor = createEncryptor(randomBytes(32));
  const logger = pino(
    { level: 'trace', redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'] },
    sink,
  );
  const jobs = createInProcessQueue(
    { db: database.db, encryptor, now: () => new Date(), workerId: 'w', leaseMs: 60_000 },
    logger,
  );
  const app = await buildApp({ db: database.db, env, logger, encryptor, jobs });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  await createWorkspaceWithAdmin(database.db, {
    workspaceName: 'Logs',
    email: 'admin@logs.test',
    password: 'correct-horse-battery-9',
  });
  client = new TestClient(`http://127.0.0.1:${port}`);
  await client.post('/v3/rest/auth/login', { email: 'admin@logs.test', password: 'correct-horse-battery-9' });
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

describe('secrets and logs', () => {
  it('never writes a provider key, a session cookie or a password to the log, even at trace level', async () => {
    await client.put('/v3/rest/integrations/stripe', {
      credentials: { secretKey: 'sk_test_wrong_key_0' },
      settings: { baseUrl: fake.baseUrl },
    });
    expect(
      (
        await client.put('/v3/rest/integrations/stripe', {
          credentials: { secretKey },
          settings: { baseUrl: fake.baseUrl },
        })
      ).status,
    ).toBe(200);
    await client.post('/v3/rest/integrations/stripe/sync', { mode: 'full' });
    expect(logged.length).toBeGreaterThan(100);
    expect(logged).not.toContain(secretKey);
    expect(logged).not.toContain('sk_test_wrong_key_0');
    expect(logged).not.toContain('correct-horse-battery-9');
    expect(logged).not.toMatch(/success_session=sess_/);
  });
});
