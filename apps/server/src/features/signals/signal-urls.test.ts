import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedItem } from '@success/shared/customers';
import type { BatchResult } from '@success/shared/signals';
import { activities, signals } from '../../db/schema';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

let app: TestApp;
let client: TestClient;
let workspaceId: string;

beforeAll(async () => {
  app = await startTestApp();
  const signedIn = await createSignedInWorkspace(app);
  client = signedIn.client;
  workspaceId = signedIn.workspace.id;
});
afterAll(async () => app.close());

const occurredAt = '2026-11-20T10:00:00Z';
const badUrls = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'vbscript:msgbox(1)',
];

describe('URL fields take http(s) only', () => {
  it('reports a signal whose evidence URL is not http(s) as an item error and writes none of them', async () => {
    const response = await client.post('/v3/rest/success/signals', {
      items: [
        ...badUrls.map((url, index) => ({
          externalId: `xss-${index}`,
          companyDomain: 'hooli.com',
          type: 'complaint',
          text: 'Click the evidence',
          evidenceUrl: url,
          occurredAt,
        })),
        {
          externalId: 'fine',
          companyDomain: 'hooli.com',
          type: 'complaint',
          text: 'Click the evidence',
          evidenceUrl: 'https://support.example.com/tickets/1042',
          occurredAt,
        },
      ],
    });
    expect(response.status).toBe(200);
    const body = response.body as BatchResult;
    expect(body.created).toBe(1);
    expect(body.errors.map((error) => error.externalId)).toEqual(badUrls.map((_, index) => `xss-${index}`));
    for (const error of body.errors) expect(error.message).toMatch(/^evidenceUrl: .*http\(s\)/);
  });

  it('reports a call whose URL is not http(s) as an item error', async () => {
    const response = await client.post('/v3/rest/success/calls', {
      items: [
        { externalId: 'call-xss', companyDomain: 'hooli.com', title: 'QBR', url: 'javascript:alert(1)', occurredAt },
        {
          externalId: 'call-ok',
          companyDomain: 'hooli.com',
          title: 'QBR',
          url: 'http://calls.example.com/1',
          occurredAt,
        },
      ],
    });
    expect(response.status).toBe(200);
    const body = response.body as BatchResult;
    expect(body.created).toBe(1);
    expect(body.errors.map((error) => [error.index, error.externalId])).toEqual([[0, 'call-xss']]);
    expect(body.errors[0]?.message).toMatch(/^url: .*http\(s\)/);
  });

  it('answers 400 problem+json when the batch itself is malformed, as before', async () => {
    const response = await client.post('/v3/rest/success/calls', { items: 'javascript:alert(1)' });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
  });

  it('rejects the row of a CSV import whose evidence URL is not http(s)', async () => {
    const csv = [
      'externalId,companyDomain,type,text,evidenceUrl,occurredAt',
      `csv-xss,hooli.com,complaint,Slow,javascript:alert(1),${occurredAt}`,
      `csv-ok,hooli.com,complaint,Slow,https://support.example.com/t/1,${occurredAt}`,
    ].join('\n');
    const response = await client.post('/v3/rest/success/signals/import', { csv, dryRun: false });
    expect(response.status).toBe(200);
    const body = response.body as {
      valid: number;
      errors: { row: number; externalId: string | null; message: string }[];
    };
    expect(body.valid).toBe(1);
    expect(body.errors.map((error) => [error.row, error.externalId])).toEqual([[2, 'csv-xss']]);
    expect(body.errors[0]?.message).toMatch(/^evidenceUrl: /);
  });

  it('never returns a stored non-http(s) URL in the activity feed', async () => {
    const account = await insertAccount(app, workspaceId, { name: 'Raviga', domain: 'raviga.com' });
    const { db } = app.database;
    // Written straight to the database, as rows saved before the check or synced from a provider would be.
    await db.insert(activities).values([
      {
        workspaceId,
        accountId: account.id,
        provider: 'calls',
        externalId: 'stored-xss',
        type: 'call',
        title: 'Stored call',
        url: 'javascript:alert(1)',
        occurredAt: new Date('2026-11-01T12:00:00Z'),
      },
      {
        workspaceId,
        accountId: account.id,
        provider: 'calls',
        externalId: 'stored-ok',
        type: 'call',
        title: 'Good call',
        url: 'https://calls.example.com/2',
        occurredAt: new Date('2026-11-02T12:00:00Z'),
      },
    ]);
    await db.insert(signals).values({
      workspaceId,
      accountId: account.id,
      provider: 'api',
      externalId: 'stored-signal-xss',
      type: 'complaint',
      sentiment: 'negative',
      text: 'Stored signal',
      source: 'api',
      evidenceUrl: 'data:text/html,<script>alert(1)</script>',
      occurredAt: new Date('2026-11-03T12:00:00Z'),
    });
    const response = await client.get('/v3/rest/success/customers/raviga.com/activity');
    expect(response.status).toBe(200);
    const items = (response.body as { items: FeedItem[] }).items;
    expect(items.map((item) => [item.title, item.url])).toEqual([
      ['Complaint', null],
      ['Good call', 'https://calls.example.com/2'],
      ['Stored call', null],
    ]);
  });
});
