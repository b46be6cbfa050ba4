import { ledgerSourceProviders } from '@success/shared/ledger';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
  accountEnrichments,
  activities,
  contacts,
  deals,
  invoices,
  paymentEvents,
  quarantinedRecords,
  revenueSources,
  signals,
  usageDaily,
} from '../db/schema';
import { recordRevisions } from '../features/contracts/revisions.queries';
import { linkAccounts } from './account-linker.queries';
import type { CanonicalRecord, QuarantinedRecord } from './connector';
import { dedupeBy, upsertWithChangeDetection, type UpsertCounts } from './upsert.queries';

export type PageCounts = UpsertCounts & { quarantined: number };

type Scope = {
  workspaceId: string;
  provider: string;
  connectionId: string | null;
  syncRunId: string | null;
  /** When the records were read: revenue-source revisions are stamped with it. */
  observedAt: Date;
};

function add(total: UpsertCounts, part: UpsertCounts): void {
  total.created += part.created;
  total.updated += part.updated;
  total.unchanged += part.unchanged;
}

function ofKind<K extends CanonicalRecord['kind']>(records: CanonicalRecord[], kind: K) {
  return records.filter((record): record is Extract<CanonicalRecord, { kind: K }> => record.kind === kind);
}

async function idsByExternalId(
  db: Db,
  table: typeof revenueSources | typeof invoices,
  scope: Scope,
  externalIds: string[],
) {
  if (externalIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: table.id, externalId: table.externalId })
    .from(table)
    .where(
      and(
        eq(table.workspaceId, scope.workspaceId),
        eq(table.provider, scope.provider),
        inArray(table.externalId, externalIds),
      ),
    );
  return new Map(rows.map((row) => [row.externalId, row.id]));
}

/**
 * Writes one page of canonical records: links accounts, upserts every kind by its
 * (workspace, provider, external id) key and records quarantined payloads. Call it inside the
 * transaction that also stores the page's cursor checkpoint.
 */
export async function writePage(
  db: Db,
  scope: Scope,
  records: CanonicalRecord[],
  quarantined: QuarantinedRecord[],
): Promise<PageCounts> {
  const { workspaceId, provider } = scope;
  const accountOf = await linkAccounts(
    db,
    workspaceId,
    provider,
    records.map((record) => record.ref),
  );
  const base = (record: CanonicalRecord) => ({
    workspaceId,
    provider,
    accountId: accountOf.get(record.ref.customerExternalId) ?? null,
  });
  const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  const key = (row: { externalId: string }) => row.externalId;

  add(
    counts,
    await upsertWithChangeDetection(
      db,
      contacts,
      dedupeBy(
        ofKind(records, 'contact').map((r) => ({ ...r.row, ...base(r) })),
        key,
      ),
      [contacts.workspaceId, contacts.provider, contacts.externalId],
    ),
  );
  // Only billing and contract providers own revenue sources.
  const sourceProvider = ledgerSourceProviders.find((candidate) => candidate === provider) ?? null;
  const sourceRows = sourceProvider
    ? ofKind(records, 'revenue_source').map((r) => ({ ...r.row, ...base(r), provider: sourceProvider }))
    : [];
  add(
    counts,
    await upsertWithChangeDetection(db, revenueSources, dedupeBy(sourceRows, key), [
      revenueSources.workspaceId,
      revenueSources.provider,
      revenueSources.externalId,
    ]),
  );
  if (sourceProvider) {
    await recordRevisions(db, workspaceId, scope.observedAt, {
      provider: sourceProvider,
      externalIds: sourceRows.map(key),
    });
  }

  const invoiceRecords = ofKind(records, 'invoice');
  const sourceIds = await idsByExternalId(
    db,
    revenueSources,
    scope,
    invoiceRecords.flatMap((r) => (r.revenueSourceExternalId ? [r.revenueSourceExternalId] : [])),
  );
  add(
    counts,
    await upsertWithChangeDetection(
      db,
      invoices,
      dedupeBy(
        invoiceRecords.map((r) => ({
          ...r.row,
          ...base(r),
          revenueSourceId: r.revenueSourceExternalId ? (sourceIds.get(r.revenueSourceExternalId) ?? null) : null,
        })),
        key,
      ),
      [invoices.workspaceId, invoices.provider, invoices.externalId],
    ),
  );

  const paymentRecords = ofKind(records, 'payment_event');
  const invoiceIds = await idsByExternalId(
    db,
    invoices,
    scope,
    paymentRecords.flatMap((r) => (r.invoiceExternalId ? [r.invoiceExternalId] : [])),
  );
  add(
    counts,
    await upsertWithChangeDetection(
      db,
      paymentEvents,
      dedupeBy(
        paymentRecords.map((r) => ({
          ...r.row,
          ...base(r),
          invoiceId: r.invoiceExternalId ? (invoiceIds.get(r.invoiceExternalId) ?? null) : null,
        })),
        key,
      ),
      [paymentEvents.workspaceId, paymentEvents.provider, paymentEvents.externalId],
    ),
  );

  add(
    counts,
    await upsertWithChangeDetection(
      db,
      signals,
      dedupeBy(
        ofKind(records, 'signal').map((r) => ({ ...r.row, ...base(r) })),
        key,
      ),
      [signals.workspaceId, signals.provider, signals.externalId],
    ),
  );
  add(
    counts,
    await upsertWithChangeDetection(
      db,
      activities,
      dedupeBy(
        ofKind(records, 'activity').map((r) => ({ ...r.row, ...base(r) })),
        key,
      ),
      [activities.workspaceId, activities.provider, activities.externalId],
    ),
  );
  add(
    counts,
    await upsertWithChangeDetection(
      db,
      deals,
      dedupeBy(
        ofKind(records, 'deal').map((r) => ({ ...r.row, ...base(r) })),
        key,
      ),
      [deals.workspaceId, deals.provider, deals.externalId],
    ),
  );
  add(
    counts,
    await upsertWithChangeDetection(
      db,
      accountEnrichments,
      dedupeBy(
        ofKind(records, 'enrichment').map((r) => ({ ...base(r), externalId: r.externalId, properties: r.properties })),
        key,
      ),
      [accountEnrichments.workspaceId, accountEnrichments.provider, accountEnrichments.externalId],
    ),
  );

  // Usage belongs to an account; days of unmatched customers wait until an admin links them.
  const usageRows = ofKind(records, 'usage_day').flatMap((r) => {
    const accountId = accountOf.get(r.ref.customerExternalId);
    return accountId ? [{ ...r.row, workspaceId, provider, accountId }] : [];
  });
  add(
    counts,
    await upsertWithChangeDetection(
      db,
      usageDaily,
      dedupeBy(usageRows, (row) => `${row.accountId}:${row.day}`),
      [usageDaily.workspaceId, usageDaily.accountId, usageDaily.provider, usageDaily.day],
    ),
  );

  // Customer records only link accounts (above); they are not rows of their own, so not counted.

  if (quarantined.length > 0) {
    await db
      .insert(quarantinedRecords)
      .values(
        dedupeBy(quarantined, (q) => q.externalId).map((q) => ({
          workspaceId,
          provider,
          connectionId: scope.connectionId,
          syncRunId: scope.syncRunId,
          externalId: q.externalId,
          error: q.error,
          payload: q.payload ?? null,
        })),
      )
      .onConflictDoUpdate({
        target: [quarantinedRecords.workspaceId, quarantinedRecords.provider, quarantinedRecords.externalId],
        set: {
          error: sql`excluded.error`,
          payload: sql`excluded.payload`,
          syncRunId: scope.syncRunId,
          updatedAt: sql`now()`,
        },
      });
  }
  return { ...counts, quarantined: quarantined.length };
}
