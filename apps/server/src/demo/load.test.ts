import { and, count, eq, isNull, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import {
  accounts,
  activities,
  contacts,
  dataTables,
  deals,
  invoices,
  paymentEvents,
  requests,
  revenueSourceRevisions,
  revenueSources,
  signals,
  usageDaily,
  workspaces,
} from '../db/schema';
import { createTestDatabase } from '../test/database';
import { demoEnrichment } from './enrichment';
import { generateDataset } from './generator';
import { loadDataset } from './load';
import { countWorkspaceRows } from './load.queries';
import { demoDefaults } from './options';

const now = new Date('2026-03-15T00:00:00Z');
const expected = generateDataset({ ...demoDefaults, now });

let database: Database;

async function createWorkspace(name: string): Promise<string> {
  const [row] = await database.db.insert(workspaces).values({ name }).returning({ id: workspaces.id });
  if (!row) throw new Error('workspace insert returned nothing');
  return row.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.close();
});

describe('loadDataset', () => {
  let first: string;
  let second: string;
  let real: string;
  let realCountsBefore: Record<string, number>;

  beforeAll(async () => {
    // A workspace with "real" data of its own, to prove demo loads never touch it.
    real = await createWorkspace('Real customer data');
    await database.db.insert(accounts).values({ workspaceId: real, domain: 'hooli.com', name: 'Hooli (real)' });
    realCountsBefore = await countWorkspaceRows(database.db, real);

    first = await createWorkspace('Demo one');
    second = await createWorkspace('Demo two');
  });

  it('loads the default dataset and reports progress', async () => {
    const progress: [number, number][] = [];
    const result = await loadDataset(database.db, first, {
      now,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result).toEqual({ accounts: 60 });
    expect(progress.at(-1)).toEqual([60, 60]);
  });

  it('writes exactly the generated rows, and nothing into engine-owned tables', async () => {
    const { revenueSourceRevisions: revisions, ...counts } = await countWorkspaceRows(database.db, first);
    expect(Object.keys(counts).sort()).toEqual(
      Object.keys(dataTables)
        .filter((name) => name !== 'revenueSourceRevisions')
        .sort(),
    );
    // One first revision per source, plus an earlier seat count for the sources given a history.
    const history = await database.db
      .select({ id: revenueSourceRevisions.id })
      .from(revenueSourceRevisions)
      .where(like(revenueSourceRevisions.stateHash, '%:history'));
    expect(history.length).toBeGreaterThan(3);
    expect(revisions).toBe(expected.revenueSources.length + history.length);
    expect(counts).toEqual({
      accounts: 60,
      contacts: expected.contacts.length,
      connections: 0,
      syncRuns: 0,
      revenueSources: expected.revenueSources.length,
      invoices: expected.invoices.length,
      paymentEvents: expected.paymentEvents.length,
      usageDaily: expected.usageDaily.length,
      signals: expected.signals.length,
      activities: expected.activities.length,
      deals: expected.deals.length,
      shippedFeatures: 15,
      requests: expected.requests.length,
      requestFeatureMatches: 0,
      routes: 0,
      healthSnapshots: 0,
      quarantinedRecords: 0,
      providerCustomers: 0,
      accountEnrichments: expected.accounts.filter((account) => demoEnrichment(account) !== null).length,
      webhookEvents: 0,
      ledgerEntries: 0,
      ledgerMovements: 0,
      ledgerRollups: 0,
    });
    const withUsage = new Set(expected.usageDaily.map((u) => u.accountDomain)).size;
    expect(withUsage).toBeGreaterThan(30);
    expect(counts.usageDaily).toBe(withUsage * demoDefaults.usageDays);
  });

  it('links every child row to an account of the same workspace', async () => {
    const db = database.db;
    const tables = [contacts, revenueSources, invoices, paymentEvents, signals, activities, deals, requests];
    for (const table of tables) {
      const [orphans] = await db
        .select({ rows: count() })
        .from(table)
        .where(and(eq(table.workspaceId, first), isNull(table.accountId)));
      expect(orphans?.rows).toBe(0);
    }
    const [crossed] = await db
      .select({ rows: count() })
      .from(usageDaily)
      .innerJoin(accounts, eq(accounts.id, usageDaily.accountId))
      .where(and(eq(usageDaily.workspaceId, first), eq(accounts.workspaceId, first)));
    expect(crossed?.rows).toBe(expected.usageDaily.length);
    const [unbilled] = await db
      .select({ rows: count() })
      .from(invoices)
      .where(and(eq(invoices.workspaceId, first), isNull(invoices.revenueSourceId)));
    expect(unbilled?.rows).toBe(0);
    const [unpaid] = await db
      .select({ rows: count() })
      .from(paymentEvents)
      .where(and(eq(paymentEvents.workspaceId, first), isNull(paymentEvents.invoiceId)));
    expect(unpaid?.rows).toBe(0);
  });

  it('round-trips money, dates and JSON columns', async () => {
    const hooli = await database.db
      .select()
      .from(revenueSources)
      .innerJoin(accounts, eq(accounts.id, revenueSources.accountId))
      .where(and(eq(revenueSources.workspaceId, first), eq(accounts.domain, 'hooli.com')));
    const generated = expected.revenueSources.filter((s) => s.accountDomain === 'hooli.com');
    expect(hooli).toHaveLength(generated.length);
    for (const { revenue_sources: row } of hooli) {
      const source = generated.find((s) => s.externalId === row.externalId);
      expect(row.amountMinor).toBe(source?.amountMinor);
      expect(row.items).toEqual(source?.items);
      expect(row.renewalDate?.toISOString()).toBe(source?.renewalDate?.toISOString());
      expect(row.linkedExternalId).toBe(source?.linkedExternalId);
    }
  });

  it('scopes a second load to its own workspace', async () => {
    await loadDataset(database.db, second, { now });
    const firstCounts = await countWorkspaceRows(database.db, first);
    expect(await countWorkspaceRows(database.db, second)).toEqual(firstCounts);
    const [all] = await database.db.select({ rows: count() }).from(accounts);
    expect(all?.rows).toBe(60 * 2 + 1);
    // Same domains in both demo workspaces, but distinct account rows.
    const ids = await database.db
      .select({ id: accounts.id, workspaceId: accounts.workspaceId })
      .from(accounts)
      .where(eq(accounts.domain, 'hooli.com'));
    expect(new Set(ids.map((r) => r.id)).size).toBe(3);
    expect(new Set(ids.map((r) => r.workspaceId))).toEqual(new Set([first, second, real]));
  });

  it('never touches another workspace, and goes away with its workspace', async () => {
    expect(await countWorkspaceRows(database.db, real)).toEqual(realCountsBefore);
    await database.db.delete(workspaces).where(eq(workspaces.id, first));
    const afterDelete = await countWorkspaceRows(database.db, first);
    expect(Object.values(afterDelete).every((n) => n === 0)).toBe(true);
    expect((await countWorkspaceRows(database.db, second)).accounts).toBe(60);
    expect(await countWorkspaceRows(database.db, real)).toEqual(realCountsBefore);
  });

  it('loads a custom size', async () => {
    const workspace = await createWorkspace('Small');
    const result = await loadDataset(database.db, workspace, { now, accounts: 25, usageDays: 7, seed: 7 });
    const counts = await countWorkspaceRows(database.db, workspace);
    expect(result.accounts).toBe(25);
    expect(counts.accounts).toBe(25);
    expect((counts.usageDaily ?? -1) % 7).toBe(0);
  });
});
