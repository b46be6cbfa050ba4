import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { connections, webhookEvents } from '../../db/schema';
import { writePage } from '../../integrations/record-writer';
import { mapStripeEvent, verifyStripeSignature } from '../../integrations/stripe/webhook';
import type { JobQueue } from '../../jobs/job-queue';
import type { Encryptor } from '../../lib/encryption';
import { AppError } from '../../lib/errors';

export type WebhookDeps = { db: Db; encryptor: Encryptor; jobs: JobQueue; now: () => Date };

type Delivery = { received: true; duplicate: boolean; outcome: 'mapped' | 'ignored' | 'sync_started' };

function webhookSecretOf(encryptor: Encryptor, encrypted: string | null): string | null {
  if (!encrypted) return null;
  const credentials: unknown = JSON.parse(encryptor.decrypt(encrypted));
  return typeof credentials === 'object' &&
    credentials !== null &&
    'webhookSecret' in credentials &&
    typeof credentials.webhookSecret === 'string'
    ? credentials.webhookSecret
    : null;
}

function eventIdentity(event: unknown): { id: string; type: string } | null {
  if (typeof event !== 'object' || event === null) return null;
  const id = 'id' in event && typeof event.id === 'string' ? event.id : null;
  const type = 'type' in event && typeof event.type === 'string' ? event.type : null;
  return id && type ? { id, type } : null;
}

/**
 * Verifies a Stripe delivery against every workspace's signing secret (the signature says whose
 * it is), records the event id once, and applies it: mapped records are written like a sync page;
 * objects that arrive without the expansions mapping needs trigger an incremental sync.
 */
export async function receiveStripeWebhook(
  deps: WebhookDeps,
  rawBody: string,
  signature: string | undefined,
): Promise<Delivery> {
  const candidates = await deps.db
    .select({
      workspaceId: connections.workspaceId,
      encryptedCredentials: connections.encryptedCredentials,
      status: connections.status,
    })
    .from(connections)
    .where(eq(connections.provider, 'stripe'));
  let lastReason = 'No Stripe connection has a webhook signing secret.';
  for (const candidate of candidates) {
    const secret = webhookSecretOf(deps.encryptor, candidate.encryptedCredentials);
    if (!secret) continue;
    const check = verifyStripeSignature(rawBody, signature, secret, deps.now());
    if (!check.ok) {
      lastReason = check.reason;
      continue;
    }
    const identity = eventIdentity(check.event);
    if (!identity) throw new AppError('bad_request', 'The event has no id or type.');
    const inserted = await deps.db
      .insert(webhookEvents)
      .values({ workspaceId: candidate.workspaceId, provider: 'stripe', eventId: identity.id, type: identity.type })
      .onConflictDoNothing()
      .returning({ eventId: webhookEvents.eventId });
    if (inserted.length === 0) return { received: true, duplicate: true, outcome: 'ignored' };
    if (candidate.status === 'disabled') return { received: true, duplicate: false, outcome: 'ignored' };

    const mapping = mapStripeEvent(check.event);
    if (mapping.outcome === 'ignored') return { received: true, duplicate: false, outcome: 'ignored' };
    if (mapping.outcome === 'needs_sync') {
      deps.jobs.enqueueSync({
        workspaceId: candidate.workspaceId,
        provider: 'stripe',
        mode: 'incremental',
        trigger: 'webhook',
      });
      return { received: true, duplicate: false, outcome: 'sync_started' };
    }
    await deps.db.transaction((tx) =>
      writePage(
        tx,
        { workspaceId: candidate.workspaceId, provider: 'stripe', connectionId: null, syncRunId: null },
        mapping.records,
        mapping.quarantined,
      ),
    );
    return { received: true, duplicate: false, outcome: 'mapped' };
  }
  throw new AppError('bad_request', `Webhook rejected: ${lastReason}`);
}
