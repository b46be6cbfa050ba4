/**
 * A local Salesbricks REST v2 for tests: `X-SALESBRICKS-KEY` auth, DRF limit/offset envelopes with
 * absolute `next` links, DRF error bodies (`{"detail": …}`), and faults a test switches on:
 * 429 storms with Retry-After, 500s, slow responses, one corrupted record, a connection dropped
 * mid-body. Every request is logged for paging assertions.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenFake, sendJson, type FakeFaults } from '../testing/fake-http-server';

type Payload = Record<string, unknown>;
export type FakeCustomer = Payload & { customer_id: string };
export type FakeSubscription = Payload & { subscription_id: string };
export type FakeOrder = Payload & { order_id: string };

export type SalesbricksFakeState = {
  apiToken: string;
  customers: FakeCustomer[];
  subscriptions: Record<string, FakeSubscription>;
  orders: Record<string, FakeOrder[]>;
  upgradeOrders: Record<string, FakeOrder[]>;
  recastOrders: Record<string, FakeOrder[]>;
};

export type { FakeFaults };

export type FakeRequest = { method: string; path: string; query: Record<string, string> };

export type SalesbricksFake = {
  baseUrl: string;
  state: SalesbricksFakeState;
  faults: FakeFaults;
  requests: FakeRequest[];
  close: () => Promise<void>;
};

export type SalesbricksFakeOptions = { state?: Partial<SalesbricksFakeState>; faults?: Partial<FakeFaults> };

const defaultLimit = 100;
const maxLimit = 1000;

function corrupt(record: Payload, idKey: string, id: string): Payload {
  // Wrong types where the schema is strict: a numeric name, a string where a list belongs.
  return { ...record, [idKey]: id, name: 42, subscriptions: 'corrupt', line_items: 'corrupt', starts_at: 20240101 };
}

export async function startSalesbricksFake(options: SalesbricksFakeOptions = {}): Promise<SalesbricksFake> {
  const state: SalesbricksFakeState = {
    apiToken: 'sb-test-token',
    customers: [],
    subscriptions: {},
    orders: {},
    upgradeOrders: {},
    recastOrders: {},
    ...options.state,
  };
  const faults: FakeFaults = {
    rateLimit: null,
    serverErrors: 0,
    slowMs: 0,
    malformedId: null,
    dropConnections: 0,
    ...options.faults,
  };
  const requests: FakeRequest[] = [];
  let baseUrl = '';

  const served = (record: Payload, idKey: string): Payload => {
    const id = record[idKey];
    return typeof id === 'string' && id === faults.malformedId ? corrupt(record, idKey, id) : record;
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const isDropping = status === 200 && faults.dropConnections > 0;
    if (isDropping) faults.dropConnections -= 1;
    sendJson(res, status, body, headers, isDropping);
  };

  const list = (path: string, query: Record<string, string>, items: Payload[], idKey: string) => {
    const limit = Math.min(Number(query.limit ?? defaultLimit) || defaultLimit, maxLimit);
    const offset = Number(query.offset ?? 0) || 0;
    const page = items.slice(offset, offset + limit).map((item) => served(item, idKey));
    const link = (at: number) => `${baseUrl}/api/v2${path}?limit=${limit}&offset=${at}`;
    return {
      count: items.length,
      next: offset + limit < items.length ? link(offset + limit) : null,
      previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
      results: page,
    };
  };

  const route = (path: string, query: Record<string, string>): { status: number; body: unknown } => {
    if (path === '/api/v2/customers')
      return { status: 200, body: list('/customers', query, state.customers, 'customer_id') };
    const match = /^\/api\/v2\/subscriptions\/([^/]+)(?:\/(orders|upgrade|recast))?\/?$/.exec(path);
    const id = match?.[1] ? decodeURIComponent(match[1]) : null;
    const subscription = id ? state.subscriptions[id] : undefined;
    if (!match || !id || !subscription) return { status: 404, body: { detail: 'Not found.' } };
    const kind = match[2];
    if (kind === 'orders') {
      return { status: 200, body: list(`/subscriptions/${id}/orders`, query, state.orders[id] ?? [], 'order_id') };
    }
    if (kind === 'upgrade' || kind === 'recast') {
      const orders = (kind === 'upgrade' ? state.upgradeOrders : state.recastOrders)[id] ?? [];
      return { status: 200, body: { orders: orders.map((order) => served(order, 'order_id')) } };
    }
    return { status: 200, body: served(subscription, 'subscription_id') };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', baseUrl);
    const query = Object.fromEntries(url.searchParams.entries());
    requests.push({ method: req.method ?? 'GET', path: url.pathname, query });
    if (faults.slowMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.slowMs));
    if (res.destroyed) return;
    if (faults.rateLimit && faults.rateLimit.times > 0) {
      faults.rateLimit.times -= 1;
      const seconds = faults.rateLimit.retryAfterSeconds;
      const headers: Record<string, string> = seconds === null ? {} : { 'retry-after': String(seconds) };
      const detail = `Request was throttled. Expected available in ${seconds ?? 1} seconds.`;
      return send(res, 429, { detail }, headers);
    }
    if (faults.serverErrors > 0) {
      faults.serverErrors -= 1;
      return send(res, 500, { detail: 'A server error occurred.' });
    }
    if (req.headers['x-salesbricks-key'] !== state.apiToken) {
      return send(res, 401, { detail: 'Incorrect authentication credentials.' });
    }
    const { status, body } = route(url.pathname, query);
    send(res, status, body);
  };

  const server = await listenFake('Salesbricks', handle);
  baseUrl = server.baseUrl;
  return { baseUrl: server.baseUrl, state, faults, requests, close: server.close };
}
