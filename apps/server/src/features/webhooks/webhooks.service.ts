import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import type { CanonicalRecord, QuarantinedRecord } from '../../integrations/connector';
import { writePage } from '../../integrations/record-writer';
import { mapSalesbricksWebhook, verifySalesbricksSignature } from '../../integrations/salesbricks/webhook';
import { mapStripeEvent, verifyStripeSignature } from '../../integrations/stripe/webhook';
import type { JobQueue } from '../../jobs/job-queue';
import type { Encryptor } from '../../lib/encryption';
import { AppError } from '../../lib/errors';
import { isFirstDelivery, listConnectionsOf } from './webhooks.queries';

export type WebhookDeps = { db: Db; encryptor: Encryptor; jobs: JobQueue; now: () => Date };

type Delivery = { received: true; duplicate: boolean; outcome: 'mapped' | 'ignored' | 'sync_started' };

/** The first of `keys` that the stored credentials hold as a non-empty string. */
function secretOf(encryptor: Encryptor, encrypted: string | null, keys: string[]): string | null {
  if (!encrypted) return null;
  const credentials: unknown = JSON.parse(encryptor.decrypt(encrypted));
  if (typeof credentials !== 'object' || credentials === null) return null;
  for (const key of keys) {
    const value: unknown = Object.entries(credentials).find(([name]) => name === key)?.[1];
    if (typeof value === 'string' && value) return value;
  }
  return null;
}

/**
 * Providers send several deliveries for one change (Stripe: the subscription, then its invoice and
 * payment), so the refresh waits this long and every delivery meanwhile joins it.
 */
const refreshDelaySeconds = 5;

/**
 * Writes a delivery's records like a sync page, then has the workspace's ledger and scores
 * refreshed by the same job a sync triggers, so the change shows without waiting for a sync.
 */
async function applyRecords(
  deps: WebhookDeps,
  workspaceId: string,
  provider: string,
  records: CanonicalRecord[],
  quarantined: QuarantinedRecord[],
) {
  await deps.db.transaction((tx) =>
    writePage(
      tx,
      { workspaceId, provider, connectionId: null, syncRunId: null, observedAt: deps.now() },
      records,
      quarantined,
    ),
  );
  if (records.length > 0)
    deps.jobs.enqueue('refresh-workspace', { workspaceId }, { delaySeconds: refreshDelaySeconds });
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
  let lastReason = 'No Stripe connection has a webhook signing secret.';
  for (const candidate of await listConnectionsOf(deps.db, 'stripe')) {
    const secret = secretOf(deps.encryptor, candidate.encryptedCredentials, ['webhookSecret']);
    if (!secret) continue;
    const check = verifyStripeSignature(rawBody, signature, secret, deps.now());
    if (!check.ok) {
      lastReason = check.reason;
      continue;
    }
    const identity = eventIdentity(check.event);
    if (!identity) throw new AppError('bad_request', 'The event has no id or type.');
    const delivery = {
      workspaceId: candidate.workspaceId,
      provider: 'stripe',
      eventId: identity.id,
      type: identity.type,
    };
    if (!(await isFirstDelivery(deps.db, delivery))) {
      return { received: true, duplicate: true, outcome: 'ignored' };
    }
    if (candidate.status === 'disabled') return { received: true, duplicate: false, outcome: 'ignored' };

    const mapping = mapStripeEvent(check.event);
    if (mapping.outcome === 'ignored') return { received: true, duplicate: false, outcome: 'ignored' };
    if (mapping.outcome === 'needs_sync') {
      deps.jobs.enqueue('sync-connection', {
        workspaceId: candidate.workspaceId,
        provider: 'stripe',
        mode: 'incremental',
        trigger: 'webhook',
      });
      return { received: true, duplicate: false, outcome: 'sync_started' };
    }
    await applyRecords(deps, candidate.workspaceId, 'stripe', mapping.records, mapping.quarantined);
    return { received: true, duplicate: false, outcome: 'mapped' };
  }
  throw new AppError('bad_request', `Webhook rejected: ${lastReason}`);
}

/**
 * Salesbricks signs with the workspace's API token (or a separate webhook secret) and sends no
 * event id, so a delivery is identified by the hash of its body; its records upsert anyway.
 */
export async function receiveSalesbricksWebhook(
  deps: WebhookDeps,
  rawBody: string,
  signature: string | undefined,
): Promise<Delivery> {
  for (const candidate of await listConnectionsOf(deps.db, 'salesbricks')) {
    const secret = secretOf(deps.encryptor, candidate.encryptedCredentials, ['webhookSecret', 'apiToken']);
    if (!secret || !verifySalesbricksSignature(rawBody, signature, secret)) continue;
    let payload: unknown;
    try {
      payload = JSON.parse(rawBody);
    } catch {
      throw new AppError('bad_request', 'The signed body is not JSON.');
    }
    const eventId = createHash('sha256').update(rawBody).digest('hex');
    const type = typeof payload === 'object' && payload !== null && 'order' in payload ? 'order' : 'invoice';
    const delivery = { workspaceId: candidate.workspaceId, provider: 'salesbricks', eventId, type };
    if (!(await isFirstDelivery(deps.db, delivery))) {
      return { received: true, duplicate: true, outcome: 'ignored' };
    }
    if (candidate.status === 'disabled') return { received: true, duplicate: false, outcome: 'ignored' };
    let records;
    try {
      records = mapSalesbricksWebhook(payload, deps.now());
    } catch (error) {
      throw new AppError(
        'bad_request',
        `The webhook payload is not one Success understands: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (records.length === 0) return { received: true, duplicate: false, outcome: 'ignored' };
    await applyRecords(deps, candidate.workspaceId, 'salesbricks', records, []);
    return { received: true, duplicate: false, outcome: 'mapped' };
  }
  throw new AppError(
    'bad_request',
    'Webhook rejected: the X-SALESBRICKS-KEY signature matches no Salesbricks connection.',
  );
}
