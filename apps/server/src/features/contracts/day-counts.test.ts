import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountSummary } from '@success/shared/accounts';
import type { CustomerDetail } from '@success/shared/customers';
import type { HealthSummary } from '@success/shared/health';
import type { LedgerRow, LedgerSummary } from '@success/shared/ledger';
import type { Workspace } from '@success/shared/workspace';
import { revenueSources } from '../../db/schema';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

/*
 * "Today" is Thursday 3 December 2026 at 22:30 UTC, 23:30 in Paris (UTC+1).
 *   Hooli renews 11 Dec 23:00 UTC = 12 Dec 00:00 in Paris: 8 days in UTC, 9 in Paris. (8 days and
 *     30 minutes away: the old API rounded the span up to 9 while the factor and the web said 8.)
 *   Raviga renews 2 Jan 22:59 UTC = 2 Jan 23:59 in Paris: 30 days in both, so inside "within 30
 *     days" (the old window, now + 30 × 24 h, ended at 2 Jan 22:30 UTC and missed it).
 */
const now = new Date('2026-12-03T22:30:00Z');
let app: TestApp;
let client: TestClient;
let workspaceId: string;

const subscription = {
  kind: 'subscription' as const,
  provider: 'stripe' as const,
  status: 'active',
  currency: 'USD',
  billingInterval: 'year' as const,
  productName: 'Enterprise',
  startDate: new Date('2026-01-01T00:00:00Z'),
};

beforeAll(async () => {
  app = await startTestApp({ now: () => now });
  const signedIn = await createSignedInWorkspace(app);
  client = signedIn.client;
  workspaceId = signedIn.workspace.id;
  const hooli = await insertAccount(app, workspaceId, { name: 'Hooli', domain: 'hooli.xyz', isTracked: true });
  const raviga = await insertAccount(app, workspaceId, { name: 'Raviga', domain: 'raviga.com', isTracked: true });
  await app.database.db.insert(revenueSources).values([
    {
      ...subscription,
      workspaceId,
      accountId: hooli.id,
      externalId: 'sub_hooli',
      amountMinor: 5_901_600,
      renewalDate: new Date('2026-12-11T23:00:00Z'),
    },
    {
      ...subscription,
      workspaceId,
      accountId: raviga.id,
      externalId: 'sub_raviga',
      amountMinor: 1_200_000,
      renewalDate: new Date('2027-01-02T22:59:00Z'),
    },
  ]);
  expect((await client.post('/v3/rest/success/health/recompute')).status).toBe(200);
});
afterAll(async () => app.close());

/** Hooli's day count as every API field and the factor text show it. */
async function hooliDayCounts() {
  const health = (await client.get('/v3/rest/success/health?q=hooli')).body as { items: AccountSummary[] };
  const ledger = (await client.get('/v3/rest/success/contracts?q=hooli')).body as { items: LedgerRow[] };
  const renewals = (await client.get('/v3/rest/success/contracts/renewals?withinDays=30')).body as {
    items: LedgerRow[];
  };
  const detail = (await client.get('/v3/rest/success/customers/hooli.xyz')).body as CustomerDetail;
  const breakdown = (await client.get('/v3/rest/success/customers/hooli.xyz/health')).body as {
    current: { factors: { key: string; detail?: string }[] } | null;
  };
  const factor = breakdown.current?.factors.find((f) => f.key === 'renewal.approaching');
  return {
    health: health.items.find((item) => item.domain === 'hooli.xyz')?.daysToRenewal,
    ledger: ledger.items[0]?.daysToRenewal,
    renewals: renewals.items.find((row) => row.account?.domain === 'hooli.xyz')?.daysToRenewal,
    detail: detail.account.daysToRenewal,
    factor: Number(/Renews in (\d+) days?/.exec(factor?.detail ?? '')?.[1]),
  };
}

async function renewingWithin30() {
  const health = (await client.get('/v3/rest/success/health?renewalWithinDays=30')).body as { items: AccountSummary[] };
  const renewals = (await client.get('/v3/rest/success/contracts/renewals?withinDays=30')).body as {
    items: LedgerRow[];
  };
  const contracts = (await client.get('/v3/rest/success/contracts?renewalWithinDays=30')).body as {
    items: LedgerRow[];
  };
  const healthSummary = (await client.get('/v3/rest/success/health/summary')).body as HealthSummary;
  const contractsSummary = (await client.get('/v3/rest/success/contracts/summary')).body as LedgerSummary;
  return {
    health: health.items.map((item) => item.domain).sort(),
    renewals: renewals.items.map((row) => row.account?.domain).sort(),
    contracts: contracts.items.map((row) => row.account?.domain).sort(),
    healthSummary: healthSummary.renewingAccounts.d30,
    contractsArr: contractsSummary.renewingArr.d30.amount,
  };
}

describe('days to renewal', () => {
  it('is the same calendar-day count on Health, Contracts, Renewals, Customer Detail and the factor text (UTC)', async () => {
    expect(await hooliDayCounts()).toEqual({ health: 8, ledger: 8, renewals: 8, detail: 8, factor: 8 });
  });

  it('counts a renewal 30 calendar days away inside "within 30 days" on every list and total', async () => {
    expect(await renewingWithin30()).toEqual({
      health: ['hooli.xyz', 'raviga.com'],
      renewals: ['hooli.xyz', 'raviga.com'],
      contracts: ['hooli.xyz', 'raviga.com'],
      healthSummary: 2,
      contractsArr: 5_901_600 + 1_200_000,
    });
  });

  it('moves every count together to the workspace time zone an admin sets', async () => {
    const response = await client.patch('/v3/rest/workspace', { timeZone: 'Europe/Paris' });
    expect(response.status).toBe(200);
    expect((response.body as Workspace).timeZone).toBe('Europe/Paris');
    expect(await hooliDayCounts()).toEqual({ health: 9, ledger: 9, renewals: 9, detail: 9, factor: 9 });
    expect((await renewingWithin30()).healthSummary).toBe(2);
  });

  it('rescores when the day changes in the workspace time zone, not in UTC', async () => {
    const { listStaleWorkspaces } = await import('../health/nightly');
    const db = app.database.db;
    // Scored at 23:30 on 3 December in Paris; 4 December starts there at 23:00 UTC on the 3rd.
    expect(await listStaleWorkspaces(db, new Date('2026-12-03T22:59:00Z'))).not.toContain(workspaceId);
    expect(await listStaleWorkspaces(db, new Date('2026-12-03T23:00:00Z'))).toContain(workspaceId);
  });
});

describe('workspace settings', () => {
  it('refuses an unknown time zone with a problem+json 400', async () => {
    const response = await client.patch('/v3/rest/workspace', { timeZone: 'Mars/Olympus_Mons' });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(((await client.get('/v3/rest/workspace')).body as Workspace).timeZone).toBe('Europe/Paris');
  });

  it('takes a logo URL template only as an https URL with {domain}, and null turns logos off', async () => {
    for (const bad of ['http://logos.example/{domain}.png', 'https://logos.example/logo.png', 'not a url {domain}']) {
      expect((await client.patch('/v3/rest/workspace', { logoUrlTemplate: bad })).status).toBe(400);
    }
    const set = await client.patch('/v3/rest/workspace', { logoUrlTemplate: 'https://logos.example/{domain}.png' });
    expect(set.status).toBe(200);
    expect((set.body as Workspace).logoUrlTemplate).toBe('https://logos.example/{domain}.png');
    expect(((await client.get('/v3/rest/auth/me')).body as { workspace: Workspace }).workspace).toMatchObject({
      timeZone: 'Europe/Paris',
      logoUrlTemplate: 'https://logos.example/{domain}.png',
    });
    const cleared = await client.patch('/v3/rest/workspace', { logoUrlTemplate: null });
    expect((cleared.body as Workspace).logoUrlTemplate).toBeNull();
  });

  it('lets only admins change them', async () => {
    await client.post('/v3/rest/users', { email: 'dinesh@hooli.xyz', password: 'member-password-1', role: 'member' });
    const member = app.client();
    expect(
      (await member.post('/v3/rest/auth/login', { email: 'dinesh@hooli.xyz', password: 'member-password-1' })).status,
    ).toBe(200);
    const response = await member.patch('/v3/rest/workspace', { timeZone: 'UTC' });
    expect(response.status).toBe(403);
    expect(((await client.get('/v3/rest/workspace')).body as Workspace).timeZone).toBe('Europe/Paris');
  });
});
