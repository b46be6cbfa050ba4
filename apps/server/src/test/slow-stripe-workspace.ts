import { connections, workspaces } from '../db/schema';
import { fakeCustomer, fakeSubscription } from '../integrations/stripe/fake-factories';
import { startStripeFake, type StripeFake } from '../integrations/stripe/fake-server';
import { createEncryptor, keyFromSecret } from '../lib/encryption';
import type { TestDatabase } from './database';

/**
 * A workspace with a Stripe connection to a slow fake holding `customers` active subscriptions:
 * the setting of the crash tests, where a sync must last long enough to be killed midway.
 */
export async function createSlowStripeWorkspace(
  database: TestDatabase,
  options: { name: string; customers: number; slowMs: number; stripeKey: string; secretKeyHex: string },
): Promise<{ fake: StripeFake; workspaceId: string }> {
  const fake = await startStripeFake({ secretKey: options.stripeKey });
  for (let i = 0; i < options.customers; i += 1) {
    const slug = options.name.toLowerCase();
    const customer = fakeCustomer({ name: `${options.name} Co ${i}`, email: `ops@${slug}-${i}.com` });
    fake.state.customers.push(customer);
    fake.state.subscriptions.push(fakeSubscription({ customer: customer.id, status: 'active' }));
  }
  fake.state.faults.slowMs = options.slowMs;
  const [workspace] = await database.db.insert(workspaces).values({ name: options.name }).returning();
  if (!workspace) throw new Error('the workspace was not created');
  await database.db.insert(connections).values({
    workspaceId: workspace.id,
    provider: 'stripe',
    status: 'healthy',
    encryptedCredentials: createEncryptor(keyFromSecret(options.secretKeyHex)).encrypt(
      JSON.stringify({ secretKey: options.stripeKey }),
    ),
    settings: { baseUrl: fake.baseUrl },
  });
  return { fake, workspaceId: workspace.id };
}
