/**
 * A `npm run worker`-like process for the stalled-sync test: it works the pg-boss queue, asks for
 * one sync, and keeps working until the parent kills it with SIGKILL mid-sync.
 */
import { openDatabase } from '../../db/client';
import { createEncryptor, keyFromSecret } from '../../lib/encryption';
import { createPgBossQueue } from '../pg-boss-queue';

const { DATABASE_URL, WORKSPACE_ID, PROVIDER, SECRET_KEY, LEASE_MS } = process.env;
if (!DATABASE_URL || !WORKSPACE_ID || !PROVIDER || !SECRET_KEY || !LEASE_MS) throw new Error('missing environment');

const database = await openDatabase({ databaseUrl: DATABASE_URL });
const queue = await createPgBossQueue(
  DATABASE_URL,
  {
    db: database.db,
    encryptor: createEncryptor(keyFromSecret(SECRET_KEY)),
    now: () => new Date(),
    workerId: 'child-worker',
    leaseMs: Number(LEASE_MS),
  },
  { error: (object, message) => console.error(message, object) },
  { isWorking: true },
);
queue.enqueue('sync-connection', { workspaceId: WORKSPACE_ID, provider: PROVIDER, mode: 'full', trigger: 'manual' });
