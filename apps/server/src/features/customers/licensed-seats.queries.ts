/**
 * Licensed seats, one rule for every screen and for the health engine: the current quantity of
 * the seat-based recurring items billed on the account's live revenue-ledger rows (the Stripe
 * subscription's; a merged Stripe + Salesbricks pair is one ledger row, so it counts once); when
 * no live row bills seats, the seats of the account's live Salesbricks contracts. Each source's
 * `seats` is already that quantity (the Stripe mapper sums licensed recurring items, the
 * Salesbricks mapper the recurring seat-like bricks).
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { numberColumn, queryRows } from '../../db/rows';
import type { LicensedSeatsSource } from '../../engines/health/inputs';

export type LicensedSeats = { seats: number; source: LicensedSeatsSource };

const seatsRow = z.object({
  account_id: z.string(),
  billed_seats: numberColumn.nullable(),
  contract_seats: numberColumn.nullable(),
});

/** Ledger statuses whose seats count: the customer has, or is trying, the product. */
const liveStatuses = '{active,past_due,trialing}';

/** Licensed seats of each account that has any; accounts without are absent from the map. */
export async function loadLicensedSeats(
  db: Db,
  workspaceId: string,
  accountIds: readonly string[],
): Promise<Map<string, LicensedSeats>> {
  if (accountIds.length === 0) return new Map();
  const rows = await queryRows(
    db,
    sql`
    select le.account_id::text as account_id,
      sum(billed.seats)::int as billed_seats,
      sum(contract.seats)::int as contract_seats
    from ledger_entries le
    left join lateral (
      select sum(rs.seats) as seats from revenue_sources rs
      where rs.id = any(le.source_ids) and rs.provider = 'stripe' and rs.seats is not null
    ) billed on true
    left join lateral (
      select sum(rs.seats) as seats from revenue_sources rs
      where rs.id = any(le.source_ids) and rs.provider = 'salesbricks' and rs.seats is not null
    ) contract on true
    where le.workspace_id = ${workspaceId}::uuid
      and le.account_id = any(${`{${accountIds.join(',')}}`}::uuid[])
      and lower(le.status) = any(${liveStatuses}::text[])
    group by le.account_id`,
    seatsRow,
  );
  const seats = new Map<string, LicensedSeats>();
  for (const row of rows) {
    if (row.billed_seats !== null && row.billed_seats > 0) {
      seats.set(row.account_id, { seats: row.billed_seats, source: 'ledger' });
    } else if (row.contract_seats !== null && row.contract_seats > 0) {
      seats.set(row.account_id, { seats: row.contract_seats, source: 'salesbricks_contract' });
    }
  }
  return seats;
}
