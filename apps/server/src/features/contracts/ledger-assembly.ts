/**
 * Turns a workspace's revenue sources into ledger rows, per-account rollups and MRR movements.
 * Pure: the database reads happen before (ledger-inputs.queries.ts) and the writes after
 * (ledger-writer.ts), so this is where the ledger's decisions live and are tested.
 */
import {
  accountChurn,
  arrOf,
  computeMovements,
  convertMinor,
  monthMeasureAt,
  monthOf,
  monthRange,
  mrrAt,
  reconcile,
  shiftMonth,
  type LedgerGroup,
  type LedgerSettings,
  type Movement,
  type Revision,
} from '../../engines/ledger';
import type { PaymentState, ReconciliationState, RevenueBadge } from '@success/shared/ledger';
import { stateOf, type LedgerSourceRow, type PaymentFacts } from './ledger-inputs.queries';

/** How far back movements are replayed: enough for a 3-year NRR, bounded for 100,000 accounts. */
export const historyMonths = 36;

export type LedgerEntry = {
  accountId: string | null;
  primarySourceId: string;
  sourceIds: string[];
  sourceMrrs: Record<string, number>;
  providers: string[];
  productName: string;
  status: string;
  billingInterval: LedgerSourceRow['billingInterval'];
  intervalCount: number;
  currency: string;
  mrrMinor: number;
  rate: string | null;
  reportingMrrMinor: number;
  reportingArrMinor: number;
  startDate: Date | null;
  renewalDate: Date | null;
  paymentState: PaymentState;
  lastFailedPaymentAt: Date | null;
  reconciliation: ReconciliationState;
  conflicts: LedgerGroup['conflicts'];
  isIgnoredFromArr: boolean;
  ignoreReason: string | null;
  searchText: string;
};

export type AccountRollup = {
  accountId: string;
  mrrMinor: number;
  arrMinor: number;
  nextRenewalAt: Date | null;
  paymentState: PaymentState;
  revenueBadge: RevenueBadge;
  /** When every counted source of a once-paying account had ended, and the MRR it had just before; else null. */
  churnedAt: Date | null;
  churnedMrrMinor: number | null;
};

/** A movement, or the `opening` balance an account carries into the replayed window. */
export type StoredMovement = Omit<Movement, 'kind'> & { kind: Movement['kind'] | 'opening' };

export type LedgerBuild = {
  entries: LedgerEntry[];
  accounts: AccountRollup[];
  movements: StoredMovement[];
  missingRates: string[];
};

export type LedgerInputs = {
  sources: LedgerSourceRow[];
  revisions: ReadonlyMap<string, Revision[]>;
  payments: ReadonlyMap<string, PaymentFacts>;
  reportingCurrency: string;
  rates: ReadonlyMap<string, string>;
  settings: LedgerSettings;
  /** Account names and domains, for the ledger's search column. */
  accountLabels: ReadonlyMap<string, string>;
  now: Date;
};

/** Worst first: the state a row or an account shows when its sources disagree. */
const paymentSeverity: PaymentState[] = ['unpaid', 'past_due', 'payment_failed', 'ok', 'none'];
const worstPayment = (states: PaymentState[]): PaymentState =>
  paymentSeverity.find((state) => states.includes(state)) ?? 'none';

function paymentStateOf(source: LedgerSourceRow, facts: PaymentFacts | undefined, isBilledNow: boolean): PaymentState {
  if (source.status === 'unpaid') return 'unpaid';
  if (source.status === 'past_due') return 'past_due';
  if (!isBilledNow) return 'none';
  if (facts?.lastFailedAt && (!facts.lastSucceededAt || facts.lastFailedAt > facts.lastSucceededAt)) {
    return 'payment_failed';
  }
  return facts?.hasOverdueInvoice ? 'past_due' : 'ok';
}

/**
 * A source's recorded revisions followed by the source as it stands now: the last month replays
 * exactly today's state, and revisions date the changes before it. A past-due source is dated
 * from its oldest unpaid invoice's due date too, which is when the spell began, even if the
 * first sync saw it later.
 */
function historyOf(source: LedgerSourceRow, inputs: LedgerInputs): Revision[] {
  const state = stateOf(source);
  const overdueSince = source.status === 'past_due' ? inputs.payments.get(source.id)?.oldestOverdueAt : null;
  return [
    ...(inputs.revisions.get(source.id) ?? []),
    ...(overdueSince ? [{ observedAt: overdueSince, state }] : []),
    { observedAt: inputs.now, state },
  ];
}

export function buildLedger(inputs: LedgerInputs): LedgerBuild {
  const { sources, now, reportingCurrency } = inputs;
  const byId = new Map(sources.map((source) => [source.id, source]));
  const current = new Map(sources.map((source) => [source.id, mrrAt(historyOf(source, inputs), now, inputs.settings)]));
  const missing = new Set<string>();
  const rateFor = (currency: string): string | null => {
    if (currency === reportingCurrency) return '1';
    const rate = inputs.rates.get(currency) ?? null;
    if (rate === null) missing.add(currency);
    return rate;
  };
  const toReporting = (amountMinor: number, currency: string): number => {
    const rate = rateFor(currency);
    return rate === null ? 0 : convertMinor(amountMinor, currency, reportingCurrency, rate);
  };

  const groups = reconcile(
    sources.map((source) => ({
      id: source.id,
      provider: source.provider,
      externalId: source.externalId,
      linkedExternalId: source.linkedExternalId,
      accountId: source.accountId,
      currency: source.currency,
      mrrMinor: current.get(source.id)?.mrrMinor ?? 0,
      status: source.status,
      startDate: source.startDate,
      endDate: source.endDate,
      renewalDate: source.renewalDate,
    })),
  );

  const entries = groups.map((group): LedgerEntry => {
    const members = group.sourceIds.flatMap((id) => byId.get(id) ?? []);
    const primary = byId.get(group.primaryId) ?? members[0]!;
    const mrr = current.get(primary.id)!;
    const paymentStates = members.map((member) =>
      paymentStateOf(member, inputs.payments.get(member.id), current.get(member.id)?.isCounted ?? false),
    );
    const failures = members.flatMap((member) => inputs.payments.get(member.id)?.lastFailedAt ?? []);
    const ignored = members.find((member) => member.isIgnoredFromArr);
    const reportingMrr = toReporting(mrr.mrrMinor, primary.currency);
    const accountLabel = primary.accountId ? (inputs.accountLabels.get(primary.accountId) ?? '') : '';
    return {
      accountId: primary.accountId ?? members.find((member) => member.accountId)?.accountId ?? null,
      primarySourceId: primary.id,
      sourceIds: members.map((member) => member.id),
      sourceMrrs: Object.fromEntries(members.map((member) => [member.id, current.get(member.id)?.mrrMinor ?? 0])),
      providers: [...new Set(members.map((member) => member.provider))].sort(),
      productName: primary.productName,
      status: primary.status,
      billingInterval: primary.billingInterval,
      intervalCount: primary.intervalCount,
      currency: primary.currency,
      mrrMinor: mrr.mrrMinor,
      rate: rateFor(primary.currency),
      reportingMrrMinor: reportingMrr,
      reportingArrMinor: arrOf(reportingMrr),
      startDate: primary.startDate,
      // A trial keeps its date (conversion is its renewal); ended or inactive revenue renews nothing.
      renewalDate: mrr.reason === 'ended' || mrr.reason === 'inactive_status' ? null : primary.renewalDate,
      paymentState: worstPayment(paymentStates),
      lastFailedPaymentAt: failures.length > 0 ? new Date(Math.max(...failures.map((d) => d.getTime()))) : null,
      reconciliation: group.state,
      conflicts: group.conflicts,
      isIgnoredFromArr: ignored !== undefined,
      ignoreReason: ignored?.ignoreReason ?? null,
      searchText: [accountLabel, primary.productName, ...members.map((member) => member.externalId)]
        .join(' ')
        .toLowerCase(),
    };
  });

  return {
    entries,
    accounts: rollUpAccounts(entries, inputs, toReporting),
    movements: replayMovements(entries, inputs, toReporting),
    missingRates: [...missing].sort(),
  };
}

function rollUpAccounts(
  entries: LedgerEntry[],
  inputs: LedgerInputs,
  toReporting: (amountMinor: number, currency: string) => number,
): AccountRollup[] {
  const { now } = inputs;
  const sourceById = new Map(inputs.sources.map((source) => [source.id, source]));
  const byAccount = new Map<string, LedgerEntry[]>();
  for (const entry of entries) {
    if (!entry.accountId) continue;
    const list = byAccount.get(entry.accountId);
    if (list) list.push(entry);
    else byAccount.set(entry.accountId, [entry]);
  }
  return [...byAccount].map(([accountId, list]) => {
    const counted = list.filter((entry) => !entry.isIgnoredFromArr);
    const mrrMinor = counted.reduce((sum, entry) => sum + entry.reportingMrrMinor, 0);
    const renewals = list.flatMap((entry) =>
      entry.renewalDate && entry.renewalDate.getTime() >= now.getTime() ? [entry.renewalDate.getTime()] : [],
    );
    const largest = [...list].sort((a, b) => b.reportingArrMinor - a.reportingArrMinor)[0]!;
    const isMerged = list.some((entry) => entry.reconciliation !== 'single');
    // Churn as the movements see it: counted rows only, each by its primary source.
    const churn =
      mrrMinor > 0
        ? null
        : accountChurn(
            counted.map((entry) => {
              const source = sourceById.get(entry.primarySourceId)!;
              return { revisions: historyOf(source, inputs), currency: source.currency };
            }),
            now,
            toReporting,
            inputs.settings,
          );
    return {
      accountId,
      mrrMinor,
      arrMinor: arrOf(mrrMinor),
      nextRenewalAt: renewals.length > 0 ? new Date(Math.min(...renewals)) : null,
      paymentState: worstPayment(list.map((entry) => entry.paymentState)),
      revenueBadge: isMerged ? 'merged' : (largest.providers[0] as RevenueBadge),
      churnedAt: churn?.churnedAt ?? null,
      churnedMrrMinor: churn?.mrrBeforeMinor ?? null,
    };
  });
}

/**
 * Replays each counted row's primary source month by month, converted at today's rate (so a rate
 * change never shows as a movement), summed per account, then classified into movements.
 */
function replayMovements(
  entries: LedgerEntry[],
  inputs: LedgerInputs,
  toReporting: (amountMinor: number, currency: string) => number,
): StoredMovement[] {
  const counted = entries.filter((entry) => !entry.isIgnoredFromArr);
  if (counted.length === 0) return [];
  const thisMonth = monthOf(inputs.now);
  const earliest = counted.reduce<string>((first, entry) => {
    const start = entry.startDate ? monthOf(entry.startDate) : thisMonth;
    return start < first ? start : first;
  }, thisMonth);
  const floor = shiftMonth(thisMonth, -(historyMonths - 1));
  const fromMonth = earliest < floor ? floor : earliest;
  const months = monthRange(fromMonth, thisMonth);
  const openingAt = monthMeasureAt(shiftMonth(fromMonth, -1), inputs.now);
  const measureAt = months.map((month) => monthMeasureAt(month, inputs.now));

  const series = new Map<string, number[]>();
  const opening = new Map<string, number>();
  const sourceById = new Map(inputs.sources.map((source) => [source.id, source]));
  for (const entry of counted) {
    const source = sourceById.get(entry.primarySourceId)!;
    const history = historyOf(source, inputs);
    const key = entry.accountId ?? entry.primarySourceId;
    const values = series.get(key) ?? new Array<number>(months.length).fill(0);
    measureAt.forEach((at, index) => {
      values[index]! += toReporting(mrrAt(history, at, inputs.settings).mrrMinor, source.currency);
    });
    series.set(key, values);
    const before = toReporting(mrrAt(history, openingAt, inputs.settings).mrrMinor, source.currency);
    if (before > 0) opening.set(key, (opening.get(key) ?? 0) + before);
  }
  const openingMonth = shiftMonth(fromMonth, -1);
  const openingRows: StoredMovement[] = [...opening].map(([accountId, amountMinor]) => ({
    accountId,
    month: openingMonth,
    kind: 'opening',
    amountMinor,
  }));
  return [
    ...openingRows,
    ...computeMovements(months, series, { openingMrr: opening, paidBefore: new Set(opening.keys()) }),
  ];
}
