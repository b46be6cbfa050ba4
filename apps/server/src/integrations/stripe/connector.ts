import { z } from 'zod';
import type { Connector, ConnectorContext, PageRequest, SyncPage } from '../connector';
import { ProviderError } from '../http/provider-error';
import { fullPassStart, nextFullPhase, readCursor, toSyncCursor, type Phase, type StripeCursor } from './cursor';
import { listEventsPage } from './events';
import { listCustomersPage, listInvoicesPage, listSubscriptionsPage, type ListedPage } from './listing';
import { createStripeCall, type StripeCall, type StripeConnectorOptions } from './session';

const credentialsSchema = z.object({
  secretKey: z
    .string()
    .trim()
    .regex(/^(sk|rk)_/, 'Use a secret key (sk_…) or a restricted key (rk_…) from the Stripe Dashboard.'),
  webhookSecret: z.string().trim().optional(),
});
export type StripeCredentials = z.infer<typeof credentialsSchema>;

/** No settings yet; unknown keys (such as a test's baseUrl) are dropped, not rejected. */
const settingsSchema = z.object({});
export type StripeSettings = z.infer<typeof settingsSchema>;

type StripeContext = ConnectorContext<StripeCredentials, StripeSettings>;

/** Stripe keeps events for 30 days; a day of margin keeps the oldest page from expiring mid-pass. */
const eventsWindowMs = 29 * 24 * 60 * 60 * 1000;
/** Beyond this many changed objects an incremental pass costs more than a full re-list. */
const maxSeenObjects = 5000;

function firstCursor(request: PageRequest, now: Date): StripeCursor {
  const { since } = request;
  if (request.mode === 'incremental' && since && now.getTime() - since.getTime() <= eventsWindowMs) {
    return { phase: 'events', startingAfter: null, createdAfter: Math.floor(since.getTime() / 1000), seen: [] };
  }
  return fullPassStart;
}

function listFullPhase(call: StripeCall, phase: Exclude<Phase, 'events'>, startingAfter: string | null) {
  switch (phase) {
    case 'customers':
      return listCustomersPage(call, startingAfter);
    case 'subscriptions':
      return listSubscriptionsPage(call, startingAfter);
    case 'invoices':
      return listInvoicesPage(call, startingAfter);
  }
}

function nextCursorAfter(cursor: StripeCursor, page: ListedPage): StripeCursor | null {
  if (page.hasMore && page.lastId) return { ...cursor, startingAfter: page.lastId };
  const phase = nextFullPhase(cursor.phase);
  return phase ? { ...fullPassStart, phase } : null;
}

function callFor(context: StripeContext, options: StripeConnectorOptions): StripeCall {
  return createStripeCall(
    { secretKey: context.credentials.secretKey, baseUrl: context.baseUrl, signal: context.signal },
    options,
  );
}

async function fetchPage(
  context: StripeContext,
  request: PageRequest,
  options: StripeConnectorOptions,
): Promise<SyncPage> {
  const call = callFor(context, options);
  const cursor = readCursor(request.cursor) ?? firstCursor(request, context.now);
  if (cursor.phase === 'events') {
    const page = await listEventsPage(call, cursor);
    let next: StripeCursor | null = null;
    if (page.hasMore && page.lastId) {
      next =
        page.seen.length > maxSeenObjects ? fullPassStart : { ...cursor, startingAfter: page.lastId, seen: page.seen };
    }
    return { ...page.outcome, nextCursor: next && toSyncCursor(next), estimatedTotal: null };
  }
  const page = await listFullPhase(call, cursor.phase, cursor.startingAfter);
  const next = nextCursorAfter(cursor, page);
  return { ...page.outcome, nextCursor: next && toSyncCursor(next), estimatedTotal: null };
}

async function testConnection(context: StripeContext, options: StripeConnectorOptions): Promise<{ detail: string }> {
  // Fewer attempts than a sync: a person is waiting on the answer.
  const call = callFor(context, { ...options, retry: { maxAttempts: 2, ...options.retry } });
  await call((client) => client.customers.list({ limit: 1 }));
  const mode = /^(sk|rk)_live_/.test(context.credentials.secretKey) ? 'live mode' : 'test mode';
  try {
    const account = await call((client) => client.accounts.retrieveCurrent());
    return { detail: `Reached Stripe account ${account.id} (${mode}).` };
  } catch (error) {
    // A restricted key may read customers without reading the account: still a working key.
    if (error instanceof ProviderError && (error.kind === 'auth' || error.kind === 'client')) {
      return { detail: `Reached Stripe (${mode}); this key cannot read the account's details.` };
    }
    throw error;
  }
}

/** Builds the connector; tests pass retry overrides so backoff does not really wait. */
export function createStripeConnector(
  options: StripeConnectorOptions = {},
): Connector<StripeCredentials, StripeSettings> {
  return {
    provider: 'stripe',
    displayName: 'Stripe',
    credentialsSchema,
    settingsSchema,
    supportsIncremental: true,
    testConnection: (context) => testConnection(context, options),
    fetchPage: (context, request) => fetchPage(context, request, options),
  };
}

export const stripeConnector = createStripeConnector();
