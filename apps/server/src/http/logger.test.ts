import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema';
import { hashPassword } from '../lib/secrets';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { createWorkspaceWithAdmin } from '../features/setup/setup.service';
import { createLogger, isSecretField, scrubSecretValues } from './logger';

function bufferedLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: createLogger({ LOG_LEVEL: 'trace' }, sink), text: () => lines.join('') };
}

let database: TestDatabase;
let failedInsert: unknown;
let hash: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const { workspace } = await createWorkspaceWithAdmin(database.db, {
    workspaceName: 'Hooli',
    email: 'gavin@hooli.test',
    password: 'Quiet-Meadow-Falcon-2048',
  });
  hash = await hashPassword('Quiet-Meadow-Falcon-2048');
  // A real failed insert on this database: drizzle's error carries the row's values as parameters.
  failedInsert = await database.db
    .insert(users)
    .values({ workspaceId: workspace.id, email: 'gavin@hooli.test', passwordHash: hash, role: 'member' })
    .then(
      () => null,
      (error: unknown) => error,
    );
});
afterAll(async () => database.close());

describe('the log of a failed insert', () => {
  it('keeps the query and the database code but never the parameters, however the error is logged', () => {
    expect(failedInsert).toBeInstanceOf(Error);
    expect(String((failedInsert as Error).message)).toContain(hash);
    const { log, text } = bufferedLogger();
    log.error({ err: failedInsert }, 'unhandled error');
    log.error(failedInsert);
    log.error({ error: failedInsert, context: { failure: failedInsert } }, 'nested');
    log.error((failedInsert as Error).message);
    log.error((failedInsert as Error).stack);

    const logged = text();
    expect(logged).not.toContain(hash);
    expect(logged).not.toMatch(/scrypt\$/);
    expect(logged).not.toContain('gavin@hooli.test');
    expect(logged).toContain('insert into \\"users\\"');
    expect(logged).toContain('23505');
    expect(logged).toContain('users_workspace_email_key');
  });
});

describe('secret fields', () => {
  it('replaces secret fields at any depth and keeps the rest', () => {
    const { log, text } = bufferedLogger();
    log.info(
      {
        user: { email: 'richard@piedpiper.test', password: 'tabs-not-spaces-1', passwordHash: 'h' },
        connection: {
          provider: 'stripe',
          credentials: { secretKey: 'plain-secret-value-1' },
          settings: { apiKey: 'plain-secret-value-2', 'x-api-key': 'plain-secret-value-3' },
        },
        items: [{ accessToken: 'plain-secret-value-4' }, { client_secret: 'plain-secret-value-5' }],
        params: ['plain-secret-value-6'],
      },
      'connection saved',
    );
    const logged = text();
    expect(logged).not.toMatch(/plain-secret-value|tabs-not-spaces/);
    expect(logged).toContain('richard@piedpiper.test');
    expect(logged).toContain('"provider":"stripe"');
    expect(logged).toContain('[redacted]');
  });

  it('names secret fields by suffix, whatever the case and separators', () => {
    expect(['password', 'passwordHash', 'password_hash', 'secretKey', 'X-Api-Key', 'token', 'sessionToken']).toSatisfy(
      (names: string[]) => names.every(isSecretField),
    );
    expect(['email', 'provider', 'tokenName', 'key', 'role']).toSatisfy((names: string[]) =>
      names.every((name) => !isSecretField(name)),
    );
  });

  it('scrubs hashes and tokens from any text by their shape', () => {
    const text = scrubSecretValues(
      'h=scrypt$32768$8$1$c2FsdHNhbHQ$a2V5a2V5a2V5 t=sess_AbCdEfGhIjKlMnOp k=sk_test_51Hxyzxyzxyzxyz a=Bearer abcdefgh12345',
    );
    expect(text).toBe('h=[redacted] t=[redacted] k=[redacted] a=Bearer [redacted]');
  });
});
