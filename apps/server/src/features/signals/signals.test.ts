import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

let app: TestApp;
let client: TestClient;
beforeAll(async () => {
  app = await startTestApp();
  client = (await createSignedInWorkspace(app)).client;
});
afterAll(async () => app.close());

const nps = {
  externalId: 'nps-1',
  companyDomain: 'Hooli.com',
  type: 'nps',
  score: 3,
  text: 'Exports keep timing out.',
  source: 'survey',
  occurredAt: '2026-11-20T10:00:00Z',
};

describe('signal and call ingestion', () => {
  it('writes valid items, reports invalid ones by index, and is idempotent by external id', async () => {
    const first = await client.post('/v3/rest/success/signals', {
      items: [
        nps,
        { externalId: 'bad-1', companyDomain: 'hooli.com', type: 'gossip', text: 'x', occurredAt: 'yesterday' },
        {
          externalId: 'bad-2',
          companyDomain: 'not a domain',
          type: 'praise',
          text: 'Love it',
          occurredAt: '2026-11-20T10:00:00Z',
        },
      ],
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    const errors = (first.body as { errors: { index: number; externalId: string; message: string }[] }).errors;
    expect(errors.map((e) => [e.index, e.externalId])).toEqual([
      [1, 'bad-1'],
      [2, 'bad-2'],
    ]);
    expect(errors[0]?.message).toMatch(/type/);
    expect(errors[1]?.message).toMatch(/companyDomain/);

    expect((await client.post('/v3/rest/success/signals', { items: [nps] })).body).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    expect((await client.post('/v3/rest/success/signals', { items: [{ ...nps, score: 9 }] })).body).toMatchObject({
      updated: 1,
    });
    expect((await client.get('/v3/rest/success/customers/hooli.com')).body).toMatchObject({ counts: { signals: 1 } });
  });

  it('records calls as activities of the account', async () => {
    const response = await client.post('/v3/rest/success/calls', {
      items: [
        {
          externalId: 'call-1',
          companyDomain: 'raviga.com',
          title: 'Renewal call',
          summary: 'Monica wants SSO before renewing.',
          occurredAt: '2026-11-21T15:00:00Z',
        },
      ],
    });
    expect(response.body).toMatchObject({ created: 1, errors: [] });
    expect((await client.get('/v3/rest/success/customers/raviga.com')).body).toMatchObject({
      counts: { activities: 1 },
    });
  });

  it('previews a CSV import with per-row errors, writes nothing until asked, then imports the valid rows', async () => {
    const csv = [
      'externalId,companyDomain,type,score,text,occurredAt',
      'csv-1,endframe.com,complaint,,Exports time out every night,2026-11-01T09:00:00Z',
      'csv-2,endframe.com,nps,11,Out of range score,2026-11-02T09:00:00Z',
      'csv-3,endframe.com,praise,,"Middle-out, finally",2026-11-03T09:00:00Z',
    ].join('\n');
    const preview = await client.post('/v3/rest/success/signals/import', { csv, dryRun: true });
    expect(preview.body).toMatchObject({ rows: 3, valid: 2, written: null });
    const { errors } = preview.body as { errors: { row: number; externalId: string; message: string }[] };
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 3, externalId: 'csv-2' });
    expect(errors[0]?.message).toMatch(/score/);
    expect((await client.get('/v3/rest/success/customers/endframe.com')).status).toBe(404);

    const imported = await client.post('/v3/rest/success/signals/import', { csv, dryRun: false });
    expect(imported.body).toMatchObject({ written: { created: 2 } });
    expect((await client.get('/v3/rest/success/customers/endframe.com')).body).toMatchObject({
      counts: { signals: 2 },
    });
  });

  it('names missing CSV columns', async () => {
    const response = await client.post('/v3/rest/success/signals/import', {
      csv: 'domain,words\nhooli.com,hi',
      dryRun: true,
    });
    expect(response.body).toMatchObject({ rows: 0, valid: 0 });
    expect(JSON.stringify(response.body)).toContain(
      'Missing columns: externalId, companyDomain, type, text, occurredAt',
    );
  });

  it('refuses an empty batch with 400 problem+json', async () => {
    const response = await client.post('/v3/rest/success/signals', { items: [] });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
  });
});
