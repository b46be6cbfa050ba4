/**
 * The Health queue's state in the URL: search, filters, sort and the untracked toggle. Pure, so the
 * route's validateSearch, the queue and the API call agree on one shape.
 */
import {
  type AccountSortKey,
  accountSortKeys,
  defaultAccountSort,
  defaultAccountSortOrder,
} from '@success/shared/accounts';
import { type HealthState } from '@success/shared/health';
import { paymentStates, revenueBadges } from '@success/shared/ledger';
import { z } from 'zod';

/**
 * The states the band filter offers, in triage order: the three bands, "Not enough data" (scored on
 * too few inputs) and "Churned" (every paying source ended; listed only under this filter).
 */
export const healthStates = [
  'critical',
  'at_risk',
  'healthy',
  'not_enough_data',
  'churned',
] as const satisfies readonly HealthState[];
export type HealthBandKey = (typeof healthStates)[number];
export type PaymentStateKey = (typeof paymentStates)[number];
export type RevenueBadgeKey = (typeof revenueBadges)[number];
export type SortOrder = 'asc' | 'desc';

/** The renewal windows the filter offers (days from today). */
export const renewalWindows = [30, 60, 90, 180] as const;

/** The server's default direction for each sort key (see accountListQuerySchema). */
export const defaultSortOrder: Record<AccountSortKey, SortOrder> = defaultAccountSortOrder;

/** The URL gives numbers for "?q=123"; text filters read them back as text. */
const text = (max: number) =>
  z.preprocess(
    (value) => (typeof value === 'number' ? String(value) : value),
    z
      .string()
      .trim()
      .max(max)
      .transform((value) => value || undefined),
  );

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const healthSearchSchema = z.object({
  q: optional(text(200)),
  band: optional(z.enum(healthStates)),
  renewalWithinDays: optional(
    z.coerce
      .number()
      .int()
      .refine((days) => (renewalWindows as readonly number[]).includes(days)),
  ),
  owner: optional(text(200)),
  source: optional(z.enum(revenueBadges)),
  paymentState: optional(z.enum(paymentStates)),
  sort: optional(z.enum(accountSortKeys)),
  order: optional(z.enum(['asc', 'desc'])),
  untracked: optional(z.union([z.literal(true), z.literal('true').transform(() => true as const)])),
});

export type HealthSearch = {
  q?: string;
  band?: HealthBandKey;
  renewalWithinDays?: number;
  owner?: string;
  source?: RevenueBadgeKey;
  paymentState?: PaymentStateKey;
  sort?: AccountSortKey;
  order?: SortOrder;
  untracked?: true;
};

/** Drops unknown and invalid values (a hand-edited URL never breaks the page) and empty keys. */
export function parseHealthSearch(search: Record<string, unknown>): HealthSearch {
  const parsed = healthSearchSchema.safeParse(search);
  const data = parsed.success ? parsed.data : {};
  return normalizeHealthSearch(data);
}

/** The order the queue opens in: critical first, then ARR at risk, then the lowest score. */
export const defaultSort: AccountSortKey = defaultAccountSort;

/** The sort menu's choices; column headers sort too, but triage has no column of its own. */
export const sortLabels: Record<AccountSortKey, string> = {
  triage: 'Triage',
  name: 'Name',
  score: 'Score',
  arr: 'ARR',
  renewal: 'Renewal date',
  last_activity: 'Last activity',
  owner: 'Owner',
};

/** Leaves out undefined values and a sort that only repeats the default (triage order). */
export function normalizeHealthSearch(search: HealthSearch): HealthSearch {
  const result: HealthSearch = {};
  for (const [key, value] of Object.entries(search) as [keyof HealthSearch, unknown][]) {
    if (value !== undefined && value !== '') (result as Record<string, unknown>)[key] = value;
  }
  const sort = result.sort ?? defaultSort;
  if (result.order === defaultSortOrder[sort]) delete result.order;
  if (result.sort === defaultSort && result.order === undefined) delete result.sort;
  return result;
}

export function getEffectiveSort(search: Pick<HealthSearch, 'sort' | 'order'>): {
  sort: AccountSortKey;
  order: SortOrder;
} {
  const sort = search.sort ?? defaultSort;
  return { sort, order: search.order ?? defaultSortOrder[sort] };
}

/**
 * A click on a column header: the sorted column flips its direction; another column sorts in its
 * natural direction (highest ARR first, lowest score first…).
 */
export function nextSort(
  current: Pick<HealthSearch, 'sort' | 'order'>,
  clicked: AccountSortKey,
): Pick<HealthSearch, 'sort' | 'order'> {
  const effective = getEffectiveSort(current);
  if (effective.sort === clicked) {
    const order: SortOrder = effective.order === 'asc' ? 'desc' : 'asc';
    const next = normalizeHealthSearch({ sort: clicked, order });
    return { sort: next.sort, order: next.order };
  }
  const next = normalizeHealthSearch({ sort: clicked });
  return { sort: next.sort, order: undefined };
}

/** How many filters (not search, sort or the untracked toggle) narrow the queue. */
export function countActiveFilters(search: HealthSearch): number {
  return [search.band, search.renewalWithinDays, search.owner, search.source, search.paymentState].filter(
    (value) => value !== undefined,
  ).length;
}

/** The query the Health list endpoint takes for this URL state. */
export function toAccountQuery(search: HealthSearch): Record<string, string | number | undefined> {
  const { sort, order } = getEffectiveSort(search);
  return {
    q: search.q?.trim() || undefined,
    band: search.band,
    renewalWithinDays: search.renewalWithinDays,
    owner: search.owner?.trim() || undefined,
    source: search.source,
    paymentState: search.paymentState,
    sort,
    order,
    includeUntracked: search.untracked ? 'true' : 'false',
  };
}
