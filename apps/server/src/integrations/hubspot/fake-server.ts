/**
 * A local HubSpot CRM v3 for tests, the target of the SDK's `basePath`:
 * `GET /crm/v3/objects/companies` with Bearer auth, `limit` (max 100) / `after` paging with
 * `paging.next` (absent on the last page), requested `properties` only (plus the three HubSpot
 * always adds), HubSpot's error envelope and rate-limit headers, and faults a test switches on.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenFake, type FakeFaults as SharedFakeFaults } from '../testing/fake-http-server';

export type FakeCompany = {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
};

export type HubspotFakeState = { accessToken: string; companies: FakeCompany[] };

/** HubSpot's 429s also name the policy that tripped. */
export type FakeFaults = Omit<SharedFakeFaults, 'rateLimit'> & {
  rateLimit: { times: number; retryAfterSeconds: number | null; policyName?: string } | null;
};

export type FakeRequest = { method: string; path: string; query: Record<string, string[]> };

export type HubspotFake = {
  baseUrl: string;
  state: HubspotFakeState;
  faults: FakeFaults;
  requests: FakeRequest[];
  close: () => Promise<void>;
};

export type HubspotFakeOptions = { state?: Partial<HubspotFakeState>; faults?: Partial<FakeFaults> };

const alwaysReturned = ['createdate', 'hs_lastmodifieddate', 'hs_object_id'];
const rateLimitHeaders = {
  'x-hubspot-ratelimit-daily': '250000',
  'x-hubspot-ratelimit-daily-remaining': '249990',
  'x-hubspot-ratelimit-interval-milliseconds': '10000',
  'x-hubspot-ratelimit-max': '100',
  'x-hubspot-ratelimit-remaining': '99',
};

const companiesPath = '/crm/v3/objects/companies';

export async function startHubspotFake(options: HubspotFakeOptions = {}): Promise<HubspotFake> {
  const state: HubspotFakeState = { accessToken: 'pat-na1-test', companies: [], ...options.state };
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

  const error = (message: string, extra: Record<string, unknown> = {}) => ({
    status: 'error',
    message,
    correlationId: randomUUID(),
    ...extra,
  });

  /** Errors carry a Content-Length; list pages stream chunked, as HubSpot's CDN sends large JSON. */
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    const length: Record<string, string> = status === 200 ? {} : { 'content-length': String(Buffer.byteLength(text)) };
    res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', ...length, ...headers });
    if (status === 200 && faults.dropConnections > 0) {
      faults.dropConnections -= 1;
      res.write(text.slice(0, Math.floor(text.length / 2)));
      setImmediate(() => res.socket?.destroy());
      return;
    }
    res.end(text);
  };

  const serve = (company: FakeCompany, properties: string[]) => {
    if (company.id === faults.malformedId) {
      return {
        id: company.id,
        properties: { name: { unexpected: true }, domain: ['not', 'a', 'string'] },
        createdAt: company.createdAt,
        updatedAt: company.updatedAt,
        archived: false,
      };
    }
    const wanted = [...new Set([...properties, ...alwaysReturned])];
    const values: Record<string, string | null> = {
      createdate: company.createdAt,
      hs_lastmodifieddate: company.updatedAt,
      hs_object_id: company.id,
    };
    for (const name of wanted) values[name] = company.properties[name] ?? values[name] ?? null;
    return {
      id: company.id,
      properties: values,
      createdAt: company.createdAt,
      updatedAt: company.updatedAt,
      archived: false,
    };
  };

  const listCompanies = (url: URL) => {
    const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 10) || 10, 1), 100);
    const offset = Number(url.searchParams.get('after') ?? 0) || 0;
    const properties = url.searchParams.getAll('properties').flatMap((value) => value.split(','));
    const sorted = [...state.companies].sort((a, b) => Number(a.id) - Number(b.id));
    const results = sorted.slice(offset, offset + limit).map((company) => serve(company, properties));
    const nextOffset = offset + limit;
    const paging =
      nextOffset < sorted.length
        ? { next: { after: String(nextOffset), link: `${baseUrl}${companiesPath}?after=${nextOffset}` } }
        : undefined;
    return paging ? { results, paging } : { results };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', baseUrl);
    const query: Record<string, string[]> = {};
    for (const [key, value] of url.searchParams.entries()) (query[key] ??= []).push(value);
    requests.push({ method: req.method ?? 'GET', path: url.pathname, query });
    if (faults.slowMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.slowMs));
    if (res.destroyed) return;
    if (faults.rateLimit && faults.rateLimit.times > 0) {
      faults.rateLimit.times -= 1;
      const { retryAfterSeconds: seconds, policyName = 'TEN_SECONDLY_ROLLING' } = faults.rateLimit;
      const headers: Record<string, string> = seconds === null ? {} : { 'retry-after': String(seconds) };
      const body = error(`You have reached your ${policyName.toLowerCase()} limit.`, {
        errorType: 'RATE_LIMIT',
        policyName,
        groupName: 'private-app',
      });
      return send(res, 429, body, { ...rateLimitHeaders, 'x-hubspot-ratelimit-remaining': '0', ...headers });
    }
    if (faults.serverErrors > 0) {
      faults.serverErrors -= 1;
      return send(res, 500, error('internal error', { category: 'INTERNAL_ERROR' }));
    }
    if (req.headers.authorization !== `Bearer ${state.accessToken}`) {
      const message =
        'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview';
      return send(res, 401, error(message, { category: 'INVALID_AUTHENTICATION' }), {
        'x-hubspot-auth-failure': '401 Unauthorized',
      });
    }
    if (req.method === 'GET' && url.pathname === companiesPath)
      return send(res, 200, listCompanies(url), rateLimitHeaders);
    send(res, 404, error('Resource not found', { category: 'OBJECT_NOT_FOUND' }));
  };

  const server = await listenFake('HubSpot', handle);
  baseUrl = server.baseUrl;
  return { baseUrl: server.baseUrl, state, faults, requests, close: server.close };
}
