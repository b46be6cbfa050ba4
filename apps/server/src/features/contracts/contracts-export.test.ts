import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerRow } from '@success/shared/ledger';
import { revenueSources } from '../../db/schema';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

const now = new Date('2026-11-24T12:00:00Z');
const attack = '=HYPERLINK("http://evil","x")';
let app: TestApp;
let client: TestClient;

beforeAll(async () => {
  app = await startTestApp({ now: () => now });
  const signedIn = await createSignedInWorkspace(app);
  client = signedIn.client;
  const workspaceId = signedIn.workspace.id;
  // A name synced from a provider can carry a formula too.
  const account = await insertAccount(app, workspaceId, { name: '@Hooli', domain: 'hooli.com' });
  await app.database.db.insert(revenueSources).values({
    workspaceId,
    accountId: account.id,
    provider: 'stripe',
    externalId: 'sub_hooli',
    kind: 'subscription',
    productName: '+Enterprise',
    status: 'active',
    currency: 'USD',
    amountMinor: 120_000,
    billingInterval: 'month',
    startDate: new Date('2026-03-01T00:00:00Z'),
    renewalDate: new Date('2026-11-20T00:00:00Z'),
  });
  await client.post('/v3/rest/success/health/recompute');
});

afterAll(async () => {
  await app.close();
});

describe('contracts CSV export', () => {
  it('writes an ignore reason that looks like a formula as text, and keeps negative numbers as numbers', async () => {
    const list = await client.get('/v3/rest/success/contracts?includeIgnored=true');
    const [row] = (list.body as { items: LedgerRow[] }).items;
    expect(row).toBeDefined();
    const ignored = await client.put(`/v3/rest/success/contracts/${row!.id}/ignore`, {
      isIgnored: true,
      reason: attack,
    });
    expect(ignored.status).toBe(200);

    const response = await client.get('/v3/rest/success/contracts/export.csv?includeIgnored=true');
    expect(response.status).toBe(200);
    expect(response.contentType).toContain('text/csv');
    expect(typeof response.body).toBe('string');
    const parsed = Papa.parse<Record<string, string>>(String(response.body).trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    const [line] = parsed.data;
    expect(line?.ignore_reason).toBe(`'${attack}`);
    expect(line?.account).toBe("'@Hooli");
    expect(line?.product).toBe("'+Enterprise");
    // Renewed four days ago: a plain negative number, left readable.
    expect(line?.days_to_renewal).toMatch(/^-\d+$/);
    expect(line?.mrr).toBe('1200.00');
  });
});
