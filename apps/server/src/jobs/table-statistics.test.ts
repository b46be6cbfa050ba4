import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows } from '../db/rows';
import { revenueSources } from '../db/schema';
import { createSignedInWorkspace, insertAccount, startTestApp, type TestApp } from '../test/test-app';
import { refreshDerivedData } from './refresh-workspace';

const now = new Date('2026-11-24T12:00:00Z');
let app: TestApp;
let workspaceId: string;

/** The tables (of this test's schema) the planner has column statistics for. */
async function tablesWithStatistics(tables: string[]) {
  const rows = await queryRows(
    app.database.db,
    sql`select distinct tablename from pg_stats
      where schemaname = current_schema() and tablename in (${sql.join(
        tables.map((table) => sql`${table}`),
        sql`, `,
      )})`,
    z.object({ tablename: z.string() }),
  );
  return rows.map((row) => row.tablename).sort();
}

beforeAll(async () => {
  app = await startTestApp({ now: () => now });
  workspaceId = (await createSignedInWorkspace(app)).workspace.id;
  for (let index = 0; index < 12; index += 1) {
    const account = await insertAccount(app, workspaceId, {
      name: `Initech ${index}`,
      domain: `initech-${index}.test`,
    });
    await app.database.db.insert(revenueSources).values({
      workspaceId,
      accountId: account.id,
      provider: 'stripe',
      externalId: `sub_stats_${index}`,
      kind: 'subscription',
      productName: 'Team',
      status: 'active',
      currency: 'USD',
      amountMinor: 20_000 + index * 500,
      billingInterval: 'month',
      startDate: new Date('2026-02-01T00:00:00Z'),
      renewalDate: new Date('2027-02-01T00:00:00Z'),
    });
  }
});

afterAll(async () => {
  await app.close();
});

describe('planner statistics after a refresh', () => {
  it('analyzes the tables the refresh wrote and the inputs it read, so the planner does not guess', async () => {
    const tables = ['accounts', 'health_snapshots', 'ledger_entries', 'revenue_sources'];
    expect(await tablesWithStatistics(tables)).toEqual([]);

    const result = await refreshDerivedData(app.database.db, workspaceId, now);

    expect(result.ledgerEntries).toBe(12);
    expect(await tablesWithStatistics(tables)).toEqual(tables);
  });
});
