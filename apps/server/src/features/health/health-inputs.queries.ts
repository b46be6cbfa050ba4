import { and, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, connections, invoices, paymentEvents, revenueSources, signals, usageDaily } from '../../db/schema';
import type { BillingProvider, HealthInputs, SignalInput, UsageDay } from '../../engines/health/inputs';
import { loadLicensedSeats } from '../customers/licensed-seats.queries';
import { getWorkspaceTimeZone } from '../workspace/workspace.queries';

const dayMs = 86_400_000;
/** How far back each kind of fact is read: the widest window any setting can use today. */
const usageDays = 56;
const failedPaymentDays = 90;
const signalDays = 180;

function isBillingProvider(provider: string): provider is BillingProvider {
  return provider === 'stripe' || provider === 'salesbricks';
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Which kinds of source feed this workspace: a connection, or data already present (demo, imports). */
export async function loadConnectedSources(db: Db, workspaceId: string): Promise<HealthInputs['connected']> {
  const providers = new Set(
    (
      await db
        .select({ provider: connections.provider })
        .from(connections)
        .where(eq(connections.workspaceId, workspaceId))
    ).map((row) => row.provider),
  );
  const has = async (
    table: typeof usageDaily | typeof revenueSources | typeof signals,
    extra?: ReturnType<typeof eq>,
  ) => {
    const [row] = await db
      .select({ one: sql`1` })
      .from(table)
      .where(and(eq(table.workspaceId, workspaceId), extra))
      .limit(1);
    return row !== undefined;
  };
  return {
    usage: providers.has('posthog') || (await has(usageDaily)),
    billing: providers.has('stripe') || (await has(revenueSources, eq(revenueSources.provider, 'stripe'))),
    contracts: providers.has('salesbricks') || (await has(revenueSources, eq(revenueSources.provider, 'salesbricks'))),
    signals: true,
  };
}

/** The accounts that are scored, by id: every account that has not churned (churned ones are not scored). */
export async function listAccountIds(db: Db, workspaceId: string, afterId: string | null, limit: number) {
  const rows = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(
      and(
        eq(accounts.workspaceId, workspaceId),
        isNull(accounts.churnedAt),
        afterId ? sql`${accounts.id} > ${afterId}` : undefined,
      ),
    )
    .orderBy(accounts.id)
    .limit(limit);
  return rows.map((row) => row.id);
}

/** Reads everything the engine needs for a batch of accounts in a handful of queries. */
export async function loadHealthInputs(
  db: Db,
  workspaceId: string,
  accountIds: string[],
  now: Date,
  connected: HealthInputs['connected'],
): Promise<Map<string, HealthInputs>> {
  const inputsAsOf = await loadHealthInputsFrom(db, workspaceId, accountIds, now, connected);
  return inputsAsOf(now);
}

/**
 * Reads the facts once for scoring a batch as of any instant from `earliest` on (the demo's
 * history scores the same accounts at many past dates); the returned function assembles the
 * inputs as of one instant, leaving out facts outside that instant's windows.
 */
export async function loadHealthInputsFrom(
  db: Db,
  workspaceId: string,
  accountIds: string[],
  earliest: Date,
  connected: HealthInputs['connected'],
): Promise<(now: Date) => Map<string, HealthInputs>> {
  const usageSince = new Date(earliest.getTime() - usageDays * dayMs).toISOString().slice(0, 10);
  const timeZone = await getWorkspaceTimeZone(db, workspaceId);
  const [usageRows, lastActivityRows, sourceRows, failedRows, invoiceRows, signalRows] = await Promise.all([
    db
      .select({
        accountId: usageDaily.accountId,
        day: usageDaily.day,
        activeUsers: usageDaily.activeUsers,
      })
      .from(usageDaily)
      .where(
        and(
          eq(usageDaily.workspaceId, workspaceId),
          inArray(usageDaily.accountId, accountIds),
          gte(usageDaily.day, usageSince),
        ),
      ),
    // All-time last activity: an account idle for months must read as inactive, not as "no data".
    db
      .select({
        accountId: usageDaily.accountId,
        lastActivityAt: sql<string | null>`max(${usageDaily.lastActivityAt})`,
      })
      .from(usageDaily)
      .where(and(eq(usageDaily.workspaceId, workspaceId), inArray(usageDaily.accountId, accountIds)))
      .groupBy(usageDaily.accountId),
    db
      .select({
        accountId: revenueSources.accountId,
        provider: revenueSources.provider,
        status: revenueSources.status,
        renewalDate: revenueSources.renewalDate,
      })
      .from(revenueSources)
      .where(and(eq(revenueSources.workspaceId, workspaceId), inArray(revenueSources.accountId, accountIds))),
    db
      .select({
        accountId: paymentEvents.accountId,
        provider: paymentEvents.provider,
        occurredAt: paymentEvents.occurredAt,
      })
      .from(paymentEvents)
      .where(
        and(
          eq(paymentEvents.workspaceId, workspaceId),
          inArray(paymentEvents.accountId, accountIds),
          eq(paymentEvents.type, 'payment_failed'),
          gte(paymentEvents.occurredAt, new Date(earliest.getTime() - failedPaymentDays * dayMs)),
        ),
      ),
    db
      .select({
        accountId: invoices.accountId,
        provider: invoices.provider,
        dueAt: invoices.dueAt,
        amountDueMinor: invoices.amountDueMinor,
        amountPaidMinor: invoices.amountPaidMinor,
      })
      .from(invoices)
      .where(
        and(
          eq(invoices.workspaceId, workspaceId),
          inArray(invoices.accountId, accountIds),
          eq(invoices.status, 'open'),
        ),
      ),
    db
      .select({
        accountId: signals.accountId,
        type: signals.type,
        sentiment: signals.sentiment,
        score: signals.score,
        occurredAt: signals.occurredAt,
      })
      .from(signals)
      .where(
        and(
          eq(signals.workspaceId, workspaceId),
          inArray(signals.accountId, accountIds),
          gte(signals.occurredAt, new Date(earliest.getTime() - signalDays * dayMs)),
        ),
      ),
  ]);
  const licensedSeats = await loadLicensedSeats(db, workspaceId, accountIds);

  const usageByAccount = new Map<string, { day: string; activeUsers: number }[]>();
  for (const row of usageRows) push(usageByAccount, row.accountId, row);
  const lastActivityByAccount = new Map(
    lastActivityRows.map((row) => [row.accountId, row.lastActivityAt ? new Date(row.lastActivityAt) : null]),
  );
  const sourcesByAccount = new Map<string, typeof sourceRows>();
  for (const row of sourceRows) if (row.accountId) push(sourcesByAccount, row.accountId, row);
  const failedByAccount = new Map<string, typeof failedRows>();
  for (const row of failedRows) if (row.accountId) push(failedByAccount, row.accountId, row);
  const invoicesByAccount = new Map<string, typeof invoiceRows>();
  for (const row of invoiceRows) if (row.accountId) push(invoicesByAccount, row.accountId, row);
  const signalsByAccount = new Map<string, SignalInput[]>();
  for (const row of signalRows)
    if (row.accountId)
      push(signalsByAccount, row.accountId, {
        type: row.type,
        sentiment: row.sentiment,
        score: row.score,
        occurredAt: row.occurredAt,
      });

  return (now: Date) => {
    const within = (at: Date, days: number) =>
      at.getTime() >= now.getTime() - days * dayMs && at.getTime() <= now.getTime();
    const usageFrom = new Date(now.getTime() - usageDays * dayMs).toISOString().slice(0, 10);
    const today = now.toISOString().slice(0, 10);
    const result = new Map<string, HealthInputs>();
    for (const accountId of accountIds) {
      const usage = (usageByAccount.get(accountId) ?? []).filter((row) => row.day >= usageFrom && row.day <= today);
      const sources = sourcesByAccount.get(accountId) ?? [];
      const seats = licensedSeats.get(accountId) ?? null;
      const daily: UsageDay[] = usage.map((row) => ({ day: row.day, activeUsers: row.activeUsers }));
      const lastSeen = lastActivityByAccount.get(accountId);
      const upcoming = sources
        .filter((s) => s.renewalDate && s.renewalDate.getTime() >= now.getTime())
        .sort((a, b) => (a.renewalDate?.getTime() ?? 0) - (b.renewalDate?.getTime() ?? 0))[0];
      const billed = sources.filter((s) => isBillingProvider(s.provider));
      result.set(accountId, {
        now,
        timeZone,
        usage:
          lastSeen !== undefined
            ? {
                licensedSeats: seats?.seats ?? null,
                licensedSeatsSource: seats?.source ?? null,
                daily,
                lastActivityAt: lastSeen,
              }
            : null,
        payment:
          billed.length > 0
            ? {
                sources: billed.map((s) => ({ provider: s.provider, status: s.status })),
                failedPayments: (failedByAccount.get(accountId) ?? []).flatMap((f) =>
                  isBillingProvider(f.provider) && within(f.occurredAt, failedPaymentDays)
                    ? [{ occurredAt: f.occurredAt, provider: f.provider }]
                    : [],
                ),
                openInvoices: (invoicesByAccount.get(accountId) ?? []).flatMap((i) =>
                  isBillingProvider(i.provider)
                    ? [{ dueAt: i.dueAt, amountDueMinor: i.amountDueMinor - i.amountPaidMinor, provider: i.provider }]
                    : [],
                ),
              }
            : null,
        renewal: upcoming?.renewalDate ? { date: upcoming.renewalDate, provider: upcoming.provider } : null,
        signals: (signalsByAccount.get(accountId) ?? []).filter((signal) => within(signal.occurredAt, signalDays)),
        connected,
      });
    }
    return result;
  };
}
