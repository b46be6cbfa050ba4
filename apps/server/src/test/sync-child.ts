/**
 * A sync in its own process, for the crash test: the parent kills it with SIGKILL mid-run and
 * checks that the next run resumes from the last committed page.
 */
import { openDatabase } from '../db/client';
import { runSync } from '../integrations/sync-engine';
import { createEncryptor, keyFromSecret } from '../lib/encryption';

const { DATABASE_URL, WORKSPACE_ID, PROVIDER, SECRET_KEY, LEASE_MS } = process.env;
if (!DATABASE_URL || !WORKSPACE_ID || !PROVIDER || !SECRET_KEY || !LEASE_MS) throw new Error('missing environment');

const database = await openDatabase({ databaseUrl: DATABASE_URL });
const outcome = await runSync(
  {
    db: database.db,
    encryptor: createEncryptor(keyFromSecret(SECRET_KEY)),
    now: () => new Date(),
    workerId: 'child',
    leaseMs: Number(LEASE_MS),
  },
  { workspaceId: WORKSPACE_ID, provider: PROVIDER, mode: 'full', trigger: 'manual' },
);
console.log(JSON.stringify(outcome));
await database.close();
