/**
 * Brings a benchmark workspace up to the ledger's target volume: 1.5 revenue sources and 20
 * invoices per account (150,000 and 2,000,000 at 100,000 accounts). The demo generator makes about
 * one source and five invoices per account; the rest are add-on subscriptions with a monthly
 * invoice history, written in SQL so padding takes seconds, not the generator's minutes.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { countWorkspaceRows } from '../src/demo/load.queries';
import { recordRevisions } from '../src/features/contracts/revisions.queries';

export async function padLedgerVolume(db: Db, workspaceId: string, accounts: number, now: Date) {
  const counts = await countWorkspaceRows(db, workspaceId);
  const extraSources = Math.max(0, Math.round(accounts * 1.5) - (counts.revenueSources ?? 0));
  if (extraSources > 0) {
    await db.execute(sql`
      insert into revenue_sources (workspace_id, account_id, provider, external_id, kind, product_name, status,
        currency, amount_minor, billing_interval, interval_count, seats, items, start_date, current_period_end,
        renewal_date)
      select a.workspace_id, a.id, 'stripe', 'sub_addon_' || row_number() over (order by a.id), 'subscription',
        'Add-on storage', case when random() < 0.05 then 'past_due' else 'active' end, 'USD',
        (1 + floor(random() * 20))::int * 1000, 'month', 1, 1, '[]'::jsonb,
        ${now.toISOString()}::timestamptz - interval '20 months', ${now.toISOString()}::timestamptz + (random() * 30) * interval '1 day',
        ${now.toISOString()}::timestamptz + (random() * 30) * interval '1 day'
      from accounts a where a.workspace_id = ${workspaceId}::uuid
      order by a.id limit ${extraSources}`);
  }
  const afterSources = await countWorkspaceRows(db, workspaceId);
  const extraInvoices = Math.max(0, accounts * 20 - (afterSources.invoices ?? 0));
  const perSource = Math.ceil(extraInvoices / Math.max(1, extraSources));
  if (extraInvoices > 0 && extraSources > 0) {
    await db.execute(sql`
      insert into invoices (workspace_id, account_id, revenue_source_id, provider, external_id, status, currency,
        amount_due_minor, amount_paid_minor, issued_at, due_at, paid_at)
      select rs.workspace_id, rs.account_id, rs.id, 'stripe', 'in_' || rs.external_id || '_' || n,
        case when n = 1 and rs.status = 'past_due' then 'open' else 'paid' end, 'USD', rs.amount_minor,
        case when n = 1 and rs.status = 'past_due' then 0 else rs.amount_minor end,
        ${now.toISOString()}::timestamptz - n * interval '1 month',
        ${now.toISOString()}::timestamptz - n * interval '1 month' + interval '14 days',
        case when n = 1 and rs.status = 'past_due' then null else ${now.toISOString()}::timestamptz - n * interval '1 month' end
      from revenue_sources rs cross join generate_series(1, ${perSource}) as n
      where rs.workspace_id = ${workspaceId}::uuid and rs.external_id like 'sub_addon_%'
      limit ${extraInvoices}`);
  }
  await recordRevisions(db, workspaceId, now, 'all');
  return countWorkspaceRows(db, workspaceId);
}
