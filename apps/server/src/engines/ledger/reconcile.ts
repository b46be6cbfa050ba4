/**
 * Reconciliation: a Salesbricks contract and a Stripe subscription that bill the same revenue
 * become one ledger group, so the revenue is counted once. The contract is the group's primary
 * source and its amount is the one that counts: the contract is the commitment the customer
 * signed; the subscription is how (part of) it is collected.
 */
import { compareSources, type ConflictField } from './conflicts';

export type { ConflictField } from './conflicts';

export type ReconcileSource = {
  id: string;
  provider: 'stripe' | 'salesbricks';
  externalId: string;
  linkedExternalId: string | null;
  accountId: string | null;
  currency: string;
  mrrMinor: number;
  status: string;
  startDate: Date | null;
  endDate: Date | null;
  renewalDate: Date | null;
};

export type LedgerGroup = {
  primaryId: string;
  sourceIds: string[];
  state: 'merged' | 'conflict' | 'single';
  matchedBy: 'link' | 'heuristic' | null;
  conflicts: ConflictField[];
};

export type ReconcileOptions = {
  /** Heuristic matches allow this relative MRR difference, of the larger amount (0.05 = 5%). */
  amountTolerance: number;
  /** Renewal dates this many calendar days apart or fewer do not conflict. */
  renewalToleranceDays: number;
};

export const defaultReconcileOptions: ReconcileOptions = Object.freeze({
  amountTolerance: 0.05,
  renewalToleranceDays: 3,
});

type Pair = { salesbricks: ReconcileSource; stripe: ReconcileSource; matchedBy: 'link' | 'heuristic' };

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Half-open periods [start, end) overlap; a missing start or end is open. Back-to-back periods do not overlap. */
function doPeriodsOverlap(a: ReconcileSource, b: ReconcileSource): boolean {
  const startsBeforeEnd = (start: Date | null, end: Date | null) =>
    start === null || end === null || start.getTime() < end.getTime();
  return startsBeforeEnd(a.startDate, b.endDate) && startsBeforeEnd(b.startDate, a.endDate);
}

function isHeuristicMatch(salesbricks: ReconcileSource, stripe: ReconcileSource, tolerance: number): boolean {
  if (salesbricks.accountId === null || salesbricks.accountId !== stripe.accountId) return false;
  if (salesbricks.currency.trim().toUpperCase() !== stripe.currency.trim().toUpperCase()) return false;
  if (!doPeriodsOverlap(salesbricks, stripe)) return false;
  const difference = Math.abs(salesbricks.mrrMinor - stripe.mrrMinor);
  const larger = Math.max(Math.abs(salesbricks.mrrMinor), Math.abs(stripe.mrrMinor));
  // The boundary is inclusive; the relative epsilon absorbs binary noise in tolerance × larger.
  return difference <= tolerance * larger * (1 + 1e-12);
}

function groupBy<K>(
  sources: readonly ReconcileSource[],
  keyOf: (source: ReconcileSource) => K | null,
): Map<K, ReconcileSource[]> {
  const groups = new Map<K, ReconcileSource[]>();
  for (const source of sources) {
    const key = keyOf(source);
    if (key === null) continue;
    const group = groups.get(key) ?? [];
    group.push(source);
    groups.set(key, group);
  }
  return groups;
}

/**
 * Subscriptions linked to the contract from either side (either names the other's id in the other
 * system), in id order. Accounts are not read: the link is explicit.
 */
function linkedSubscriptions(
  salesbricks: ReconcileSource,
  byExternalId: ReadonlyMap<string, ReconcileSource[]>,
  byLinkedId: ReadonlyMap<string, ReconcileSource[]>,
): ReconcileSource[] {
  const named = salesbricks.linkedExternalId === null ? [] : (byExternalId.get(salesbricks.linkedExternalId) ?? []);
  return [...named, ...(byLinkedId.get(salesbricks.externalId) ?? [])].sort(byId);
}

/**
 * Greedy, each source used at most once: every link match first (contracts in id order, each
 * taking its first free linked subscription by id), then heuristic pairs from the smallest amount
 * difference up, ties broken by contract id then subscription id. Candidates are looked up by
 * external id and by account, so a workspace of 100,000 sources is not compared pair by pair.
 */
function matchPairs(sources: readonly ReconcileSource[], options: ReconcileOptions): Pair[] {
  const sorted = [...sources].sort(byId);
  const contracts = sorted.filter((source) => source.provider === 'salesbricks');
  const subscriptions = sorted.filter((source) => source.provider === 'stripe');
  const used = new Set<string>();
  const pairs: Pair[] = [];
  const take = (salesbricks: ReconcileSource, stripe: ReconcileSource, matchedBy: Pair['matchedBy']) => {
    if (used.has(salesbricks.id) || used.has(stripe.id)) return;
    used.add(salesbricks.id);
    used.add(stripe.id);
    pairs.push({ salesbricks, stripe, matchedBy });
  };

  const byExternalId = groupBy(subscriptions, (stripe) => stripe.externalId);
  const byLinkedId = groupBy(subscriptions, (stripe) => stripe.linkedExternalId);
  for (const salesbricks of contracts) {
    for (const stripe of linkedSubscriptions(salesbricks, byExternalId, byLinkedId)) take(salesbricks, stripe, 'link');
  }

  const subscriptionsByAccount = groupBy(subscriptions, (stripe) => (used.has(stripe.id) ? null : stripe.accountId));
  const candidates = contracts
    .filter((salesbricks) => !used.has(salesbricks.id) && salesbricks.accountId !== null)
    .flatMap((salesbricks) =>
      (subscriptionsByAccount.get(salesbricks.accountId ?? '') ?? [])
        .filter((stripe) => isHeuristicMatch(salesbricks, stripe, options.amountTolerance))
        .map((stripe) => ({ salesbricks, stripe, difference: Math.abs(salesbricks.mrrMinor - stripe.mrrMinor) })),
    )
    .sort((a, b) => a.difference - b.difference || byId(a.salesbricks, b.salesbricks) || byId(a.stripe, b.stripe));
  for (const candidate of candidates) take(candidate.salesbricks, candidate.stripe, 'heuristic');
  return pairs;
}

/** Groups of sources that describe the same revenue, ordered by primaryId. */
export function reconcile(sources: readonly ReconcileSource[], options: Partial<ReconcileOptions> = {}): LedgerGroup[] {
  const settings: ReconcileOptions = { ...defaultReconcileOptions, ...options };
  const pairs = matchPairs(sources, settings);
  const paired = new Set(pairs.flatMap((pair) => [pair.salesbricks.id, pair.stripe.id]));
  const groups: LedgerGroup[] = pairs.map(({ salesbricks, stripe, matchedBy }) => {
    const conflicts = compareSources(stripe, salesbricks, settings.renewalToleranceDays);
    return {
      primaryId: salesbricks.id,
      sourceIds: [salesbricks.id, stripe.id],
      state: conflicts.length === 0 ? 'merged' : 'conflict',
      matchedBy,
      conflicts,
    };
  });
  for (const source of sources) {
    if (paired.has(source.id)) continue;
    groups.push({ primaryId: source.id, sourceIds: [source.id], state: 'single', matchedBy: null, conflicts: [] });
  }
  return groups.sort((a, b) => byId({ id: a.primaryId }, { id: b.primaryId }));
}
