import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ledgerSettingsSchema } from '@success/shared/ledger';
import type { Db } from '../../db/client';
import { queryRows, timestampColumn } from '../../db/rows';
import { currencyRates, revenueSourceRevisions, revenueSources, workspaces } from '../../db/schema';
import type { Revision, SourceState } from '../../engines/ledger';

export type LedgerSourceRow = Awaited<ReturnType<typeof loadSourcePage>>[number];

const pageSize = 5_000;

async function loadSourcePage(db: Db, workspaceId: string, accountId: string | null, afterId: string | null) {
  return db
    .select({
      id: revenueSources.id,
      accountId: revenueSources.accountId,
      provider: revenueSources.provider,
      externalId: revenueSources.externalId,
      linkedExternalId: revenueSources.linkedExternalId,
      productName: revenueSources.productName,
      status: revenueSources.status,
      currency: revenueSources.currency,
      amountMinor: revenueSources.amountMinor,
      billingInterval: revenueSources.billingInterval,
      intervalCount: revenueSources.intervalCount,
      items: revenueSources.items,
      discounts: revenueSources.discounts,
      trialEnd: revenueSources.trialEnd,
      startDate: revenueSources.startDate,
      renewalDate: revenueSources.renewalDate,
      endDate: revenueSources.endDate,
      isCancelAtPeriodEnd: revenueSources.isCancelAtPeriodEnd,
      isIgnoredFromArr: revenueSources.isIgnoredFromArr,
      ignoreReason: revenueSources.ignoreReason,
    })
    .from(revenueSources)
    .where(
      and(
        eq(revenueSources.workspaceId, workspaceId),
        accountId ? eq(revenueSources.accountId, accountId) : undefined,
        afterId ? gt(revenueSources.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(revenueSources.id))
    .limit(pageSize);
}

/** Every revenue source of a workspace (or one account), read in id-ordered pages so no single result is huge. */
export async function loadLedgerSources(
  db: Db,
  workspaceId: string,
  accountId: string | null,
): Promise<LedgerSourceRow[]> {
  const all: LedgerSourceRow[] = [];
  let afterId: string | null = null;
  for (;;) {
    const page = await loadSourcePage(db, workspaceId, accountId, afterId);
    all.push(...page);
    if (page.length < pageSize) return all;
    afterId = page.at(-1)?.id ?? null;
  }
}

export function stateOf(row: LedgerSourceRow): SourceState {
  return {
    status: row.status,
    currency: row.currency,
    items: row.items,
    amountMinor: row.amountMinor,
    billingInterval: row.billingInterval,
    intervalCount: row.intervalCount,
    discounts: row.discounts,
    trialEnd: row.trialEnd,
    startDate: row.startDate,
    endDate: row.endDate,
    isCancelAtPeriodEnd: row.isCancelAtPeriodEnd,
  };
}

type StoredState = Omit<SourceState, 'trialEnd' | 'startDate' | 'endDate'> & {
  trialEnd: string | null;
  startDate: string | null;
  endDate: string | null;
};

const toDate = (value: string | null) => (value ? new Date(value) : null);

/** Each source's recorded revisions, oldest first (only `sourceIds` when given). */
export async function loadRevisions(
  db: Db,
  workspaceId: string,
  sourceIds: string[] | null,
): Promise<Map<string, Revision[]>> {
  if (sourceIds?.length === 0) return new Map();
  const rows = await db
    .select({
      sourceId: revenueSourceRevisions.revenueSourceId,
      observedAt: revenueSourceRevisions.observedAt,
      state: revenueSourceRevisions.state,
    })
    .from(revenueSourceRevisions)
    .where(
      and(
        eq(revenueSourceRevisions.workspaceId, workspaceId),
        sourceIds ? inArray(revenueSourceRevisions.revenueSourceId, sourceIds) : undefined,
      ),
    )
    .orderBy(asc(revenueSourceRevisions.revenueSourceId), asc(revenueSourceRevisions.observedAt));
  const bySource = new Map<string, Revision[]>();
  for (const row of rows) {
    const stored = row.state as StoredState;
    const revision: Revision = {
      observedAt: row.observedAt,
      state: {
        ...stored,
        trialEnd: toDate(stored.trialEnd),
        startDate: toDate(stored.startDate),
        endDate: toDate(stored.endDate),
      },
    };
    const list = bySource.get(row.sourceId);
    if (list) list.push(revision);
    else bySource.set(row.sourceId, [revision]);
  }
  return bySource;
}

const paymentFactsRow = z.object({
  source_id: z.string(),
  has_overdue: z.boolean().nullable(),
  last_failed: timestampColumn.nullable(),
  last_succeeded: timestampColumn.nullable(),
  oldest_overdue: timestampColumn.nullable(),
});

export type PaymentFacts = {
  hasOverdueInvoice: boolean;
  /** The due date of the oldest unpaid invoice: when a past-due spell began. */
  oldestOverdueAt: Date | null;
  lastFailedAt: Date | null;
  lastSucceededAt: Date | null;
};

/** Per revenue source: an open invoice past its due date, and the latest failed and successful payments. */
export async function loadPaymentFacts(
  db: Db,
  workspaceId: string,
  accountId: string | null,
  now: Date,
): Promise<Map<string, PaymentFacts>> {
  const scoped = accountId ? sql`and i.account_id = ${accountId}::uuid` : sql``;
  const rows = await queryRows(
    db,
    sql`
    select i.revenue_source_id as source_id,
      bool_or(i.status = 'open' and i.due_at < ${now.toISOString()}::timestamptz) as has_overdue,
      max(pe.occurred_at) filter (where pe.type = 'payment_failed') as last_failed,
      max(pe.occurred_at) filter (where pe.type = 'payment_succeeded') as last_succeeded,
      min(i.due_at) filter (where i.status = 'open' and i.due_at < ${now.toISOString()}::timestamptz) as oldest_overdue
    from invoices i
    left join payment_events pe on pe.workspace_id = i.workspace_id and pe.invoice_id = i.id
    where i.workspace_id = ${workspaceId}::uuid and i.revenue_source_id is not null ${scoped}
    group by i.revenue_source_id`,
    paymentFactsRow,
  );
  const facts = new Map<string, PaymentFacts>();
  for (const row of rows) {
    facts.set(row.source_id, {
      hasOverdueInvoice: row.has_overdue ?? false,
      oldestOverdueAt: row.oldest_overdue,
      lastFailedAt: row.last_failed,
      lastSucceededAt: row.last_succeeded,
    });
  }
  return facts;
}

export async function getReportingCurrency(db: Db, workspaceId: string): Promise<string> {
  const [row] = await db
    .select({ currency: workspaces.reportingCurrency })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .limit(1);
  return row?.currency ?? 'USD';
}

/** The reporting currency, the rates table and the counting rules of the ledger's workspace. */
export async function loadLedgerConfig(db: Db, workspaceId: string) {
  const [reportingCurrency, [workspace], rows] = await Promise.all([
    getReportingCurrency(db, workspaceId),
    db.select({ settings: workspaces.ledgerSettings }).from(workspaces).where(eq(workspaces.id, workspaceId)).limit(1),
    db
      .select({ currency: currencyRates.currency, rate: currencyRates.rate })
      .from(currencyRates)
      .where(eq(currencyRates.workspaceId, workspaceId)),
  ]);
  const settings = ledgerSettingsSchema.safeParse(workspace?.settings ?? {});
  return {
    reportingCurrency,
    rates: new Map(rows.map((row) => [row.currency, row.rate])),
    // Stored settings that no longer validate fall back to the defaults rather than break rebuilds.
    settings: settings.success ? settings.data : ledgerSettingsSchema.parse({}),
  };
}
