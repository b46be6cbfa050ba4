import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { accounts, healthSnapshots, paymentEvents, revenueSources, signals, usageDaily } from '../../db/schema';
import { recomputeWorkspaceHealth } from './health.service';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

const now = new Date('2026-11-24T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
/** The app's clock: fixed, moved on only where a test needs a later instant. */
let clock = now;
let app: TestApp;
let client: TestClient;
let workspaceId: string;

type Page = {
  items: {
    domain: string;
    health: { score: number; band: string; topFactors: { label: string; points: number; source: string }[] } | null;
  }[];
  nextCursor: string | null;
};

beforeAll(async () => {
  app = await startTestApp({ now: () => clock });
  const signedIn = await createSignedInWorkspace(app);
  client = signedIn.client;
  workspaceId = signedIn.workspace.id;
  const { db } = app.database;
  const risky = await insertAccount(app, workspaceId, { name: 'Bachmanity', domain: 'bachmanity.com' });
  await insertAccount(app, workspaceId, { name: 'Quiet Co', domain: 'quiet.test' });
  await db.insert(revenueSources).values({
    workspaceId,
    accountId: risky.id,
    provider: 'salesbricks',
    externalId: 'ord-1',
    kind: 'contract',
    productName: 'Pied Piper Enterprise',
    status: 'active',
    currency: 'USD',
    amountMinor: 6_000_000,
    billingInterval: 'year',
    seats: 50,
    renewalDate: new Date(now.getTime() + 56 * 86_400_000),
  });
  // 12 of 50 seats active every day of the last eight weeks.
  await db.insert(usageDaily).values(
    Array.from({ length: 56 }, (_, i) => ({
      workspaceId,
      accountId: risky.id,
      provider: 'posthog',
      day: daysAgo(i + 1)
        .toISOString()
        .slice(0, 10),
      activeUsers: 12,
      events: 240,
      lastActivityAt: daysAgo(i + 1),
    })),
  );
  await db.insert(paymentEvents).values({
    workspaceId,
    accountId: risky.id,
    provider: 'stripe',
    externalId: 'in_1:failed:1',
    type: 'payment_failed',
    amountMinor: 500_000,
    currency: 'USD',
    occurredAt: daysAgo(10),
  });
  await db.insert(signals).values({
    workspaceId,
    accountId: risky.id,
    provider: 'api',
    externalId: 'nps-1',
    type: 'nps',
    sentiment: 'positive',
    score: 9,
    text: 'Love the compression',
    source: 'survey',
    occurredAt: daysAgo(12),
  });
});
afterAll(async () => app.close());

async function accountByDomain(domain: string) {
  const [row] = await app.database.db
    .select()
    .from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), eq(accounts.domain, domain)));
  if (!row) throw new Error(`no account ${domain}`);
  return row;
}

describe('health recompute and the scored queue', () => {
  it('scores every account, explains the score, and appends a snapshot only when something changed', async () => {
    const recomputed = await client.post('/v3/rest/success/health/recompute');
    expect(recomputed.body).toMatchObject({ accounts: 2 });
    const page = (await client.get('/v3/rest/success/health?sort=score')).body as Page;
    const risky = page.items.find((item) => item.domain === 'bachmanity.com');
    expect(risky?.health?.band).toBe('at_risk');
    expect(risky?.health?.topFactors[0]).toMatchObject({
      label: 'Low product adoption',
      points: -8,
      source: 'PostHog',
    });
    expect(risky?.health?.topFactors.map((factor) => factor.points)).toEqual([-8, -5, -3]);
    expect(page.items[0]?.domain).toBe('bachmanity.com');

    // Two more recomputes with no new data: still one snapshot per account, confirmed each time.
    await client.post('/v3/rest/success/health/recompute');
    await client.post('/v3/rest/success/health/recompute');
    const snapshots = await app.database.db
      .select()
      .from(healthSnapshots)
      .where(eq(healthSnapshots.workspaceId, workspaceId));
    expect(snapshots).toHaveLength(2);
    expect(new Set(snapshots.map((snapshot) => snapshot.accountId)).size).toBe(2);
    expect(snapshots.every((snapshot) => snapshot.confirmedAt?.getTime() === now.getTime())).toBe(true);
  });

  it('shows an account with too little data as "not enough data", with its score and coverage kept', async () => {
    // Quiet Co has no usage, billing or renewal: only signals (25% of the weight) are known.
    const page = (await client.get('/v3/rest/success/health?band=not_enough_data')).body as Page & {
      items: { health: { coverage: number | null } | null }[];
    };
    expect(page.items.map((item) => item.domain)).toEqual(['quiet.test']);
    expect(page.items[0]?.health).toMatchObject({ score: 75, band: 'not_enough_data', coverage: 0.25 });
    const [snapshot] = await app.database.db
      .select()
      .from(healthSnapshots)
      .where(eq(healthSnapshots.accountId, (await accountByDomain('quiet.test')).id));
    expect(snapshot?.band).toBe('not_enough_data');
  });

  it('filters by band and rejects an unknown band with 400', async () => {
    const atRisk = (await client.get('/v3/rest/success/health?band=at_risk')).body as Page;
    expect(atRisk.items.map((item) => item.domain)).toEqual(['bachmanity.com']);
    const bad = await client.get('/v3/rest/success/health?band=purple');
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain('application/problem+json');
  });

  it('pages the score-sorted queue with a cursor', async () => {
    const first = (await client.get('/v3/rest/success/health?sort=score&limit=1')).body as Page;
    const second = (
      await client.get(
        `/v3/rest/success/health?sort=score&limit=1&cursor=${encodeURIComponent(first.nextCursor ?? '')}`,
      )
    ).body as Page;
    expect([first.items[0]?.domain, second.items[0]?.domain]).toEqual(['bachmanity.com', 'quiet.test']);
    expect(second.nextCursor).toBeNull();
  });
});

describe('the Health summary', () => {
  it('counts tracked accounts per band and accounts renewing within 30, 60 and 90 days', async () => {
    const summary = (await client.get('/v3/rest/success/health/summary')).body as {
      accountsByBand: Record<string, number>;
      renewingAccounts: { d30: number; d60: number; d90: number };
    };
    const total = Object.values(summary.accountsByBand).reduce((a, b) => a + b, 0);
    expect(total).toBe(2);
    expect(summary.accountsByBand.at_risk).toBe(1);
    // Bachmanity renews in 56 days: not within 30, within 60 and 90.
    expect(summary.renewingAccounts).toEqual({ d30: 0, d60: 1, d90: 1 });
  });
});

describe('score history and "why did it change"', () => {
  it('returns the full breakdown, the history, and a factor-by-factor diff between two snapshots', async () => {
    const { db } = app.database;
    // A new complaint arrives; the next recompute should explain the drop by that factor alone.
    const [account] = await db
      .select()
      .from(healthSnapshots)
      .where(eq(healthSnapshots.workspaceId, workspaceId))
      .limit(1);
    expect(account).toBeDefined();
    const before = (await client.get('/v3/rest/success/customers/bachmanity.com/health?days=30')).body as {
      current: { id: string; score: number; factors: { label: string; points: number }[] };
      history: { id: string }[];
    };
    expect(before.current.factors.map((factor) => factor.points).reduce((a, b) => a + b, 0)).toBe(
      before.current.score - 75,
    );
    await db.insert(signals).values({
      workspaceId,
      accountId: (await db.query.accounts.findFirst({ where: (t, { eq: is }) => is(t.domain, 'bachmanity.com') }))!.id,
      provider: 'api',
      externalId: 'complaint-1',
      type: 'complaint',
      sentiment: 'negative',
      text: 'Exports keep failing',
      source: 'support',
      occurredAt: daysAgo(1),
    });
    // A minute later, as a real recompute is: the history orders snapshots by computed_at, and two
    // snapshots computed at the same instant have no order between them (ids are random).
    clock = new Date(now.getTime() + 60_000);
    try {
      await client.post('/v3/rest/success/health/recompute');
    } finally {
      clock = now;
    }
    const after = (await client.get('/v3/rest/success/customers/bachmanity.com/health?days=30')).body as typeof before;
    expect(after.history.length).toBe(before.history.length + 1);
    const diff = (
      await client.get(
        `/v3/rest/success/customers/bachmanity.com/health/diff?from=${before.current.id}&to=${after.current.id}`,
      )
    ).body as {
      scoreDelta: number;
      factors: { label: string; change: string; delta: number }[];
    };
    expect(diff.scoreDelta).toBe(after.current.score - before.current.score);
    expect(diff.scoreDelta).toBeLessThan(0);
    expect(diff.factors.some((factor) => factor.change === 'appeared' && factor.delta < 0)).toBe(true);
    expect((await client.get('/v3/rest/success/customers/bachmanity.com/health?days=7')).status).toBe(400);
  });
});

describe('the nightly rescore', () => {
  it('rescores workspaces scored before today, appending snapshots only for accounts that changed', async () => {
    const { listStaleWorkspaces, recomputeStaleWorkspaces } = await import('./nightly');
    expect(await listStaleWorkspaces(app.database.db, now)).not.toContain(workspaceId);
    const tomorrow = new Date(now.getTime() + 25 * 3_600_000);
    expect(await listStaleWorkspaces(app.database.db, tomorrow)).toContain(workspaceId);
    const quiet = await accountByDomain('quiet.test');
    const quietSnapshots = () =>
      app.database.db.select().from(healthSnapshots).where(eq(healthSnapshots.accountId, quiet.id));
    const before = await quietSnapshots();
    expect(await recomputeStaleWorkspaces(app.database.db, tomorrow)).toBeGreaterThanOrEqual(1);
    // Nothing changed for Quiet Co: the same snapshot, confirmed tomorrow.
    const after = await quietSnapshots();
    expect(after.map((row) => row.id)).toEqual(before.map((row) => row.id));
    expect(after[0]?.confirmedAt?.getTime()).toBe(tomorrow.getTime());
    expect((await accountByDomain('quiet.test')).healthComputedAt?.getTime()).toBe(tomorrow.getTime());
    expect(await listStaleWorkspaces(app.database.db, tomorrow)).not.toContain(workspaceId);
  });
});

describe('churned accounts', () => {
  it('are not scored: band churned, no score, factors or coverage, and no new snapshot', async () => {
    const { db } = app.database;
    const risky = await accountByDomain('bachmanity.com');
    const snapshotsBefore = await db.select().from(healthSnapshots).where(eq(healthSnapshots.accountId, risky.id));
    await db
      .update(accounts)
      .set({ churnedAt: daysAgo(3) })
      .where(eq(accounts.id, risky.id));
    // The recompute on its own: the ledger rebuild would re-derive churn from the revenue sources.
    await recomputeWorkspaceHealth(db, workspaceId, now);
    const churned = await accountByDomain('bachmanity.com');
    expect(churned).toMatchObject({
      healthBand: 'churned',
      healthScore: null,
      healthTopFactors: null,
      healthCoverage: null,
    });
    const snapshotsAfter = await db.select().from(healthSnapshots).where(eq(healthSnapshots.accountId, risky.id));
    expect(snapshotsAfter).toHaveLength(snapshotsBefore.length);
    await db.update(accounts).set({ churnedAt: null }).where(eq(accounts.id, risky.id));
  });
});
