import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revenueSources, usageDaily } from '../../db/schema';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

const now = new Date('2026-11-24T12:00:00Z');
const dayMs = 86_400_000;
let app: TestApp;
let client: TestClient;

type Detail = {
  metrics: { activeUsers: number | null; licensedSeats: number | null; licensedSeatsSource: string | null };
};
type Health = { current: { factors: { key: string; detail?: string }[] } | null };

const seat = (quantity: number) => ({
  productName: 'Pied Piper seat',
  unitAmount: 4_000,
  quantity,
  interval: 'month' as const,
  intervalCount: 1,
  isMetered: false,
  isRecurring: true,
});

/** 236 daily active users over the last two weeks. */
async function insertUsage(accountId: string, workspaceId: string) {
  await app.database.db.insert(usageDaily).values(
    Array.from({ length: 14 }, (_, i) => ({
      workspaceId,
      accountId,
      provider: 'posthog',
      day: new Date(now.getTime() - (i + 1) * dayMs).toISOString().slice(0, 10),
      activeUsers: 236,
      events: 1000,
      lastActivityAt: new Date(now.getTime() - (i + 1) * dayMs),
    })),
  );
}

beforeAll(async () => {
  app = await startTestApp({ now: () => now });
  const signedIn = await createSignedInWorkspace(app);
  client = signedIn.client;
  const workspaceId = signedIn.workspace.id;
  const { db } = app.database;
  const base = {
    workspaceId,
    status: 'active',
    currency: 'USD',
    billingInterval: 'month' as const,
    startDate: new Date('2026-01-01T00:00:00Z'),
    renewalDate: new Date('2027-06-01T00:00:00Z'),
  };

  // Hooli: a Salesbricks contract (signed for 1,221 seats) and the Stripe subscription that bills
  // it (1,200 seats now), linked, so the ledger merges them into one row.
  const hooli = await insertAccount(app, workspaceId, { name: 'Hooli', domain: 'hooli.com' });
  await db.insert(revenueSources).values([
    {
      ...base,
      accountId: hooli.id,
      provider: 'salesbricks',
      externalId: 'sb-hooli',
      kind: 'contract',
      productName: 'Pied Piper Enterprise',
      amountMinor: 4_800_000,
      seats: 1221,
      items: [seat(1221)],
      linkedExternalId: 'sub_hooli',
    },
    {
      ...base,
      accountId: hooli.id,
      provider: 'stripe',
      externalId: 'sub_hooli',
      kind: 'subscription',
      productName: 'Pied Piper Enterprise',
      amountMinor: 4_800_000,
      seats: 1200,
      items: [seat(1200)],
    },
  ]);
  await insertUsage(hooli.id, workspaceId);

  // Raviga: a Salesbricks contract only, so its seats come from the contract.
  const raviga = await insertAccount(app, workspaceId, { name: 'Raviga', domain: 'raviga.com' });
  await db.insert(revenueSources).values({
    ...base,
    accountId: raviga.id,
    provider: 'salesbricks',
    externalId: 'sb-raviga',
    kind: 'contract',
    productName: 'Pied Piper Team',
    amountMinor: 300_000,
    seats: 1000,
    items: [seat(1000)],
  });
  await insertUsage(raviga.id, workspaceId);

  // Rebuilds the ledger, then scores.
  await client.post('/v3/rest/success/health/recompute');
});
afterAll(async () => app.close());

async function seatsOnBothViews(domain: string) {
  const detail = (await client.get(`/v3/rest/success/customers/${domain}`)).body as Detail;
  const health = (await client.get(`/v3/rest/success/customers/${domain}/health`)).body as Health;
  const factor = health.current?.factors.find((f) => f.key === 'adoption.seats');
  const match = /^(\d[\d,]*) of (\d[\d,]*) licensed seats active \(\d+%, (.+)\)$/.exec(factor?.detail ?? '');
  return {
    card: detail.metrics,
    factor: match
      ? { active: Number(match[1]?.replace(/,/g, '')), licensed: Number(match[2]?.replace(/,/g, '')), from: match[3] }
      : null,
  };
}

describe('licensed seats: one rule for the seats card and the adoption factor', () => {
  it('counts a merged Stripe + Salesbricks pair once, from the billed subscription', async () => {
    const { card, factor } = await seatsOnBothViews('hooli.com');
    expect(card).toMatchObject({ activeUsers: 236, licensedSeats: 1200, licensedSeatsSource: 'ledger' });
    // Not 2,421 (both sources added up), not 1,221 (the contract as signed).
    expect(factor).toEqual({ active: 236, licensed: 1200, from: 'Stripe subscription' });
    expect(factor?.licensed).toBe(card.licensedSeats);
  });

  it("falls back to the Salesbricks contract's seats when nothing billed says", async () => {
    const { card, factor } = await seatsOnBothViews('raviga.com');
    expect(card).toMatchObject({ licensedSeats: 1000, licensedSeatsSource: 'salesbricks_contract' });
    expect(factor).toEqual({ active: 236, licensed: 1000, from: 'Salesbricks contract' });
  });
});
