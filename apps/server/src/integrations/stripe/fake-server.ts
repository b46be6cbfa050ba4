/**
 * A local stand-in for api.stripe.com that speaks Stripe's real shapes: list envelopes with
 * `limit`/`starting_after` paging newest-first, `expand[]`, Bearer auth, Stripe's error envelope,
 * and faults the test arms (429 with Retry-After, 500s, slow or dropped responses, a malformed
 * object). Data comes from the test through `state`; factories live in fake-factories.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { stripeApiVersion } from './client';
import { breakObject, isRecord, maxExpandDepth, renderObject, type JsonObject } from './fake-render';

export type FakeRecord = JsonObject & { id: string; created: number };

export type FakeFaults = {
  /** The next `times` requests get 429 rate_limit (with Retry-After when given). */
  rateLimit: { times: number; retryAfterSeconds?: number } | null;
  /** The next n requests get 500 api_error. */
  serverErrors: number;
  /** Every response waits this long first. */
  slowMs: number;
  /** This object id is served with a needed field broken. */
  malformed: string | null;
  /** The next response sends its headers and part of its body, then the socket is destroyed. */
  dropConnectionOnce: boolean;
  /** When set, the faults above only hit requests whose path starts with it. */
  path: string | null;
};

export type FakeRequest = { method: string; path: string; query: Record<string, string | string[]> };

export type FakeStripeState = {
  secretKey: string;
  account: JsonObject;
  customers: FakeRecord[];
  subscriptions: FakeRecord[];
  invoices: FakeRecord[];
  events: FakeRecord[];
  /** Products not embedded in any subscription's prices (embedded ones are served too). */
  products: FakeRecord[];
  faults: FakeFaults;
  requests: FakeRequest[];
};

export type StripeFake = { baseUrl: string; state: FakeStripeState; close: () => Promise<void> };

export type StartStripeFakeOptions = { secretKey?: string };

type Reply = { status: number; body: unknown; headers?: Record<string, string> };

const noFaults = (): FakeFaults => ({
  rateLimit: null,
  serverErrors: 0,
  slowMs: 0,
  malformed: null,
  dropConnectionOnce: false,
  path: null,
});

function stripeError(status: number, type: string, message: string, extra: JsonObject = {}): Reply {
  return { status, body: { error: { type, message, ...extra } } };
}

/** `expand[0]=a&expand[]=b` → `{ expand: ['a', 'b'] }`; `created[gt]` stays one key. */
function parseQuery(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const arrayKey = /^([^[\]]+)\[\d*\]$/.exec(key)?.[1];
    if (arrayKey) {
      const existing = query[arrayKey];
      query[arrayKey] = Array.isArray(existing) ? [...existing, value] : [value];
    } else {
      query[key] = value;
    }
  }
  return query;
}

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function withinCreated(record: FakeRecord, query: Record<string, string | string[]>): boolean {
  const bound = (key: string) => {
    const value = single(query[`created[${key}]`]);
    return value === undefined ? null : Number(value);
  };
  const [gt, gte, lt, lte] = [bound('gt'), bound('gte'), bound('lt'), bound('lte')];
  return (
    (gt === null || record.created > gt) &&
    (gte === null || record.created >= gte) &&
    (lt === null || record.created < lt) &&
    (lte === null || record.created <= lte)
  );
}

function matchesType(type: unknown, pattern: string): boolean {
  if (typeof type !== 'string') return false;
  return pattern.endsWith('.*') ? type.startsWith(pattern.slice(0, -1)) : type === pattern;
}

export function startStripeFake(options: StartStripeFakeOptions = {}): Promise<StripeFake> {
  const state: FakeStripeState = {
    secretKey: options.secretKey ?? 'sk_test_fake_key',
    account: {
      id: 'acct_fake0001',
      object: 'account',
      business_profile: { name: 'Fake Co' },
      country: 'US',
      default_currency: 'usd',
      settings: { dashboard: { display_name: 'Fake Co', timezone: 'Etc/UTC' } },
    },
    customers: [],
    subscriptions: [],
    invoices: [],
    events: [],
    products: [],
    faults: noFaults(),
    requests: [],
  };
  let requestCount = 0;

  const resolver = {
    customer: (id: string) => state.customers.find((customer) => customer.id === id),
  };

  function render(record: JsonObject, expand: readonly string[]): JsonObject {
    const rendered = renderObject(record, expand, resolver);
    return record.id === state.faults.malformed ? breakObject(rendered) : rendered;
  }

  function allProducts(): JsonObject[] {
    const embedded = state.subscriptions.flatMap((subscription) => {
      const items =
        isRecord(subscription.items) && Array.isArray(subscription.items.data) ? subscription.items.data : [];
      return items.flatMap((item) =>
        isRecord(item) && isRecord(item.price) && isRecord(item.price.product) ? [item.price.product] : [],
      );
    });
    return [...state.products, ...embedded];
  }

  function listReply(path: string, records: JsonObject[], query: Record<string, string | string[]>): Reply {
    const limitText = single(query.limit) ?? '10';
    const limit = Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return stripeError(400, 'invalid_request_error', `Invalid integer: ${limitText}`, { param: 'limit' });
    }
    const expand = list(query.expand);
    const tooDeep = expand.find((entry) => entry.split('.').length > maxExpandDepth);
    if (tooDeep) {
      return stripeError(
        400,
        'invalid_request_error',
        `You cannot expand more than ${maxExpandDepth} levels of a property. Property: ${tooDeep}`,
        { param: 'expand' },
      );
    }
    const relative = expand.map((entry) => entry.replace(/^data\./, ''));
    const sorted = [...records].sort((a, b) => Number(b.created ?? 0) - Number(a.created ?? 0));
    const after = single(query.starting_after);
    let start = 0;
    if (after !== undefined) {
      const index = sorted.findIndex((record) => record.id === after);
      if (index < 0) {
        return stripeError(400, 'invalid_request_error', `No such object: '${after}'`, {
          code: 'resource_missing',
          param: 'starting_after',
        });
      }
      start = index + 1;
    }
    const page = sorted.slice(start, start + limit);
    return {
      status: 200,
      body: {
        object: 'list',
        data: page.map((record) => render(record, relative)),
        has_more: start + limit < sorted.length,
        url: path,
      },
    };
  }

  function retrieveReply(
    kind: string,
    records: JsonObject[],
    id: string,
    query: Record<string, string | string[]>,
  ): Reply {
    const record = records.find((candidate) => candidate.id === id);
    if (!record) {
      return stripeError(404, 'invalid_request_error', `No such ${kind}: '${id}'`, {
        code: 'resource_missing',
        param: 'id',
      });
    }
    return { status: 200, body: render(record, list(query.expand)) };
  }

  function itemsOf(subscriptionId: string | undefined): JsonObject[] {
    const subscription = state.subscriptions.find((candidate) => candidate.id === subscriptionId);
    const items = subscription && isRecord(subscription.items) ? subscription.items.data : [];
    return Array.isArray(items) ? items.filter(isRecord) : [];
  }

  function route(method: string, path: string, query: Record<string, string | string[]>): Reply {
    const unrecognized = stripeError(
      404,
      'invalid_request_error',
      `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    );
    if (method !== 'GET') return unrecognized;
    const [, version, resource, id, extra] = path.split('/');
    if (version !== 'v1' || extra !== undefined) return unrecognized;
    switch (resource ?? '') {
      case 'account':
        return id === undefined ? { status: 200, body: state.account } : unrecognized;
      case 'customers':
        if (id !== undefined) return retrieveReply('customer', state.customers, id, query);
        return listReply(
          path,
          state.customers.filter(
            (c) => withinCreated(c, query) && (query.email === undefined || c.email === single(query.email)),
          ),
          query,
        );
      case 'subscriptions': {
        if (id !== undefined) return retrieveReply('subscription', state.subscriptions, id, query);
        const status = single(query.status);
        const customer = single(query.customer);
        return listReply(
          path,
          state.subscriptions.filter(
            (s) =>
              withinCreated(s, query) &&
              (customer === undefined || s.customer === customer) &&
              (status === 'all' || (status === undefined ? s.status !== 'canceled' : s.status === status)),
          ),
          query,
        );
      }
      case 'subscription_items': {
        const subscription = single(query.subscription);
        if (id !== undefined || subscription === undefined) {
          return stripeError(400, 'invalid_request_error', 'Missing required param: subscription.', {
            param: 'subscription',
          });
        }
        return listReply(path, itemsOf(subscription), query);
      }
      case 'invoices': {
        if (id !== undefined) return retrieveReply('invoice', state.invoices, id, query);
        const customer = single(query.customer);
        return listReply(
          path,
          state.invoices.filter((i) => withinCreated(i, query) && (customer === undefined || i.customer === customer)),
          query,
        );
      }
      case 'products': {
        if (id !== undefined) return retrieveReply('product', allProducts(), id, query);
        const ids = list(query.ids);
        // One product per id, deduplicated in linear time so 100,000-subscription benchmarks stay fast.
        const products = [...new Map(allProducts().map((product) => [String(product.id), product])).values()];
        const wanted = new Set(ids);
        return listReply(path, ids.length > 0 ? products.filter((p) => wanted.has(String(p.id))) : products, query);
      }
      case 'events': {
        if (id !== undefined) return retrieveReply('event', state.events, id, query);
        const type = single(query.type);
        const types = list(query.types);
        return listReply(
          path,
          state.events.filter(
            (e) =>
              withinCreated(e, query) &&
              (type === undefined || matchesType(e.type, type)) &&
              (types.length === 0 || types.some((t) => matchesType(e.type, t))),
          ),
          query,
        );
      }
      default:
        return unrecognized;
    }
  }

  /** Arms at most one fault per request, counting down the test's budget. */
  function takeFault(path: string): Reply | 'drop' | null {
    const { faults } = state;
    if (faults.path !== null && !path.startsWith(faults.path)) return null;
    if (faults.dropConnectionOnce) {
      faults.dropConnectionOnce = false;
      return 'drop';
    }
    if (faults.rateLimit && faults.rateLimit.times > 0) {
      faults.rateLimit.times -= 1;
      const reply = stripeError(
        429,
        'invalid_request_error',
        'Request rate limit exceeded. You can learn more about rate limits here https://stripe.com/docs/rate-limits.',
        { code: 'rate_limit', doc_url: 'https://stripe.com/docs/error-codes/rate-limit' },
      );
      const seconds = faults.rateLimit.retryAfterSeconds;
      return seconds === undefined ? reply : { ...reply, headers: { 'retry-after': String(seconds) } };
    }
    if (faults.serverErrors > 0) {
      faults.serverErrors -= 1;
      return stripeError(500, 'api_error', 'Sorry, something went wrong on our end. Please try again.');
    }
    return null;
  }

  function send(res: ServerResponse, reply: Reply) {
    requestCount += 1;
    res.writeHead(reply.status, {
      'content-type': 'application/json',
      'request-id': `req_fake${requestCount}`,
      'stripe-version': stripeApiVersion,
      ...reply.headers,
    });
    res.end(JSON.stringify(reply.body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const method = req.method ?? 'GET';
    const query = parseQuery(url.searchParams);
    state.requests.push({ method, path: url.pathname, query });
    if (state.faults.slowMs > 0) await new Promise((resolve) => setTimeout(resolve, state.faults.slowMs));

    const key = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (key !== state.secretKey) {
      const shown = key ? `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}` : '';
      return send(
        res,
        key
          ? stripeError(401, 'invalid_request_error', `Invalid API Key provided: ${shown}`)
          : stripeError(401, 'invalid_request_error', 'You did not provide an API key.'),
      );
    }
    const fault = takeFault(url.pathname);
    if (fault === 'drop') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
      res.write('{"object":"list","data":[{"id":', () => req.socket.destroy());
      return;
    }
    send(res, fault ?? route(method, url.pathname, query));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      send(res, stripeError(500, 'api_error', error instanceof Error ? error.message : 'Fake failure.'));
    });
  });

  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        state,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
