import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, paymentEvents, signals } from '../../db/schema';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

let app: TestApp;
let client: TestClient;
let other: TestClient;

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 12));

beforeAll(async () => {
  app = await startTestApp();
  const signedIn = await createSignedInWorkspace(app);
  client = signedIn.client;
  other = (await createSignedInWorkspace(app)).client;
  const workspaceId = signedIn.workspace.id;
  const account = await insertAccount(app, workspaceId, { name: 'Raviga', domain: 'raviga.com' });
  const { db } = app.database;
  await db.insert(activities).values([
    {
      workspaceId,
      accountId: account.id,
      provider: 'calls',
      externalId: 'c1',
      type: 'call',
      title: 'QBR with Monica',
      summary: 'Wants SSO before renewal.',
      occurredAt: day(1),
    },
    {
      workspaceId,
      accountId: account.id,
      provider: 'hubspot',
      externalId: 'e1',
      type: 'email',
      title: 'Renewal quote sent',
      occurredAt: day(3),
    },
    {
      workspaceId,
      accountId: account.id,
      provider: 'salesbricks',
      externalId: 'o1',
      type: 'contract_change',
      title: 'Order moved to Signing',
      occurredAt: day(5),
    },
  ]);
  await db.insert(signals).values([
    {
      workspaceId,
      accountId: account.id,
      provider: 'api',
      externalId: 's1',
      type: 'nps',
      sentiment: 'negative',
      score: 4,
      text: 'Exports are slow',
      source: 'survey',
      occurredAt: day(2),
    },
    {
      workspaceId,
      accountId: account.id,
      provider: 'api',
      externalId: 's2',
      type: 'complaint',
      sentiment: 'negative',
      text: 'Latency from APAC',
      source: 'support',
      occurredAt: day(4),
    },
  ]);
  await db.insert(paymentEvents).values({
    workspaceId,
    accountId: account.id,
    provider: 'stripe',
    externalId: 'p1',
    type: 'payment_failed',
    amountMinor: 49_900,
    currency: 'usd',
    failureReason: 'card_declined',
    occurredAt: day(6),
  });
});
afterAll(async () => app.close());

type Feed = {
  items: { type: string; subtype: string; title: string; amount: { amount: number; currency: string } | null }[];
  nextCursor: string | null;
};

describe('the account timeline', () => {
  it('merges calls, emails, contract changes, signals and payments newest first', async () => {
    const feed = (await client.get('/v3/rest/success/customers/raviga.com/activity')).body as Feed;
    expect(feed.items.map((item) => item.subtype)).toEqual([
      'payment_failed',
      'contract_change',
      'complaint',
      'email',
      'nps',
      'call',
    ]);
    expect(feed.items[0]).toMatchObject({
      type: 'payment',
      title: 'Payment failed',
      amount: { amount: 49_900, currency: 'USD' },
    });
  });

  it('filters by type and pages with a cursor without repeats', async () => {
    const signalsOnly = (await client.get('/v3/rest/success/customers/raviga.com/activity?types=signal,call'))
      .body as Feed;
    expect(signalsOnly.items.map((item) => item.subtype)).toEqual(['complaint', 'nps', 'call']);
    const first = (await client.get('/v3/rest/success/customers/raviga.com/activity?limit=4')).body as Feed;
    const second = (
      await client.get(
        `/v3/rest/success/customers/raviga.com/activity?limit=4&cursor=${encodeURIComponent(first.nextCursor ?? '')}`,
      )
    ).body as Feed;
    expect(first.items).toHaveLength(4);
    expect(second.items.map((item) => item.subtype)).toEqual(['nps', 'call']);
    expect(second.nextCursor).toBeNull();
  });

  it('rejects an unknown type with 400 naming the valid ones', async () => {
    const response = await client.get('/v3/rest/success/customers/raviga.com/activity?types=gossip');
    expect(response.status).toBe(400);
    expect((response.body as { detail: string }).detail).toContain('Unknown type gossip');
  });

  it('untracks and re-tracks an account, recording both in the timeline', async () => {
    expect(
      (
        await client.put('/v3/rest/success/customers/raviga.com/tracking', {
          isTracked: false,
          reason: 'Internal test account',
        })
      ).body,
    ).toEqual({ isTracked: false });
    expect(((await client.get('/v3/rest/success/health')).body as Feed).items).toEqual([]);
    await client.put('/v3/rest/success/customers/raviga.com/tracking', { isTracked: true });
    const tracking = (await client.get('/v3/rest/success/customers/raviga.com/activity?types=tracking')).body as Feed;
    expect(tracking.items.map((item) => item.title)).toEqual([
      'Re-tracked for health monitoring',
      'Untracked from health monitoring',
    ]);
  });

  it('is invisible to another workspace', async () => {
    expect((await other.get('/v3/rest/success/customers/raviga.com/activity')).status).toBe(404);
    expect((await other.put('/v3/rest/success/customers/raviga.com/tracking', { isTracked: false })).status).toBe(404);
  });
});
