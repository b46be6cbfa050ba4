import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';
import { insertRoute } from './routing.queries';

let app: TestApp;
let client: TestClient;
let adminEmail: string;
let workspaceId: string;
let other: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  const signedIn = await createSignedInWorkspace(app);
  client = signedIn.client;
  adminEmail = signedIn.email;
  workspaceId = signedIn.workspace.id;
  await insertAccount(app, signedIn.workspace.id, { name: 'Aviato', domain: 'aviato.com' });
  await insertAccount(app, signedIn.workspace.id, { name: 'Hooli', domain: 'hooli.com' });
  other = (await createSignedInWorkspace(app)).client;
});
afterAll(async () => app.close());

type Route = {
  id: string;
  from: string;
  to: string;
  state: string;
  reason: string;
  createdBy: string | null;
  account: { domain: string };
};

describe('routing accounts between sections', () => {
  it('routes an account from Health to Convert and records it in the activity feed', async () => {
    const response = await client.post('/v3/rest/success/routes', {
      companyDomain: 'aviato.com',
      to: 'convert',
      reason: 'Trial ends Friday; champion is keen.',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      from: 'health',
      to: 'convert',
      state: 'open',
      account: { domain: 'aviato.com' },
      createdBy: adminEmail,
    });
    expect((await client.get('/v3/rest/success/customers/aviato.com')).body).toMatchObject({
      counts: { activities: 1 },
    });
  });

  it('lists the open routes of a destination for sections that are not built yet', async () => {
    const page = (await client.get('/v3/rest/success/routes?to=convert&state=open')).body as { items: Route[] };
    expect(page.items.map((route) => route.account.domain)).toEqual(['aviato.com']);
    expect((await client.get('/v3/rest/success/routes?to=pipeline&state=open')).body).toEqual({
      items: [],
      nextCursor: null,
    });
  });

  it('continues from where the open route put the account, and refuses moves the model does not allow', async () => {
    const refused = await client.post('/v3/rest/success/routes', {
      companyDomain: 'aviato.com',
      to: 'contracts',
      reason: 'skip ahead',
    });
    expect(refused.status).toBe(422);
    expect(refused.contentType).toContain('application/problem+json');
    expect((refused.body as { detail: string }).detail).toBe(
      'Convert cannot route to Contracts. Allowed from Convert: Pipeline, Re-engage, Health.',
    );
    const onward = await client.post('/v3/rest/success/routes', {
      companyDomain: 'aviato.com',
      to: 'pipeline',
      reason: 'Signed the order form',
    });
    expect(onward.body).toMatchObject({ from: 'convert', to: 'pipeline' });
  });

  it('marks a route done once, and says so when asked again', async () => {
    const route = (
      await client.post('/v3/rest/success/routes', {
        companyDomain: 'hooli.com',
        from: 'contracts',
        to: 'health',
        reason: 'Invoice 3 weeks overdue',
      })
    ).body as Route;
    const done = await client.patch(`/v3/rest/success/routes/${route.id}`, { state: 'done' });
    expect(done.body).toMatchObject({ state: 'done' });
    expect((await client.patch(`/v3/rest/success/routes/${route.id}`, { state: 'dismissed' })).status).toBe(409);
    expect((await client.get('/v3/rest/success/customers/hooli.com')).body).toMatchObject({
      counts: { activities: 2 },
    });
  });

  it('refuses a second open route to the same destination with 409 naming the open one', async () => {
    const again = await client.post('/v3/rest/success/routes', {
      companyDomain: 'aviato.com',
      from: 'health',
      to: 'pipeline',
      reason: 'Same move twice',
    });
    expect(again.status).toBe(409);
    expect(again.contentType).toContain('application/problem+json');
    const detail = (again.body as { code: string; detail: string }).detail;
    expect((again.body as { code: string }).code).toBe('conflict');
    expect(detail).toMatch(
      new RegExp(
        `^Aviato already has an open route to Pipeline: routed from Convert by ${adminEmail.replace(/\./g, '\\.')} on \\w{3} \\d{1,2}, \\d{4}, \\d{2}:\\d{2} UTC\\.`,
      ),
    );
    // Nothing was written: one open route to Pipeline, one timeline line for it.
    const open = (await client.get('/v3/rest/success/routes?to=pipeline&state=open')).body as { items: Route[] };
    expect(open.items).toHaveLength(1);
  });

  it('pages through routes with a cursor and rejects bad input with 400 problem+json', async () => {
    const first = (await client.get('/v3/rest/success/routes?limit=2')).body as { items: Route[]; nextCursor: string };
    const second = (await client.get(`/v3/rest/success/routes?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`))
      .body as { items: Route[]; nextCursor: string | null };
    expect([...first.items, ...second.items].map((route) => route.id)).toHaveLength(3);
    expect(new Set([...first.items, ...second.items].map((route) => route.id)).size).toBe(3);
    expect((await client.get('/v3/rest/success/routes?cursor=garbage')).status).toBe(400);
    expect((await client.get('/v3/rest/success/routes?to=marketing')).status).toBe(400);
    expect(
      (await client.post('/v3/rest/success/routes', { companyDomain: 'aviato.com', to: 'convert', reason: '' })).status,
    ).toBe(400);
    expect(
      (await client.post('/v3/rest/success/routes', { companyDomain: 'nobody.example', to: 'convert', reason: 'x' }))
        .status,
    ).toBe(404);
  });

  it('keeps routes inside their workspace', async () => {
    expect((await other.get('/v3/rest/success/routes')).body).toEqual({ items: [], nextCursor: null });
    expect(
      (await other.post('/v3/rest/success/routes', { companyDomain: 'aviato.com', to: 'convert', reason: 'x' })).status,
    ).toBe(404);
    const ours = (await client.get('/v3/rest/success/routes?state=open')).body as { items: Route[] };
    expect((await other.patch(`/v3/rest/success/routes/${ours.items[0]?.id}`, { state: 'done' })).status).toBe(404);
  });

  it('lets only one of three simultaneous identical routes through', async () => {
    const account = await insertAccount(app, workspaceId, { name: 'Raviga', domain: 'raviga.com' });
    const send = () =>
      client.post('/v3/rest/success/routes', { companyDomain: 'raviga.com', to: 're-engage', reason: 'Lapsed' });
    const responses = await Promise.all([send(), send(), send()]);
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409]);
    const open = (await client.get('/v3/rest/success/routes?companyDomain=raviga.com&state=open')).body as {
      items: Route[];
    };
    expect(open.items.map((route) => route.to)).toEqual(['re-engage']);
    const feed = (await client.get('/v3/rest/success/customers/raviga.com/activity')).body as { items: unknown[] };
    expect(feed.items).toHaveLength(1);

    // The database itself refuses the duplicate, so a request that passed the check before another
    // one committed still cannot write a second open route.
    const duplicate = await insertRoute(
      app.database.db,
      { workspaceId, accountId: account.id, fromSection: 'health', toSection: 're-engage', reason: 'Racing' },
      { workspaceId, accountId: account.id, provider: 'success', type: 'route', title: 'x', occurredAt: new Date() },
    );
    expect(duplicate).toBeNull();

    // Once the open route is resolved, the account can be routed there again.
    await client.patch(`/v3/rest/success/routes/${open.items[0]?.id}`, { state: 'dismissed' });
    const reopened = await send();
    expect(reopened.status).toBe(201);
    expect(account.id).toBe((reopened.body as { account: { id: string } }).account.id);
  });
});
