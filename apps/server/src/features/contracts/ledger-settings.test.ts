import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerSummary } from '@success/shared/ledger';
import { invoices, revenueSourceRevisions, revenueSources } from '../../db/schema';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

const now = new Date('2026-11-24T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
let app: TestApp;
let client: TestClient;

/*
 * Hooli: 100.00/month with 50 % off until next year → 50.00 while the discount applies.
 * Raviga: 80.00/month, past due for 40 days (a past_due revision observed 40 days ago).
 * Bachman: 60.00/month, past due with an invoice unpaid since its due date 50 days ago.
 */
beforeAll(async () => {
  app = await startTestApp({ now: () => now });
  const signedIn = await createSignedInWorkspace(app);
  client = signedIn.client;
  const workspaceId = signedIn.workspace.id;
  const hooli = await insertAccount(app, workspaceId, { domain: 'hooli.com', name: 'Hooli' });
  const raviga = await insertAccount(app, workspaceId, { domain: 'raviga.com', name: 'Raviga' });
  const bachman = await insertAccount(app, workspaceId, { domain: 'bachman.com', name: 'Bachman' });
  const common = {
    workspaceId,
    provider: 'stripe' as const,
    kind: 'subscription' as const,
    currency: 'USD',
    billingInterval: 'month' as const,
    startDate: daysAgo(200),
  };
  const [, ravigaSource, bachmanSource] = await app.database.db
    .insert(revenueSources)
    .values([
      {
        ...common,
        accountId: hooli.id,
        externalId: 'sub_hooli',
        productName: 'Pro',
        status: 'active',
        amountMinor: 10_000,
        discounts: [{ kind: 'percent', value: 50, startsAt: null, endsAt: '2027-06-01T00:00:00.000Z' }],
      },
      {
        ...common,
        accountId: raviga.id,
        externalId: 'sub_raviga',
        productName: 'Team',
        status: 'past_due',
        amountMinor: 8_000,
      },
      {
        ...common,
        accountId: bachman.id,
        externalId: 'sub_bachman',
        productName: 'Team',
        status: 'past_due',
        amountMinor: 6_000,
      },
    ])
    .returning({ id: revenueSources.id });
  await app.database.db.insert(invoices).values({
    workspaceId,
    accountId: bachman.id,
    revenueSourceId: bachmanSource!.id,
    provider: 'stripe',
    externalId: 'in_bachman',
    status: 'open',
    currency: 'USD',
    amountDueMinor: 6_000,
    issuedAt: daysAgo(64),
    dueAt: daysAgo(50),
  });
  await app.database.db.insert(revenueSourceRevisions).values({
    workspaceId,
    revenueSourceId: ravigaSource!.id,
    stateHash: 'past-due',
    state: {
      status: 'past_due',
      currency: 'USD',
      items: [],
      amountMinor: 8_000,
      billingInterval: 'month',
      intervalCount: 1,
      discounts: [],
      trialEnd: null,
      startDate: daysAgo(200).toISOString(),
      endDate: null,
      isCancelAtPeriodEnd: false,
    },
    observedAt: daysAgo(40),
  });
  await client.post('/v3/rest/success/health/recompute');
});
afterAll(async () => app.close());

const mrr = async () => ((await client.get('/v3/rest/success/contracts/summary')).body as LedgerSummary).mrr.amount;

describe('ledger settings', () => {
  it('defaults to discounts while they apply and past-due revenue kept', async () => {
    expect((await client.get('/v3/rest/success/contracts/settings')).body).toEqual({
      discounts: 'while_active',
      pastDueChurnAfterDays: null,
    });
    expect(await mrr()).toBe(5_000 + 8_000 + 6_000);
  });

  it('counts only open-ended discounts, or none, when asked', async () => {
    await client.put('/v3/rest/success/contracts/settings', { discounts: 'forever_only', pastDueChurnAfterDays: null });
    expect(await mrr()).toBe(10_000 + 8_000 + 6_000);
    await client.put('/v3/rest/success/contracts/settings', { discounts: 'ignore', pastDueChurnAfterDays: null });
    expect(await mrr()).toBe(10_000 + 8_000 + 6_000);
  });

  it('churns a subscription past due for longer than the setting', async () => {
    await client.put('/v3/rest/success/contracts/settings', { discounts: 'while_active', pastDueChurnAfterDays: 30 });
    expect(await mrr()).toBe(5_000);
    // Bachman's spell is dated by its unpaid invoice (50 days), Raviga's by its revision (40 days).
    await client.put('/v3/rest/success/contracts/settings', { discounts: 'while_active', pastDueChurnAfterDays: 45 });
    expect(await mrr()).toBe(5_000 + 8_000);
    await client.put('/v3/rest/success/contracts/settings', { discounts: 'while_active', pastDueChurnAfterDays: 60 });
    expect(await mrr()).toBe(5_000 + 8_000 + 6_000);
  });

  it('refuses settings out of range with 400 problem+json', async () => {
    const bad = await client.put('/v3/rest/success/contracts/settings', {
      discounts: 'sometimes',
      pastDueChurnAfterDays: 0,
    });
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain('application/problem+json');
  });
});
