import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts } from '../../db/schema';
import type { DayWindow } from '../../lib/days';
import { isChurned, isNotChurned } from '../customers/customers.queries';

const tracked = (workspaceId: string) => and(eq(accounts.workspaceId, workspaceId), eq(accounts.isTracked, true));
const arr = sql<string | null>`sum(${accounts.arrMinor})`;

/** Tracked accounts that have not churned, counted and ARR summed per Health state. */
export async function sumAccountsByBand(db: Db, workspaceId: string) {
  return db
    .select({ band: accounts.healthBand, accounts: sql<number>`count(*)::int`, arr })
    .from(accounts)
    .where(and(tracked(workspaceId), isNotChurned))
    .groupBy(accounts.healthBand);
}

/** Tracked churned accounts and the MRR they had before churning. */
export async function sumChurnedAccounts(db: Db, workspaceId: string) {
  const [row] = await db
    .select({ accounts: sql<number>`count(*)::int`, lastMrr: sql<string | null>`sum(${accounts.churnedMrrMinor})` })
    .from(accounts)
    .where(and(tracked(workspaceId), isChurned));
  return { accounts: row?.accounts ?? 0, lastMrrMinor: Number(row?.lastMrr ?? 0) };
}

/** Tracked, not churned accounts renewing within the window, and their ARR. */
export async function sumRenewingAccounts(db: Db, workspaceId: string, window: DayWindow) {
  const [row] = await db
    .select({ accounts: sql<number>`count(*)::int`, arr })
    .from(accounts)
    .where(
      and(
        tracked(workspaceId),
        isNotChurned,
        gte(accounts.nextRenewalAt, window.from),
        lt(accounts.nextRenewalAt, window.before),
      ),
    );
  return { accounts: row?.accounts ?? 0, arrMinor: Number(row?.arr ?? 0) };
}
