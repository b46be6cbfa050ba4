import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { connections, revenueSources, workspaces } from '../src/db/schema';
import { fakeCustomer, fakeSubscription } from '../src/integrations/stripe/fake-factories';
import { startStripeFake } from '../src/integrations/stripe/fake-server';
import { runSync } from '../src/integrations/sync-engine';
import { createEncryptor } from '../src/lib/encryption';
import { createTestDatabase } from '../src/test/database';

export type SyncBenchResult = {
  name: string;
  records: number;
  seconds: number;
  recordsPerSecond: number;
  targetPerSecond: number;
};

/** A full Stripe sync of `subscriptions` customers and subscriptions from the local fake. */
export async function benchStripeSync(subscriptions: number, targetPerSecond: number): Promise<SyncBenchResult> {
  const secretKey = 'sk_test_bench_0001';
  const fake = await startStripeFake({ secretKey });
  for (let i = 0; i < subscriptions; i += 1) {
    const customer = fakeCustomer({ name: `Bench ${i}`, email: `billing@bench-${i}.com` });
    fake.state.customers.push(customer);
    fake.state.subscriptions.push(fakeSubscription({ customer: customer.id, status: 'active' }));
  }
  const database = await createTestDatabase();
  const encryptor = createEncryptor(randomBytes(32));
  const [workspace] = await database.db.insert(workspaces).values({ name: 'Stripe bench' }).returning();
  if (!workspace) throw new Error('no workspace');
  await database.db.insert(connections).values({
    workspaceId: workspace.id,
    provider: 'stripe',
    status: 'healthy',
    encryptedCredentials: encryptor.encrypt(JSON.stringify({ secretKey })),
    settings: { baseUrl: fake.baseUrl },
  });
  const started = performance.now();
  const outcome = await runSync(
    { db: database.db, encryptor, now: () => new Date(), workerId: 'bench', leaseMs: 600_000 },
    { workspaceId: workspace.id, provider: 'stripe', mode: 'full', trigger: 'manual' },
  );
  const seconds = (performance.now() - started) / 1000;
  const [synced] = await database.db
    .select({ n: count() })
    .from(revenueSources)
    .where(eq(revenueSources.workspaceId, workspace.id));
  await fake.close();
  await database.close();
  if (outcome.status !== 'succeeded' || synced?.n !== subscriptions) {
    throw new Error(`Stripe sync did not complete: ${JSON.stringify(outcome)}, ${synced?.n ?? 0} subscriptions stored`);
  }
  const records = subscriptions * 2; // customers + subscriptions
  return {
    name: `Stripe full sync (${subscriptions.toLocaleString('en-US')} subscriptions)`,
    records,
    seconds,
    recordsPerSecond: records / seconds,
    targetPerSecond,
  };
}
