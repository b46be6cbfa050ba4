import type { AccountSummary, CustomerDetail } from '@success/shared/api';
import type { Db } from '../../db/client';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import type { Actor } from '../auth/actor';
import { assertSuccessEnabled } from '../workspace/workspace.service';
import { getAccountByDomain } from './account-lookup';
import { countAccountRecords, listAccountContacts, listAccountRows } from './accounts.queries';

function toIso(value: string | Date | null): string | null {
  if (value === null) return null;
  return new Date(value).toISOString();
}

type AccountRow = Omit<AccountSummary, 'arr' | 'renewalDate' | 'lastActivityAt' | 'health'> & {
  renewalDate: string | Date | null;
  lastActivityAt: string | Date | null;
  healthScore: number | null;
  healthBand: 'healthy' | 'at_risk' | 'critical' | null;
  healthTopFactors: { label: string; points: number; source: string }[] | null;
};

function toSummary(row: AccountRow): AccountSummary {
  return {
    id: row.id,
    domain: row.domain,
    name: row.name,
    logoUrl: row.logoUrl,
    ownerName: row.ownerName,
    lifecycleStage: row.lifecycleStage,
    isTracked: row.isTracked,
    // ARR comes from the revenue ledger, which is not computed yet; null says "unknown", not zero.
    arr: null,
    renewalDate: toIso(row.renewalDate),
    lastActivityAt: toIso(row.lastActivityAt),
    health:
      row.healthScore !== null && row.healthBand !== null
        ? { score: row.healthScore, band: row.healthBand, topFactors: row.healthTopFactors ?? [] }
        : null,
  };
}

export async function listHealthQueue(
  db: Db,
  actor: Actor,
  query: {
    q?: string | undefined;
    band?: 'healthy' | 'at_risk' | 'critical' | undefined;
    sort: 'name' | 'score';
    includeUntracked: boolean;
    cursor?: string | undefined;
    limit: number;
  },
  now: Date,
) {
  await assertSuccessEnabled(db, actor);
  const rows = await listAccountRows(db, {
    workspaceId: actor.dataWorkspaceId,
    q: query.q || undefined,
    band: query.band,
    sort: query.sort,
    includeUntracked: query.includeUntracked,
    cursor: decodeCursor(query.cursor),
    limit: query.limit,
    now,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ k: query.sort === 'score' ? Number(last.sortKey) : last.name, id: last.id })
        : null,
  };
}

export async function getCustomerDetail(
  db: Db,
  actor: Actor,
  companyDomain: string,
  now: Date,
): Promise<CustomerDetail> {
  const account = await getAccountByDomain(db, actor, companyDomain);
  const [contacts, counts, [listed]] = await Promise.all([
    listAccountContacts(db, actor.dataWorkspaceId, account.id),
    countAccountRecords(db, actor.dataWorkspaceId, account.id),
    listAccountRows(db, {
      workspaceId: actor.dataWorkspaceId,
      accountId: account.id,
      q: undefined,
      includeUntracked: true,
      cursor: null,
      limit: 1,
      now,
    }),
  ]);
  return {
    account: {
      ...toSummary(listed ?? { ...account, renewalDate: null, lastActivityAt: null }),
      primaryContactName: account.primaryContactName,
      primaryContactEmail: account.primaryContactEmail,
      ownerEmail: account.ownerEmail,
    },
    contacts,
    counts,
  };
}
