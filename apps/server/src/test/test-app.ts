import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createInProcessQueue } from '../jobs/in-process-queue';
import type { JobQueue } from '../jobs/job-queue';
import { createEncryptor, type Encryptor } from '../lib/encryption';
import { parseEnv } from '../config/env';
import type { Database } from '../db/client';
import { accounts } from '../db/schema';
import { buildApp } from '../http/app';
import { createWorkspaceWithAdmin } from '../features/setup/setup.service';
import { createTestDatabase } from './database';
import { TestClient } from './http-client';

export type TestApp = {
  database: Database;
  encryptor: Encryptor;
  jobs: JobQueue;
  baseUrl: string;
  client: () => TestClient;
  close: () => Promise<void>;
};

/** The real app over real HTTP on a real, freshly migrated database. */
export async function startTestApp(
  options: { now?: () => Date; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  const encryptor = createEncryptor(randomBytes(32));
  const now = options.now ?? (() => new Date());
  const jobs = createInProcessQueue(
    { db: database.db, encryptor, now, workerId: 'test-worker', leaseMs: 60_000 },
    { error: () => undefined },
  );
  const app = await buildApp({ db: database.db, env, logger: false, now, encryptor, jobs });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    database,
    encryptor,
    jobs,
    baseUrl,
    client: () => new TestClient(baseUrl),
    close: async () => {
      await jobs.stop();
      await app.close();
      await database.close();
    },
  };
}

let sequence = 0;

/** A workspace with an admin, signed in; overrides name the workspace and the admin. */
export async function createSignedInWorkspace(
  app: TestApp,
  overrides: { workspaceName?: string; email?: string } = {},
) {
  sequence += 1;
  const email = overrides.email ?? `admin${sequence}@ws${sequence}.test`;
  const password = 'correct-horse-battery-9';
  const { workspace, user } = await createWorkspaceWithAdmin(app.database.db, {
    workspaceName: overrides.workspaceName ?? `Workspace ${sequence}`,
    email,
    password,
  });
  const client = app.client();
  const login = await client.post('/v3/rest/auth/login', { email, password });
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
  return { workspace, user, client, email, password };
}

export async function insertAccount(
  app: TestApp,
  workspaceId: string,
  overrides: Partial<typeof accounts.$inferInsert> = {},
) {
  sequence += 1;
  const [row] = await app.database.db
    .insert(accounts)
    .values({ workspaceId, domain: `company${sequence}.test`, name: `Company ${sequence}`, ...overrides })
    .returning();
  if (!row) throw new Error('insert returned no account');
  return row;
}
