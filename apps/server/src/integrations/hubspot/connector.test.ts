import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CanonicalRecord, ConnectorContext, SyncPage } from '../connector';
import { ProviderError } from '../http/provider-error';
import { createHubspotConnector, type HubspotConnectorOptions } from './connector';
import { startHubspotFake, type HubspotFake } from './fake-server';
import type { HubspotCredentials, HubspotSettings } from './schemas';

const total = 250;
const companyId = (n: number) => String(1000 + n);

function seed(fake: HubspotFake) {
  for (let n = 1; n <= total; n += 1) {
    fake.state.companies.push({
      id: companyId(n),
      properties: {
        name: `Company ${n}`,
        domain: `company${n}.com`,
        industry: 'COMPUTER_SOFTWARE',
        numberofemployees: String(n * 10),
        annualrevenue: null,
        city: 'Berlin',
        state: null,
        country: 'Germany',
        tier: n % 2 === 0 ? 'Gold' : 'Silver',
      },
      createdAt: '2024-01-02T10:00:00.000Z',
      updatedAt: '2025-06-01T08:00:00.000Z',
    });
  }
}

function enrichments(records: CanonicalRecord[]) {
  return records.flatMap((record) => (record.kind === 'enrichment' ? [record] : []));
}

describe('hubspot connector against the fake', () => {
  let fake: HubspotFake;
  const sleep = vi.fn((_ms: number) => Promise.resolve());
  const connector = (options: HubspotConnectorOptions = {}) =>
    createHubspotConnector({ ...options, retry: { sleep, random: () => 0.5, ...options.retry } });
  const context = (
    overrides: Partial<ConnectorContext<HubspotCredentials, HubspotSettings>> = {},
  ): ConnectorContext<HubspotCredentials, HubspotSettings> => ({
    credentials: { accessToken: fake.state.accessToken },
    settings: { customProperties: ['tier'] },
    baseUrl: fake.baseUrl,
    now: new Date('2025-06-15T12:00:00Z'),
    signal: new AbortController().signal,
    ...overrides,
  });

  async function fullPass(options: HubspotConnectorOptions = {}): Promise<SyncPage[]> {
    const subject = connector(options);
    const pages: SyncPage[] = [];
    let cursor: SyncPage['nextCursor'] = null;
    do {
      const page = await subject.fetchPage(context(), { mode: 'full', cursor, since: null });
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor && pages.length < 20);
    return pages;
  }

  const allIds = () => Array.from({ length: total }, (_, index) => companyId(index + 1));
  const afterParams = () => fake.requests.map((request) => request.query.after?.[0] ?? null);

  beforeEach(async () => {
    sleep.mockClear();
    fake = await startHubspotFake();
    seed(fake);
  });
  afterEach(async () => {
    await fake.close();
  });

  it('pages through every company exactly once with the after cursor, asking for custom properties', async () => {
    const pages = await fullPass();
    expect(pages).toHaveLength(3);
    expect(afterParams()).toEqual([null, '100', '200']);
    expect(fake.requests[0]?.query.limit).toEqual(['100']);
    expect(fake.requests[0]?.query.properties).toEqual(
      expect.arrayContaining(['domain', 'name', 'numberofemployees', 'tier']),
    );
    const records = pages.flatMap((page) => page.records);
    expect(enrichments(records).map((record) => record.externalId)).toEqual(allIds());
    expect(records.filter((record) => record.kind === 'customer')).toHaveLength(total);
    expect(enrichments(records)[1]).toEqual({
      kind: 'enrichment',
      ref: { customerExternalId: '1002', domain: 'company2.com', label: 'Company 2' },
      externalId: '1002',
      properties: {
        tier: 'Gold',
        industry: 'COMPUTER_SOFTWARE',
        employees: 20,
        annualRevenue: null,
        city: 'Berlin',
        state: null,
        country: 'Germany',
      },
    });
  });

  it('waits out two 429s for the Retry-After it was given, then succeeds', async () => {
    fake.faults.rateLimit = { times: 2, retryAfterSeconds: 2 };
    const pages = await fullPass();
    expect(enrichments(pages.flatMap((page) => page.records))).toHaveLength(total);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([2000, 2000]);
  });

  it("follows HubSpot's ten-secondly policy when a 429 has no Retry-After", async () => {
    fake.faults.rateLimit = { times: 1, retryAfterSeconds: null, policyName: 'TEN_SECONDLY_ROLLING' };
    await fullPass();
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([10_000]);
  });

  it('recovers from 500s with backoff', async () => {
    fake.faults.serverErrors = 2;
    const pages = await fullPass();
    expect(enrichments(pages.flatMap((page) => page.records))).toHaveLength(total);
    expect(sleep).toHaveBeenCalledTimes(2);
  });

  it('gives up after the attempt budget with a server ProviderError', async () => {
    fake.faults.serverErrors = 100;
    const error = await connector({ retry: { maxAttempts: 3 } })
      .fetchPage(context(), { mode: 'full', cursor: null, since: null })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'server', status: 500 });
    expect(fake.requests).toHaveLength(3);
  });

  it("reports a rejected token as an auth error in HubSpot's words, without retrying", async () => {
    const error = await connector()
      .fetchPage(context({ credentials: { accessToken: 'pat-na1-wrong' } }), {
        mode: 'full',
        cursor: null,
        since: null,
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'auth', status: 401 });
    expect(error instanceof ProviderError && error.message).toMatch(
      /^HubSpot answered 401: Authentication credentials not found\./,
    );
    expect(fake.requests).toHaveLength(1);
  });

  it('quarantines a malformed company and maps the rest', async () => {
    fake.faults.malformedId = companyId(150);
    const pages = await fullPass();
    const quarantined = pages.flatMap((page) => page.quarantined);
    expect(quarantined.map((record) => record.externalId)).toEqual([companyId(150)]);
    expect(quarantined[0]?.payload).toMatchObject({ id: companyId(150) });
    const ids = enrichments(pages.flatMap((page) => page.records)).map((record) => record.externalId);
    expect(ids).toEqual(allIds().filter((id) => id !== companyId(150)));
  });

  it('retries a connection dropped mid-response', async () => {
    fake.faults.dropConnections = 1;
    const pages = await fullPass();
    expect(enrichments(pages.flatMap((page) => page.records))).toHaveLength(total);
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(afterParams()).toEqual([null, null, '100', '200']);
  });

  it('times out a slow page and retries it', async () => {
    fake.faults.slowMs = 300;
    sleep.mockImplementationOnce(() => {
      fake.faults.slowMs = 0;
      return Promise.resolve();
    });
    const pages = await fullPass({ requestTimeoutMs: 50 });
    expect(enrichments(pages.flatMap((page) => page.records))).toHaveLength(total);
  });

  it('tests the connection with a one-company page', async () => {
    await expect(connector().testConnection(context())).resolves.toEqual({
      detail: 'Reached HubSpot: companies are readable.',
    });
    expect(fake.requests[0]?.query).toMatchObject({ limit: ['1'], properties: ['name'] });
  });
});
