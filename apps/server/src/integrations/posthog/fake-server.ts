/**
 * A local PostHog query API for tests: `POST /api/projects/:id/query/` with Bearer auth, the
 * HogQLQueryResponse envelope (positional `results`, `columns`, `[name, type]` pairs), DRF-style
 * error bodies, and faults a test switches on. It does not run SQL: it recognises our three
 * queries (usage per group-day, group domains, group count) and answers them from `state`,
 * honouring the `values` placeholders and the LIMIT so keyset paging is exercised for real.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenFake, sendJson, type FakeFaults } from '../testing/fake-http-server';

export type FakeUsageRow = { groupKey: string; day: string; activeUsers: number; events: number; lastEventAt: string };
export type FakeGroup = { key: string; properties: Record<string, unknown> };

export type PosthogFakeState = {
  personalApiKey: string;
  projectId: string;
  /** Pre-aggregated group-days (the fake does not aggregate events). */
  usage: FakeUsageRow[];
  groups: FakeGroup[];
};

export type { FakeFaults };

export type FakeRequest = { method: string; path: string; query: string; values: Record<string, unknown> };

export type PosthogFake = {
  baseUrl: string;
  state: PosthogFakeState;
  faults: FakeFaults;
  requests: FakeRequest[];
  close: () => Promise<void>;
};

export type PosthogFakeOptions = { state?: Partial<PosthogFakeState>; faults?: Partial<FakeFaults> };

const maxRows = 50_000;
const defaultRows = 100;

function envelope(columns: [string, string][], results: unknown[][], limit: number, query: string) {
  return {
    results,
    columns: columns.map(([name]) => name),
    types: columns,
    hasMore: false,
    limit,
    offset: 0,
    hogql: query,
    clickhouse: '',
    timings: [{ k: './query', t: 0.01 }],
    is_cached: false,
    cache_key: 'fake-cache-key',
    last_refresh: new Date().toISOString(),
    next_allowed_client_refresh: new Date().toISOString(),
    query_status: null,
    modifiers: {},
    error: null,
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function queryOf(body: unknown): { text: string; values: Record<string, unknown> } | null {
  if (typeof body !== 'object' || body === null || !('query' in body)) return null;
  const { query } = body;
  if (typeof query !== 'object' || query === null || !('query' in query) || typeof query.query !== 'string')
    return null;
  const values = 'values' in query && typeof query.values === 'object' && query.values !== null ? query.values : {};
  return { text: query.query, values: Object.fromEntries(Object.entries(values)) };
}

export async function startPosthogFake(options: PosthogFakeOptions = {}): Promise<PosthogFake> {
  const state: PosthogFakeState = {
    personalApiKey: 'phx_test',
    projectId: '4242',
    usage: [],
    groups: [],
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

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const isDropping = status === 200 && faults.dropConnections > 0;
    if (isDropping) faults.dropConnections -= 1;
    sendJson(res, status, body, headers, isDropping);
  };

  const usageAnswer = (text: string, values: Record<string, unknown>, limit: number) => {
    const afterKey = typeof values.after_key === 'string' ? values.after_key : '';
    const afterDay = typeof values.after_day === 'string' ? values.after_day : '0000-00-00';
    const windowStart = typeof values.window_start === 'string' ? values.window_start.slice(0, 10) : '0000-00-00';
    const rows = state.usage
      .filter((row) => row.day >= windowStart)
      .filter((row) => row.groupKey > afterKey || (row.groupKey === afterKey && row.day > afterDay))
      .sort((a, b) => (a.groupKey === b.groupKey ? a.day.localeCompare(b.day) : a.groupKey < b.groupKey ? -1 : 1))
      .slice(0, limit)
      .map((row) =>
        row.groupKey === faults.malformedId
          ? [row.groupKey, row.day, 'lots', -1, row.lastEventAt]
          : [row.groupKey, row.day, row.activeUsers, row.events, row.lastEventAt],
      );
    const columns: [string, string][] = [
      ['group_key', 'String'],
      ['day', 'Date'],
      ['active_users', 'UInt64'],
      ['events', 'UInt64'],
      ['last_event_at', "DateTime64(6, 'UTC')"],
    ];
    return envelope(columns, rows, limit, text);
  };

  const groupsAnswer = (text: string, values: Record<string, unknown>, limit: number) => {
    const keys = Array.isArray(values.keys) ? values.keys : [];
    const property = typeof values.domain_property === 'string' ? values.domain_property : 'domain';
    const rows = state.groups
      .filter((group) => keys.includes(group.key))
      .slice(0, limit)
      .map((group) => [group.key, group.properties[property] ?? null, group.properties.name ?? null]);
    return envelope(
      [
        ['group_key', 'String'],
        ['domain', 'String'],
        ['name', 'String'],
      ],
      rows,
      limit,
      text,
    );
  };

  const answer = (text: string, values: Record<string, unknown>): { status: number; body: unknown } => {
    const limit = Math.min(Number(/LIMIT\s+(\d+)/i.exec(text)?.[1] ?? defaultRows), maxRows);
    if (/FROM\s+events/i.test(text)) return { status: 200, body: usageAnswer(text, values, limit) };
    if (/FROM\s+groups/i.test(text) && /has\(\{keys\}/.test(text))
      return { status: 200, body: groupsAnswer(text, values, limit) };
    if (/SELECT\s+count\(\)/i.test(text))
      return { status: 200, body: envelope([['groups', 'UInt64']], [[state.groups.length]], limit, text) };
    return {
      status: 400,
      body: { type: 'validation_error', code: 'query_error', detail: 'Unsupported query in the fake.', attr: null },
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = null;
    }
    const query = queryOf(parsed);
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: query?.text ?? '',
      values: query?.values ?? {},
    });
    if (faults.slowMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.slowMs));
    if (res.destroyed) return;
    if (faults.rateLimit && faults.rateLimit.times > 0) {
      faults.rateLimit.times -= 1;
      const seconds = faults.rateLimit.retryAfterSeconds;
      const headers: Record<string, string> = seconds === null ? {} : { 'retry-after': String(seconds) };
      const detail = `Request was throttled. Expected available in ${seconds ?? 1} seconds.`;
      return send(res, 429, { type: 'throttled_error', code: 'throttled', detail, attr: null }, headers);
    }
    if (faults.serverErrors > 0) {
      faults.serverErrors -= 1;
      return send(res, 500, { type: 'server_error', code: 'error', detail: 'A server error occurred.', attr: null });
    }
    if (req.headers.authorization !== `Bearer ${state.personalApiKey}`) {
      return send(res, 401, {
        type: 'authentication_error',
        code: 'invalid_personal_api_key',
        detail: 'Invalid Personal API key.',
        attr: null,
      });
    }
    if (req.method !== 'POST' || url.pathname !== `/api/projects/${state.projectId}/query/`) {
      return send(res, 404, { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null });
    }
    if (!query)
      return send(res, 400, {
        type: 'validation_error',
        code: 'invalid_input',
        detail: 'Missing query.',
        attr: 'query',
      });
    const { status, body } = answer(query.text, query.values);
    send(res, status, body);
  };

  const server = await listenFake('PostHog', handle);
  return { baseUrl: server.baseUrl, state, faults, requests, close: server.close };
}
