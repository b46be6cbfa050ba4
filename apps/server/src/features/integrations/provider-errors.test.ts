import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/http-client';

let app: TestApp;
let admin: TestClient;
/** A port that accepts connections and closes them at once: Stripe cannot be reached there. */
let hangUp: Server;
let deadUrl: string;

beforeAll(async () => {
  app = await startTestApp();
  admin = (await createSignedInWorkspace(app)).client;
  hangUp = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => hangUp.listen(0, '127.0.0.1', resolve));
  deadUrl = `http://127.0.0.1:${(hangUp.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  await new Promise((resolve) => hangUp.close(resolve));
});

describe('provider errors', () => {
  it('says "Could not reach Stripe" once when Stripe cannot be reached', async () => {
    const response = await admin.put('/v3/rest/integrations/stripe', {
      credentials: { secretKey: 'sk_test_unreachable_0' },
      settings: { baseUrl: deadUrl },
    });
    expect(response.status).toBe(422);
    expect(response.contentType).toContain('application/problem+json');
    const detail = (response.body as { detail: string }).detail;
    expect(detail).toMatch(/^Could not reach Stripe: \S/);
    expect(detail.match(/Could not reach Stripe/g)).toHaveLength(1);
  });
});
