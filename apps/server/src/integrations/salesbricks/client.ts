/**
 * Salesbricks REST v2 over fetch (there is no SDK). Every call goes through `withRetry`; HTTP
 * failures become `ProviderError`s carrying Salesbricks' own message and Retry-After. Responses are
 * returned as `unknown` JSON: the connector parses each record so one bad record is quarantined.
 */
import { parseRetryAfter, ProviderError, providerErrorFromStatus } from '../http/provider-error';
import { withRetry, type RetryOptions } from '../http/retry';
import { salesbricksErrorSchema, salesbricksListSchema, salesbricksOpenOrdersSchema } from './schemas';

export const salesbricksDefaultBaseUrl = 'https://api.salesbricks.com';
const apiPrefix = '/api/v2';
/** Orders per history page (Salesbricks' default page size; the documented max is 1000). */
const orderPageSize = 100;
/** A runaway `next` chain stops here instead of looping forever. */
const maxOrderPages = 500;

export type SalesbricksClientOptions = {
  apiToken: string;
  baseUrl: string | null;
  signal: AbortSignal;
  retry?: Partial<RetryOptions>;
  requestTimeoutMs: number;
};

export type SalesbricksListPage = { count: number | null; hasNext: boolean; results: unknown[] };

export type SalesbricksClient = {
  listCustomers: (offset: number, limit: number) => Promise<SalesbricksListPage>;
  getSubscription: (subscriptionId: string) => Promise<unknown>;
  listOrders: (subscriptionId: string) => Promise<unknown[]>;
  listOpenOrders: (subscriptionId: string, kind: 'upgrade' | 'recast') => Promise<unknown[]>;
};

/** Accepts an origin or an origin ending in `/api/v2` (as the docs' server list shows). */
function apiRoot(baseUrl: string | null): string {
  const root = (baseUrl ?? salesbricksDefaultBaseUrl).replace(/\/+$/, '');
  return root.endsWith(apiPrefix) ? root : `${root}${apiPrefix}`;
}

function describeBody(text: string): string {
  try {
    const parsed = salesbricksErrorSchema.safeParse(JSON.parse(text));
    if (parsed.success) {
      const { detail, message, error } = parsed.data;
      const said = [detail, message, error].find((value) => typeof value === 'string' && value.length > 0);
      if (typeof said === 'string') return said;
      return JSON.stringify(parsed.data).slice(0, 300);
    }
  } catch {
    // Not JSON (a proxy's HTML page, say): fall through to the raw text.
  }
  return text.trim().slice(0, 300);
}

function errorFromResponse(response: Response, text: string): ProviderError {
  const detail = describeBody(text) || response.statusText || 'no message';
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), new Date());
  return providerErrorFromStatus(response.status, `Salesbricks answered ${response.status}: ${detail}`, retryAfterMs);
}

export function createSalesbricksClient(options: SalesbricksClientOptions): SalesbricksClient {
  const root = apiRoot(options.baseUrl);

  async function attempt(url: URL): Promise<unknown> {
    const timeout = AbortSignal.timeout(options.requestTimeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        headers: { 'X-SALESBRICKS-KEY': options.apiToken, Accept: 'application/json' },
        signal: AbortSignal.any([options.signal, timeout]),
      });
      // The body is read inside the attempt: a connection dropped mid-body is retried too.
      text = await response.text();
    } catch (error) {
      if (options.signal.aborted) throw new ProviderError('network', 'The sync was cancelled.');
      if (timeout.aborted)
        throw new ProviderError('network', `Salesbricks did not answer within ${options.requestTimeoutMs} ms.`);
      throw error;
    }
    if (!response.ok) throw errorFromResponse(response, text);
    try {
      return JSON.parse(text);
    } catch {
      throw new ProviderError('bad_response', `Salesbricks sent a response that is not JSON (${url.pathname}).`, {
        status: response.status,
      });
    }
  }

  function get(path: string, query: Record<string, number> = {}): Promise<unknown> {
    const url = new URL(`${root}${path}`);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
    return withRetry(() => attempt(url), { ...options.retry, signal: options.signal });
  }

  async function getList(path: string, offset: number, limit: number): Promise<SalesbricksListPage> {
    const parsed = salesbricksListSchema.safeParse(await get(path, { limit, offset }));
    if (!parsed.success) throw new ProviderError('bad_response', `Salesbricks sent an unexpected list from ${path}.`);
    return { count: parsed.data.count ?? null, hasNext: Boolean(parsed.data.next), results: parsed.data.results };
  }

  return {
    listCustomers: (offset, limit) => getList('/customers', offset, limit),
    getSubscription: (subscriptionId) => get(`/subscriptions/${encodeURIComponent(subscriptionId)}`),
    listOrders: async (subscriptionId) => {
      const orders: unknown[] = [];
      for (let page = 0, offset = 0; page < maxOrderPages; page += 1) {
        const list = await getList(
          `/subscriptions/${encodeURIComponent(subscriptionId)}/orders`,
          offset,
          orderPageSize,
        );
        orders.push(...list.results);
        if (!list.hasNext || list.results.length === 0) break;
        offset += list.results.length;
      }
      return orders;
    },
    listOpenOrders: async (subscriptionId, kind) => {
      try {
        const parsed = salesbricksOpenOrdersSchema.safeParse(
          await get(`/subscriptions/${encodeURIComponent(subscriptionId)}/${kind}`),
        );
        if (!parsed.success) throw new ProviderError('bad_response', `Salesbricks sent unexpected ${kind} orders.`);
        return parsed.data.orders;
      } catch (error) {
        // No open upgrade/recast is plausibly a 404; it means "none", not a failed sync.
        if (error instanceof ProviderError && error.status === 404) return [];
        throw error;
      }
    },
  };
}
