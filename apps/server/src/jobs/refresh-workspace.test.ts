import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows } from '../db/rows';
import { healthSnapshots, ledgerEntries, ledgerMovements, revenueSources } from '../db/schema';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../test/test-app';
import type { TestClient } from '../test/http-client';
import { recomputeWorkspaceHealth } from '../features/health/health.service';
import { rebuildLedger } from '../features/contracts/ledger-rebuild.service';

const now = new Date('2026-11-24T12:00:00Z');
const accountCount = 30;
let app: TestApp;
let client: TestClient;
let workspaceId: string;

/** Rows the rebuild writes, counted per table, plus any id written twice. */
async function derivedRows() {
  const { db } = app.database;
  const count = async (table: typeof ledgerEntries | typeof ledgerMovements | typeof healthSnapshots) => {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(table)
      .where(eq(table.workspaceId, workspaceId));
    return row?.n ?? 0;
  };
  const duplicates = await queryRows(
    db,
    sql`select primary_source_id from ledger_entries where workspace_id = ${workspaceId}::uuid
      group by primary_source_id having count(*) > 1`,
    z.object({ primary_source_id: z.string() }),
  );
  return {
    entries: await count(ledgerEntries),
    movements: await count(ledgerMovements),
    snapshots: await count(healthSnapshots),
    duplicatedSources: duplicates.length,
  };
}

beforeAll(async () => {
  app = await startTestApp({ now: () => now });
  const signedIn = await createSignedInWorkspace(app);
  client = signedIn.client;
  workspaceId = signedIn.workspace.id;
  for (let index = 0; index < accountCount; index += 1) {
    const account = await insertAccount(app, workspaceId, { name: `Hooli ${index}`, domain: `hooli-${index}.test` });
    await app.database.db.insert(revenueSources).values({
      workspaceId,
      accountId: account.id,
      provider: 'stripe',
      externalId: `sub_${index}`,
      kind: 'subscription',
      productName: 'Team',
      status: 'active',
      currency: 'USD',
      amountMinor: 10_000 + index * 100,
      billingInterval: 'month',
      startDate: new Date('2026-03-01T00:00:00Z'),
      renewalDate: new Date('2026-12-01T00:00:00Z'),
    });
  }
});

afterAll(async () => {
  await app.close();
});

describe('concurrent rebuilds of one workspace', () => {
  it('answers 8 simultaneous recomputes with 2xx and leaves one consistent ledger', async () => {
    const first = await client.post('/v3/rest/success/health/recompute');
    expect(first.status).toBe(200);
    const afterOne = await derivedRows();
    expect(afterOne.entries).toBe(accountCount);
    expect(afterOne.duplicatedSources).toBe(0);

    const responses = await Promise.all(
      Array.from({ length: 8 }, () => client.post('/v3/rest/success/health/recompute')),
    );
    expect(responses.map((response) => response.status)).toEqual(Array.from({ length: 8 }, () => 200));
    for (const response of responses) expect(response.body).toMatchObject({ accounts: accountCount });
    // Scores did not change, so no recompute appended a snapshot; the ledger was replaced, not added to.
    expect(await derivedRows()).toEqual(afterOne);
  });

  it('answers 8 simultaneous settings saves with 2xx and leaves one consistent ledger', async () => {
    const before = await derivedRows();
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        client.put('/v3/rest/success/contracts/settings', {
          discounts: index % 2 === 0 ? 'ignore' : 'while_active',
          pastDueChurnAfterDays: null,
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array.from({ length: 8 }, () => 200));
    expect(await derivedRows()).toEqual(before);
  });

  it('serializes rebuilds that bypass the in-process queue (other processes) with the database lock', async () => {
    const before = await derivedRows();
    // Called directly, as a worker process or a second app instance would: only the advisory lock orders them.
    const ledgers = await Promise.all(
      Array.from({ length: 6 }, () => rebuildLedger(app.database.db, workspaceId, now)),
    );
    const scores = await Promise.all(
      Array.from({ length: 6 }, () => recomputeWorkspaceHealth(app.database.db, workspaceId, now)),
    );
    expect(ledgers.map((ledger) => ledger.entries)).toEqual(Array.from({ length: 6 }, () => accountCount));
    expect(scores.map((score) => score.accounts)).toEqual(Array.from({ length: 6 }, () => accountCount));
    expect(await derivedRows()).toEqual(before);
  });
});
