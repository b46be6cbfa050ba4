import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requests } from '../../db/schema';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

let app: TestApp;
let client: TestClient;
let other: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  const signedIn = await createSignedInWorkspace(app);
  client = signedIn.client;
  other = (await createSignedInWorkspace(app)).client;
  const hooli = await insertAccount(app, signedIn.workspace.id, { name: 'Hooli', domain: 'hooli.com' });
  const request = (externalId: string, title: string, status: 'open' | 'shipped' | 'closed', requestedAt: string) => ({
    workspaceId: signedIn.workspace.id,
    accountId: hooli.id,
    provider: 'signals',
    externalId,
    title,
    text: `${title}, please.`,
    status,
    requestedAt: new Date(requestedAt),
  });
  await app.database.db
    .insert(requests)
    .values([
      request('r1', 'SSO via SAML', 'open', '2026-01-05T10:00:00Z'),
      request('r2', 'Parquet export', 'shipped', '2026-02-05T10:00:00Z'),
      request('r3', 'Audit logs API', 'open', '2026-03-05T10:00:00Z'),
    ]);
});
afterAll(async () => app.close());

type Page = { items: { title: string; status: string; requestedAt: string; text: string | null }[] };

describe("an account's feature requests", () => {
  it('lists the open ones, newest first', async () => {
    const response = await client.get('/v3/rest/success/customers/hooli.com/requests?status=open');
    expect(response.status).toBe(200);
    expect((response.body as Page).items).toEqual([
      expect.objectContaining({ title: 'Audit logs API', status: 'open', requestedAt: '2026-03-05T10:00:00.000Z' }),
      expect.objectContaining({ title: 'SSO via SAML', status: 'open', text: 'SSO via SAML, please.' }),
    ]);
  });

  it('lists every status without a filter, and stays inside its workspace', async () => {
    const all = (await client.get('/v3/rest/success/customers/hooli.com/requests')).body as Page;
    expect(all.items.map((item) => item.title)).toEqual(['Audit logs API', 'Parquet export', 'SSO via SAML']);
    expect((await other.get('/v3/rest/success/customers/hooli.com/requests')).status).toBe(404);
    expect((await client.get('/v3/rest/success/customers/hooli.com/requests?status=pending')).status).toBe(400);
  });
});
