/**
 * The Contracts page's URL state (filters, sort, view, open contract) and how it maps onto the
 * ledger API's query. Pure: no React, no `@/` imports, so it is unit-tested on its own.
 */
import {
  defaultLedgerSort,
  ledgerSortKeys,
  ledgerSourceProviders,
  ledgerStatuses,
  paymentStates,
  reconciliationStates,
  type PaymentState,
  type ReconciliationState,
} from '@success/shared/ledger';
import { z } from 'zod';

export type LedgerSource = (typeof ledgerSourceProviders)[number];
export type LedgerStatus = (typeof ledgerStatuses)[number];
export type LedgerSortKey = (typeof ledgerSortKeys)[number];
export type SortOrder = 'asc' | 'desc';

export const contractViews = ['ledger', 'renewals'] as const;
export type ContractView = (typeof contractViews)[number];

/** The renewal windows offered as a ledger filter and as the renewals view's horizon. */
export const renewalWindows = [30, 60, 90, 180] as const;
export type RenewalWindow = (typeof renewalWindows)[number];
export const DEFAULT_RENEWALS_WINDOW: RenewalWindow = 90;

export const movementPeriods = [3, 6, 12] as const;
export type MovementPeriod = (typeof movementPeriods)[number];
export const DEFAULT_MOVEMENT_PERIOD: MovementPeriod = 12;

export const renewalSortKeys = ['date', 'arr'] as const;
export type RenewalSortKey = (typeof renewalSortKeys)[number];


/** The order a column starts in when first clicked: money biggest first, dates soonest first, names A→Z. */
export const defaultOrderFor: Record<LedgerSortKey, SortOrder> = {
  account: 'asc',
  mrr: 'desc',
  arr: 'desc',
  renewal: 'asc',
  start: 'desc',
  status: 'asc',
};

/**
 * Everything the page keeps in the URL. Lists are comma-separated in the API's spelling
 * (`source=stripe,salesbricks`); every key is optional and absent means "the default".
 */
export type ContractsSearch = {
  view?: ContractView;
  q?: string;
  source?: string;
  status?: string;
  paymentState?: string;
  reconciliation?: string;
  renewalWithinDays?: RenewalWindow;
  /** `true` hides rows ignored from ARR (the API includes them by default). */
  hideIgnored?: true;
  sort?: LedgerSortKey;
  order?: SortOrder;
  period?: MovementPeriod;
  withinDays?: RenewalWindow;
  renewalsSort?: RenewalSortKey;
  /** The ledger row whose detail sheet is open. */
  contract?: string;
};

/** The values of a comma-separated list that `allowed` knows, in `allowed`'s order, without repeats. */
export function parseList<T extends string>(value: unknown, allowed: readonly T[]): T[] {
  const raw = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '';
  const wanted = new Set(
    raw
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter(Boolean),
  );
  return allowed.filter((item) => wanted.has(item));
}

/** A list back to its URL form; empty means "no filter" (undefined drops the key). */
export function serializeList<T extends string>(values: readonly T[], allowed: readonly T[]): string | undefined {
  const ordered = allowed.filter((item) => values.includes(item));
  return ordered.length > 0 ? ordered.join(',') : undefined;
}

/** URL text: the router parses `?q=123` to the number 123, which is still text to us. */
const urlText = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string());
/** A URL number (the router parses `30` to 30; a hand-edited link may carry "30"). */
const urlNumber = z.union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)]);
const oneOf = <T extends number>(values: readonly T[]) =>
  urlNumber.refine((n): n is T => (values as readonly number[]).includes(n));
const listOf = <T extends string>(allowed: readonly T[]) =>
  z.unknown().transform((value) => serializeList(parseList(value, allowed), allowed));

/** Each key is parsed on its own and dropped when invalid, so one bad value never blanks the page. */
const searchSchema = z.object({
  view: z.enum(contractViews).optional().catch(undefined),
  q: urlText
    .transform((value) => value.trim().slice(0, 200) || undefined)
    .optional()
    .catch(undefined),
  source: listOf(ledgerSourceProviders).catch(undefined),
  status: listOf(ledgerStatuses).catch(undefined),
  paymentState: listOf(paymentStates).catch(undefined),
  reconciliation: listOf(reconciliationStates).catch(undefined),
  renewalWithinDays: oneOf(renewalWindows).optional().catch(undefined),
  hideIgnored: z
    .union([z.literal(true), z.literal('true')])
    .transform(() => true as const)
    .optional()
    .catch(undefined),
  sort: z.enum(ledgerSortKeys).optional().catch(undefined),
  order: z.enum(['asc', 'desc']).optional().catch(undefined),
  period: oneOf(movementPeriods).optional().catch(undefined),
  withinDays: oneOf(renewalWindows).optional().catch(undefined),
  renewalsSort: z.enum(renewalSortKeys).optional().catch(undefined),
  contract: urlText.pipe(z.string().trim().min(1).max(200)).optional().catch(undefined),
});

/** validateSearch for /success/contracts: known keys with valid values, defaults left out. */
export function parseContractsSearch(search: Record<string, unknown>): ContractsSearch {
  const parsed = searchSchema.parse(search);
  const result: ContractsSearch = {};
  for (const [key, value] of Object.entries(parsed) as [keyof ContractsSearch, unknown][]) {
    if (value !== undefined) Object.assign(result, { [key]: value });
  }
  // A `ledger` view is the default: keep URLs short.
  if (result.view === 'ledger') delete result.view;
  return result;
}

/** The ledger's filters as the page works with them. */
export type LedgerFilters = {
  q: string;
  source: LedgerSource[];
  status: LedgerStatus[];
  paymentState: PaymentState[];
  reconciliation: ReconciliationState[];
  renewalWithinDays: RenewalWindow | null;
  hideIgnored: boolean;
};

export function getLedgerFilters(search: ContractsSearch): LedgerFilters {
  return {
    q: search.q?.trim() ?? '',
    source: parseList(search.source, ledgerSourceProviders),
    status: parseList(search.status, ledgerStatuses),
    paymentState: parseList(search.paymentState, paymentStates),
    reconciliation: parseList(search.reconciliation, reconciliationStates),
    renewalWithinDays: search.renewalWithinDays ?? null,
    hideIgnored: search.hideIgnored === true,
  };
}

/** The URL keys for a set of filters (undefined removes a key). */
export function filtersToSearch(
  filters: LedgerFilters,
): Pick<
  ContractsSearch,
  'q' | 'source' | 'status' | 'paymentState' | 'reconciliation' | 'renewalWithinDays' | 'hideIgnored'
> {
  return {
    q: filters.q.trim() || undefined,
    source: serializeList(filters.source, ledgerSourceProviders),
    status: serializeList(filters.status, ledgerStatuses),
    paymentState: serializeList(filters.paymentState, paymentStates),
    reconciliation: serializeList(filters.reconciliation, reconciliationStates),
    renewalWithinDays: filters.renewalWithinDays ?? undefined,
    hideIgnored: filters.hideIgnored ? true : undefined,
  };
}

export const emptyLedgerFilters: LedgerFilters = {
  q: '',
  source: [],
  status: [],
  paymentState: [],
  reconciliation: [],
  renewalWithinDays: null,
  hideIgnored: false,
};

/** How many filters narrow the ledger (the search box counts as one). */
export function countActiveFilters(filters: LedgerFilters): number {
  return (
    (filters.q ? 1 : 0) +
    (filters.source.length > 0 ? 1 : 0) +
    (filters.status.length > 0 ? 1 : 0) +
    (filters.paymentState.length > 0 ? 1 : 0) +
    (filters.reconciliation.length > 0 ? 1 : 0) +
    (filters.renewalWithinDays !== null ? 1 : 0) +
    (filters.hideIgnored ? 1 : 0)
  );
}

export function getLedgerSort(search: ContractsSearch): { sort: LedgerSortKey; order: SortOrder } {
  const sort = search.sort ?? defaultLedgerSort.sort;
  return { sort, order: search.order ?? (search.sort ? defaultOrderFor[sort] : defaultLedgerSort.order) };
}

/** Clicking a column header: the same column flips its order, another starts in its natural order. */
export function nextSort(
  current: { sort: LedgerSortKey; order: SortOrder },
  clicked: LedgerSortKey,
): { sort: LedgerSortKey; order: SortOrder } {
  if (current.sort === clicked) return { sort: clicked, order: current.order === 'asc' ? 'desc' : 'asc' };
  return { sort: clicked, order: defaultOrderFor[clicked] };
}

/**
 * The list, export and count endpoints' query string for filters and sort: API keys, lists
 * comma-separated, defaults left to the server. Stable key order so query keys and hrefs match.
 */
export function toLedgerQuery(
  filters: LedgerFilters,
  sort?: { sort: LedgerSortKey; order: SortOrder },
): Record<string, string | number> {
  const query: Record<string, string | number> = {};
  if (filters.q) query.q = filters.q;
  const source = serializeList(filters.source, ledgerSourceProviders);
  if (source) query.source = source;
  const status = serializeList(filters.status, ledgerStatuses);
  if (status) query.status = status;
  const paymentState = serializeList(filters.paymentState, paymentStates);
  if (paymentState) query.paymentState = paymentState;
  const reconciliation = serializeList(filters.reconciliation, reconciliationStates);
  if (reconciliation) query.reconciliation = reconciliation;
  if (filters.renewalWithinDays !== null) query.renewalWithinDays = filters.renewalWithinDays;
  if (filters.hideIgnored) query.includeIgnored = 'false';
  if (sort) {
    query.sort = sort.sort;
    query.order = sort.order;
  }
  return query;
}

export const LEDGER_EXPORT_PATH = '/v3/rest/success/contracts/export.csv';

/** The CSV export of exactly what the table shows (same filters and order). */
export function getExportHref(filters: LedgerFilters, sort?: { sort: LedgerSortKey; order: SortOrder }): string {
  const params = new URLSearchParams(
    Object.entries(toLedgerQuery(filters, sort)).map(([key, value]) => [key, String(value)]),
  );
  const qs = params.toString();
  return qs ? `${LEDGER_EXPORT_PATH}?${qs}` : LEDGER_EXPORT_PATH;
}
