import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { deals } from '../../db/schema';
import { startSalesbricksFake, type SalesbricksFake } from '../../integrations/salesbricks/fake-server';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';

const fixture = readFileSync(
  path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../integrations/salesbricks/fixtures/webhook-order-closed-lost.json',
  ),
  'utf8',
);
let app: TestApp;
let fake: SalesbricksFake;
let workspaceId: string;
let apiToken: string;

beforeAll(async () => {
  fake = await startSalesbricksFake();
  apiToken = fake.state.apiToken;
  app = await startTestApp();
  const signedIn = await createSignedInWorkspace(app);
  workspaceId = signedIn.workspace.id;
  const connected = await signedIn.client.put('/v3/rest/integrations/salesbricks', {
    credentials: { apiToken },
    settings: { baseUrl: fake.baseUrl },
  });
  expect(connected.status).toBe(200);
  await app.jobs.drain();
});
afterAll(async () => {
  await app.close();
  await fake.close();
});

async function post(body: string, signature: string) {
  const response = await fetch(`${app.baseUrl}/v3/rest/webhooks/salesbricks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-salesbricks-key': signature },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const sign = (body: string, key: string) => createHmac('sha512', key).update(body).digest('base64');

describe('the Salesbricks webhook endpoint', () => {
  it('records a closed-lost order once, signed with the API token', async () => {
    expect(await post(fixture, sign(fixture, apiToken))).toMatchObject({
      status: 200,
      body: { outcome: 'mapped', duplicate: false },
    });
    const lost = await app.database.db
      .select()
      .from(deals)
      .where(and(eq(deals.workspaceId, workspaceId), eq(deals.status, 'lost')));
    expect(lost.length).toBeGreaterThanOrEqual(1);
    expect(await post(fixture, sign(fixture, apiToken))).toMatchObject({ status: 200, body: { duplicate: true } });
  });

  it('rejects a wrong signature and a tampered body with 400', async () => {
    expect((await post(fixture, sign(fixture, 'not-the-token'))).status).toBe(400);
    expect((await post(fixture.replace('Budget cut', 'Loved it'), sign(fixture, apiToken))).status).toBe(400);
  });
});
