import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CanonicalRecord, ConnectorContext, SyncPage } from '../connector';
import { ProviderError } from '../http/provider-error';
import { createPosthogConnector, type PosthogConnectorOptions } from './connector';
import { startPosthogFake, type PosthogFake } from './fake-server';
import type { PosthogCredentials, PosthogSettings } from './schemas';

const now = new Date('2025-06-15T12:00:00Z');
const groupKey = (n: number) => `group-${String(n).padStart(2, '0')}`;
const days = ['2025-06-01', '2025-06-02', '2025-06-03'];

function seed(fake: PosthogFake, count: number) {
  for (let n = 1; n <= count; n += 1) {
    fake.state.groups.push({ key: groupKey(n), properties: { domain: `www.company${n}.com`, name: `Company ${n}` } });
    for (const day of days) {
      fake.state.usage.push({
        groupKey: groupKey(n),
        day,
        activeUsers: n,
        events: n * 10,
        lastEventAt: `${day}T18:00:00Z`,
      });
    }
    // Outside the 180-day window: never asked for.
    fake.state.usage.push({
      groupKey: groupKey(n),
      day: '2024-01-01',
      activeUsers: 1,
      events: 1,
      lastEventAt: '2024-01-01T00:00:00Z',
    });
  }
}

function usageDays(records: CanonicalRecord[]) {
  return records.flatMap((record) =>
    record.kind === 'usage_day' ? [`${record.ref.customerExternalId}:${record.row.day}`] : [],
  );
}

describe('posthog connector against the fake', () => {
  let fake: PosthogFake;
  const sleep = vi.fn((_ms: number) => Promise.resolve());
  const connector = (options: PosthogConnectorOptions = {}) =>
    createPosthogConnector({ pageSize: 5, ...options, retry: { sleep, random: () => 0.5, ...options.retry } });
  const context = (
    overrides: Partial<ConnectorContext<PosthogCredentials, PosthogSettings>> = {},
  ): ConnectorContext<PosthogCredentials, PosthogSettings> => ({
    credentials: { personalApiKey: fake.state.personalApiKey },
    settings: {
      projectId: fake.state.projectId,
      host: 'https://us.posthog.com',
      groupTypeIndex: 0,
      domainProperty: 'domain',
    },
    baseUrl: fake.baseUrl,
    now,
    signal: new AbortController().signal,
    ...overrides,
  });

  async function fullPass(options: PosthogConnectorOptions = {}): Promise<SyncPage[]> {
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

  const usageRequests = () => fake.requests.filter((request) => request.query.includes('FROM events'));
  const allExpectedDays = (count: number) =>
    Array.from({ length: count }, (_, index) => days.map((day) => `${groupKey(index + 1)}:${day}`)).flat();

  beforeEach(async () => {
    sleep.mockClear();
    fake = await startPosthogFake();
    seed(fake, 7);
  });
  afterEach(async () => {
    await fake.close();
  });

  it('pages through every group-day in the window exactly once with keyset cursors', async () => {
    const pages = await fullPass();
    expect(pages).toHaveLength(5);
    const records = pages.flatMap((page) => page.records);
    expect(usageDays(records)).toEqual(allExpectedDays(7));
    expect(usageRequests().map((request) => [request.values.after_key, request.values.after_day])).toEqual([
      ['', '1970-01-01'],
      ['group-02', '2025-06-02'],
      ['group-04', '2025-06-01'],
      ['group-05', '2025-06-03'],
      ['group-07', '2025-06-02'],
    ]);
    expect(new Set(usageRequests().map((request) => request.values.window_start))).toEqual(
      new Set(['2024-12-17 00:00:00']),
    );
    const first = records[0];
    expect(first).toEqual({
      kind: 'usage_day',
      ref: { customerExternalId: 'group-01', domain: 'company1.com', label: 'Company 1' },
      row: { day: '2025-06-01', activeUsers: 1, events: 10, lastActivityAt: new Date('2025-06-01T18:00:00Z') },
    });
  });

  it('asks for the domains of only the groups on the page', async () => {
    await fullPass();
    const lookups = fake.requests.filter((request) => request.query.includes('FROM groups'));
    expect(lookups[0]?.values).toMatchObject({
      keys: ['group-01', 'group-02'],
      domain_property: 'domain',
      group_type_index: 0,
    });
  });

  it('leaves the domain null for a group without the domain property', async () => {
    fake.state.groups[0] = { key: groupKey(1), properties: { name: 'Company 1' } };
    const [page] = await fullPass();
    expect(page?.records[0]?.ref).toEqual({ customerExternalId: 'group-01', domain: null, label: 'Company 1' });
  });

  it('waits out two 429s for the Retry-After it was given, then succeeds', async () => {
    fake.faults.rateLimit = { times: 2, retryAfterSeconds: 7 };
    const pages = await fullPass();
    expect(usageDays(pages.flatMap((page) => page.records))).toEqual(allExpectedDays(7));
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([7000, 7000]);
  });

  it('falls back to the wait named in the throttle message when Retry-After is missing', async () => {
    fake.faults.rateLimit = { times: 1, retryAfterSeconds: null };
    await fullPass();
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([1000]);
  });

  it('recovers from 500s with backoff', async () => {
    fake.faults.serverErrors = 3;
    const pages = await fullPass();
    expect(usageDays(pages.flatMap((page) => page.records))).toEqual(allExpectedDays(7));
    expect(sleep).toHaveBeenCalledTimes(3);
  });

  it('gives up after the attempt budget with a server ProviderError', async () => {
    fake.faults.serverErrors = 100;
    const error = await connector({ retry: { maxAttempts: 4 } })
      .fetchPage(context(), { mode: 'full', cursor: null, since: null })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'server', status: 500 });
    expect(fake.requests).toHaveLength(4);
  });

  it("reports a rejected key as an auth error in PostHog's words, without retrying", async () => {
    const error = await connector()
      .fetchPage(context({ credentials: { personalApiKey: 'phx_wrong' } }), { mode: 'full', cursor: null, since: null })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'auth', status: 401 });
    expect(error instanceof ProviderError && error.message).toBe('PostHog answered 401: Invalid Personal API key.');
    expect(fake.requests).toHaveLength(1);
  });

  it("quarantines a group's malformed rows and maps the rest", async () => {
    fake.faults.malformedId = groupKey(3);
    const pages = await fullPass();
    const quarantined = pages.flatMap((page) => page.quarantined);
    expect(quarantined.map((record) => record.externalId)).toEqual(days.map((day) => `group-03:${day}`));
    expect(usageDays(pages.flatMap((page) => page.records))).toEqual(
      allExpectedDays(7).filter((key) => !key.startsWith('group-03')),
    );
  });

  it('retries a connection dropped mid-response', async () => {
    fake.faults.dropConnections = 1;
    const pages = await fullPass();
    expect(usageDays(pages.flatMap((page) => page.records))).toEqual(allExpectedDays(7));
    expect(sleep).toHaveBeenCalledTimes(1);
  });

  it('times out a slow query and retries it', async () => {
    fake.faults.slowMs = 300;
    sleep.mockImplementationOnce(() => {
      fake.faults.slowMs = 0;
      return Promise.resolve();
    });
    const pages = await fullPass({ requestTimeoutMs: 50 });
    expect(usageDays(pages.flatMap((page) => page.records))).toEqual(allExpectedDays(7));
  });

  it('tests the connection by counting company groups', async () => {
    await expect(connector().testConnection(context())).resolves.toEqual({
      detail: 'Reached PostHog project 4242: 7 company groups.',
    });
  });
});
