/**
 * Churn (METRICS.md, "MRR movements"): an account churns when its MRR falls to 0 because the last
 * paying source ended. This finds, per source, the instant it last stopped paying and the MRR it
 * had just before; an account's churn is the latest of its sources' stops, when none pays now.
 */
import { mrrAt } from './timeline';
import { defaultLedgerSettings, type LedgerSettings, type Revision } from './types';

const msPerDay = 86_400_000;

export type PaymentStop = {
  /** The first instant at which the source counted 0, after counting more than 0 just before. */
  stoppedAt: Date;
  /** Its MRR (source currency) the millisecond before. */
  mrrBeforeMinor: number;
};

/**
 * The instants at which a source's MRR can fall to 0: a new revision, an end date, and (with
 * `pastDueChurnAfterDays`) a past-due run reaching the limit. A fall to 0 happens only at these,
 * so checking them is exact.
 */
function changeInstants(revisions: readonly Revision[], settings: LedgerSettings): number[] {
  const instants = new Set<number>();
  for (const revision of revisions) {
    instants.add(revision.observedAt.getTime());
    if (revision.state.endDate) instants.add(revision.state.endDate.getTime());
    if (settings.pastDueChurnAfterDays !== null && revision.state.status.trim().toLowerCase() === 'past_due') {
      instants.add(revision.observedAt.getTime() + settings.pastDueChurnAfterDays * msPerDay);
    }
  }
  return [...instants];
}

/**
 * When the source last stopped paying, at or before `now`: null while it still pays at `now`, or
 * when it never paid (a trial that lapsed, a subscription first seen already inactive).
 */
export function lastPaymentStop(
  revisions: readonly Revision[],
  now: Date,
  settings: LedgerSettings = defaultLedgerSettings,
): PaymentStop | null {
  if (revisions.length === 0 || mrrAt(revisions, now, settings).mrrMinor > 0) return null;
  const candidates = changeInstants(revisions, settings)
    .filter((time) => time <= now.getTime())
    .sort((a, b) => b - a);
  for (const time of candidates) {
    const before = mrrAt(revisions, new Date(time - 1), settings).mrrMinor;
    if (before > 0 && mrrAt(revisions, new Date(time), settings).mrrMinor === 0) {
      return { stoppedAt: new Date(time), mrrBeforeMinor: before };
    }
  }
  return null;
}

export type AccountChurn = { churnedAt: Date; mrrBeforeMinor: number };

/**
 * An account's churn from its counted sources (a merged pair counts once, by its primary source):
 * every source pays 0 now and at least one paid before. The date is the last source's stop; the
 * MRR is the account's total the millisecond before it (`mrrAt(t)` per source, converted by the
 * caller's `toReporting`).
 */
export function accountChurn(
  sources: readonly { revisions: readonly Revision[]; currency: string }[],
  now: Date,
  toReporting: (amountMinor: number, currency: string) => number,
  settings: LedgerSettings = defaultLedgerSettings,
): AccountChurn | null {
  let latest: Date | null = null;
  for (const source of sources) {
    if (mrrAt(source.revisions, now, settings).mrrMinor > 0) return null;
    const stop = lastPaymentStop(source.revisions, now, settings);
    if (stop && (!latest || stop.stoppedAt > latest)) latest = stop.stoppedAt;
  }
  if (!latest) return null;
  const justBefore = new Date(latest.getTime() - 1);
  const mrrBeforeMinor = sources.reduce(
    (sum, source) => sum + toReporting(mrrAt(source.revisions, justBefore, settings).mrrMinor, source.currency),
    0,
  );
  return { churnedAt: latest, mrrBeforeMinor };
}
