import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountSummary } from '@success/shared/accounts';
import type { HealthSummary } from '@success/shared/health';
import { revenueSources } from '../../db/schema';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

const now = new Date('2026-11-24T12:00:00Z');
let app: TestApp;
let client: TestClient;
let workspaceId: string;

type Page = { items: AccountSummary[]; nextCursor: string | null };

/** A Stripe subscription of `seats` × 50.00 a month, overridable. */
function subscription(accountId: string, externalId: string, fields: Partial<typeof revenueSources.$inferInsert>) {
  return {
    workspaceId,
    accountId,
    provider: 'stripe' as const,
    kind: 'subscription' as const,
    externalId,
    productName: 'Team',
    status: 'active',
    currency: 'USD',
    amountMinor: 0,
    billingInterval: 'month' as const,
    items: [
      {
        productName: 'Seat',
        unitAmount: 5_000,
        quantity: 6,
        interval: 'month' as const,
        intervalCount: 1,
        isMetered: false,
        isRecurring: true,
      },
    ],
    startDate: new Date('2026-01-03T09:00:00Z'),
    ...fields,
  };
}

const rebuild = () => client.post('/v3/rest/success/health/recompute');
const list = async (path: string) => {
  const response = await client.get(path);
  expect(response.status, path).toBe(200);
  return response.body as Page;
};
const domains = async (path: string) => (await list(path)).items.map((item) => item.domain);

/*
 *   Bachmanity  one subscription, 6 × 50.00 a month, canceled: ended 3 Oct 2026 → churned, last MRR 300.00
 *   Hooli       one active subscription → paying
 *   Endframe    a trial that never paid → not churned
 */
beforeAll(async () => {
  app = await startTestApp({ now: () => now });
  const signedIn = await createSignedInWorkspace(app);
  client = signedIn.client;
  workspaceId = signedIn.workspace.id;
  const bachmanity = await insertAccount(app, workspaceId, { name: 'Bachmanity', domain: 'bachmanity.com' });
  const hooli = await insertAccount(app, workspaceId, { name: 'Hooli', domain: 'hooli.com' });
  const endframe = await insertAccount(app, workspaceId, { name: 'Endframe', domain: 'endframe.com' });
  await app.database.db
    .insert(revenueSources)
    .values([
      subscription(bachmanity.id, 'sub_bachmanity', { status: 'canceled', endDate: new Date('2026-10-03T09:00:00Z') }),
      subscription(hooli.id, 'sub_hooli', {}),
      subscription(endframe.id, 'sub_endframe', { status: 'trialing', trialEnd: new Date('2026-12-01T00:00:00Z') }),
    ]);
  await rebuild();
});
afterAll(async () => app.close());

describe('churn from the revenue ledger', () => {
  it('marks an account churned when its last paying source ended, with the date and the MRR it had', async () => {
    const [bachmanity, ...others] = (await list('/v3/rest/success/health?band=churned')).items;
    expect(others).toEqual([]);
    expect(bachmanity).toMatchObject({
      domain: 'bachmanity.com',
      health: null,
      churn: { churnedAt: '2026-10-03T09:00:00.000Z', lastMrr: { amount: 30_000, currency: 'USD' } },
    });
  });

  it('leaves it out of the Health queue and the band counts, and counts it apart', async () => {
    expect(await domains('/v3/rest/success/health')).toEqual(expect.arrayContaining(['hooli.com', 'endframe.com']));
    expect(await domains('/v3/rest/success/health')).not.toContain('bachmanity.com');
    const summary = (await client.get('/v3/rest/success/health/summary')).body as HealthSummary;
    const banded = Object.values(summary.accountsByBand).reduce((sum, count) => sum + count, 0);
    expect(banded).toBe(2);
    expect(summary.churned).toEqual({ accounts: 1, lastMrr: { amount: 30_000, currency: 'USD' } });
  });

  it('shows the churn on Customer Detail instead of a health band', async () => {
    const detail = (await client.get('/v3/rest/success/customers/bachmanity.com')).body as {
      account: AccountSummary;
    };
    expect(detail.account).toMatchObject({ health: null, churn: { churnedAt: '2026-10-03T09:00:00.000Z' } });
    const paying = (await client.get('/v3/rest/success/customers/hooli.com')).body as { account: AccountSummary };
    expect(paying.account.churn).toBeNull();
  });

  it('does not call an account that never paid churned', async () => {
    const [endframe] = (await list('/v3/rest/success/health?q=endframe')).items;
    expect(endframe?.churn).toBeNull();
  });
});

describe('the winback list for Re-engage', () => {
  it('lists the churned accounts with their churn date and last MRR, and pages', async () => {
    const page = await list('/v3/rest/success/re-engage/winback');
    expect(page.items.map((item) => [item.domain, item.churn?.lastMrr?.amount])).toEqual([['bachmanity.com', 30_000]]);
    expect(page.nextCursor).toBeNull();
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await client.get('/v3/rest/success/re-engage/winback?cursor=nope');
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
  });
});

describe('when revenue returns', () => {
  it('clears the churn and brings the account back to the Health queue', async () => {
    const [bachmanity] = (await list('/v3/rest/success/health?band=churned')).items;
    await app.database.db
      .insert(revenueSources)
      .values(subscription(bachmanity!.id, 'sub_bachmanity_again', { startDate: new Date('2026-11-20T00:00:00Z') }));
    await rebuild();
    expect(await domains('/v3/rest/success/health?band=churned')).toEqual([]);
    expect(await domains('/v3/rest/success/re-engage/winback')).toEqual([]);
    const [back] = (await list('/v3/rest/success/health?q=bachmanity')).items;
    expect(back).toMatchObject({ domain: 'bachmanity.com', churn: null, mrr: { amount: 30_000, currency: 'USD' } });
  });
});
