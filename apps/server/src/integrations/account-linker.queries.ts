import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { accounts, providerCustomers } from '../db/schema';
import type { AccountRef } from './connector';
import { dedupeBy } from './upsert.queries';

/**
 * Links provider customers to accounts: a remembered manual link wins, then the normalized
 * domain (creating the account on first sight). Customers without either stay unmatched, listed
 * for an admin to link by hand. Returns customerExternalId → account id (or null).
 */
export async function linkAccounts(
  db: Db,
  workspaceId: string,
  provider: string,
  refs: AccountRef[],
): Promise<Map<string, string | null>> {
  const unique = dedupeBy(refs, (ref) => ref.customerExternalId);
  if (unique.length === 0) return new Map();

  const known = await db
    .select()
    .from(providerCustomers)
    .where(
      and(
        eq(providerCustomers.workspaceId, workspaceId),
        eq(providerCustomers.provider, provider),
        inArray(
          providerCustomers.externalId,
          unique.map((ref) => ref.customerExternalId),
        ),
      ),
    );
  const manual = new Map(known.filter((row) => row.isManuallyLinked).map((row) => [row.externalId, row.accountId]));
  // Providers sometimes send a bare customer id (a deleted Stripe customer on an old invoice):
  // without a domain, the link made from an earlier, fuller record stands.
  const previous = new Map(known.map((row) => [row.externalId, row.accountId]));

  const domains = [
    ...new Set(
      unique.filter((ref) => !manual.has(ref.customerExternalId)).flatMap((ref) => (ref.domain ? [ref.domain] : [])),
    ),
  ];
  const accountIdByDomain = new Map<string, string>();
  if (domains.length > 0) {
    const names = new Map(unique.flatMap((ref) => (ref.domain ? [[ref.domain, ref.label] as const] : [])));
    await db
      .insert(accounts)
      .values(domains.map((domain) => ({ workspaceId, domain, name: names.get(domain) ?? domain })))
      .onConflictDoNothing();
    const rows = await db
      .select({ id: accounts.id, domain: accounts.domain })
      .from(accounts)
      .where(and(eq(accounts.workspaceId, workspaceId), inArray(accounts.domain, domains)));
    for (const row of rows) accountIdByDomain.set(row.domain, row.id);
  }

  const result = new Map<string, string | null>();
  for (const ref of unique) {
    const accountId = manual.has(ref.customerExternalId)
      ? (manual.get(ref.customerExternalId) ?? null)
      : ref.domain
        ? (accountIdByDomain.get(ref.domain) ?? null)
        : (previous.get(ref.customerExternalId) ?? null);
    result.set(ref.customerExternalId, accountId);
  }

  await db
    .insert(providerCustomers)
    .values(
      unique.map((ref) => ({
        workspaceId,
        provider,
        externalId: ref.customerExternalId,
        label: ref.label,
        email: ref.email ?? null,
        domain: ref.domain,
        accountId: result.get(ref.customerExternalId) ?? null,
      })),
    )
    .onConflictDoUpdate({
      target: [providerCustomers.workspaceId, providerCustomers.provider, providerCustomers.externalId],
      set: {
        label: sql`case when excluded.label = excluded.external_id then ${providerCustomers.label} else excluded.label end`,
        email: sql`coalesce(excluded.email, ${providerCustomers.email})`,
        domain: sql`coalesce(excluded.domain, ${providerCustomers.domain})`,
        // A manual link is a person's decision: syncs never undo it.
        accountId: sql`case when ${providerCustomers.isManuallyLinked} then ${providerCustomers.accountId} else excluded.account_id end`,
        updatedAt: sql`now()`,
      },
    });
  return result;
}
