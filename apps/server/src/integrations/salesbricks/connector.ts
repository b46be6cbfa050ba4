/**
 * The Salesbricks connector. Salesbricks has no "changed since" listing, so every pass re-lists
 * customers (limit/offset pages) and, per embedded subscription, reads its details, order history
 * and open upgrade/recast orders; the engine's change detection skips what did not change, and
 * webhooks fill the gap between passes. The cursor is the customer offset.
 *
 * Tests avoid real waits through `createSalesbricksConnector({ retry: { sleep, random } })`; the
 * exported `salesbricksConnector` uses the production retry policy.
 */
import { z } from 'zod';
import type { CanonicalRecord, Connector, ConnectorContext, QuarantinedRecord, SyncPage } from '../connector';
import { ProviderError } from '../http/provider-error';
import type { RetryOptions } from '../http/retry';
import { createSalesbricksClient, type SalesbricksClient } from './client';
import { mapSalesbricksCustomer, type SalesbricksSubscriptionBundle } from './mapper';
import {
  salesbricksCredentialsSchema,
  salesbricksCustomerSchema,
  salesbricksOrderSchema,
  salesbricksSettingsSchema,
  salesbricksSubscriptionSchema,
  type SalesbricksCredentials,
  type SalesbricksOrder,
  type SalesbricksSettings,
} from './schemas';

export type SalesbricksConnectorOptions = {
  /** Overrides for `withRetry` (tests pass `{ sleep, random }`). */
  retry?: Partial<RetryOptions>;
  requestTimeoutMs?: number;
  /** Customers per page; each costs about four more calls, so pages stay small. */
  pageSize?: number;
};

type Context = ConnectorContext<SalesbricksCredentials, SalesbricksSettings>;

const looseRecord = z.record(z.string(), z.unknown());

function idOf(raw: unknown, key: string): string | null {
  const parsed = looseRecord.safeParse(raw);
  const value = parsed.success ? parsed.data[key] : undefined;
  return typeof value === 'string' && value ? value : null;
}

/** Parses each record on its own; failures go to quarantine with the provider's payload. */
function parseEach<T>(
  items: unknown[],
  schema: z.ZodType<T>,
  idKey: string,
  quarantined: QuarantinedRecord[],
  fallbackId: (index: number) => string,
): T[] {
  return items.flatMap((raw, index) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return [parsed.data];
    quarantined.push({
      externalId: idOf(raw, idKey) ?? fallbackId(index),
      error: z.prettifyError(parsed.error),
      payload: raw,
    });
    return [];
  });
}

/** One subscription's details, order history and open upgrade/recast orders, each record parsed on its own. */
async function loadSubscription(
  client: SalesbricksClient,
  id: string,
  quarantined: QuarantinedRecord[],
): Promise<SalesbricksSubscriptionBundle | null> {
  let raw: unknown;
  try {
    raw = await client.getSubscription(id);
  } catch (error) {
    // Deleted between the customer list and this call: nothing to sync, and no reason to fail the page.
    if (error instanceof ProviderError && error.status === 404) return null;
    throw error;
  }
  const [subscription] = parseEach([raw], salesbricksSubscriptionSchema, 'subscription_id', quarantined, () => id);
  if (!subscription) return null;
  const parseOrders = (items: unknown[]): SalesbricksOrder[] =>
    parseEach(items, salesbricksOrderSchema, 'order_id', quarantined, (index) => `${id}:order:${index}`);
  const orders = parseOrders(await client.listOrders(id));
  const upgrades = parseOrders(await client.listOpenOrders(id, 'upgrade'));
  const recasts = parseOrders(await client.listOpenOrders(id, 'recast'));
  return { subscription, orders, openOrders: [...upgrades, ...recasts] };
}

export function createSalesbricksConnector(
  options: SalesbricksConnectorOptions = {},
): Connector<SalesbricksCredentials, SalesbricksSettings> {
  const pageSize = options.pageSize ?? 25;
  const clientFor = (context: Context) =>
    createSalesbricksClient({
      apiToken: context.credentials.apiToken,
      baseUrl: context.baseUrl,
      signal: context.signal,
      retry: options.retry,
      requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    });

  return {
    provider: 'salesbricks',
    displayName: 'Salesbricks',
    credentialsSchema: salesbricksCredentialsSchema,
    settingsSchema: salesbricksSettingsSchema,
    supportsIncremental: false,
    testConnection: async (context) => {
      const page = await clientFor(context).listCustomers(0, 1);
      return { detail: `Reached Salesbricks: ${page.count ?? page.results.length} customers.` };
    },
    fetchPage: async (context, request): Promise<SyncPage> => {
      const offset = typeof request.cursor?.offset === 'number' ? request.cursor.offset : 0;
      const client = clientFor(context);
      const page = await client.listCustomers(offset, pageSize);
      const quarantined: QuarantinedRecord[] = [];
      const customers = parseEach(
        page.results,
        salesbricksCustomerSchema,
        'customer_id',
        quarantined,
        (index) => `customer-at-${offset + index}`,
      );
      const records: CanonicalRecord[] = [];
      for (const customer of customers) {
        const subscriptions: SalesbricksSubscriptionBundle[] = [];
        for (const { subscription_id: id } of customer.subscriptions) {
          const loaded = await loadSubscription(client, id, quarantined);
          if (loaded) subscriptions.push(loaded);
        }
        try {
          records.push(...mapSalesbricksCustomer({ customer, subscriptions }, context.now));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          quarantined.push({ externalId: customer.customer_id, error: message, payload: { customer, subscriptions } });
        }
      }
      const isLast = !page.hasNext || page.results.length === 0;
      return {
        records,
        quarantined,
        nextCursor: isLast ? null : { offset: offset + page.results.length },
        estimatedTotal: null,
      };
    },
  };
}

export const salesbricksConnector = createSalesbricksConnector();
