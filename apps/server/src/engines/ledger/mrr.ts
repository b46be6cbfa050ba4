/**
 * MRR of one revenue source at one instant, in the source's currency (METRICS.md, "MRR and ARR"):
 * recurring items normalized to a month, discounts subtracted, rounded half-up once.
 */
import { applyDiscounts } from './discounts';
import { roundHalfUp } from './money';
import { recurringMonthly } from './recurring';
import { statusVerdict, type MrrReason } from './status';
import { defaultLedgerSettings, type LedgerSettings, type SourceState } from './types';

export type { MrrReason } from './status';

export type SourceMrr = {
  mrrMinor: number;
  /** Why it counts or not; 'past_due' counts and is flagged. */
  reason: MrrReason;
  isCounted: boolean;
  isPastDue: boolean;
};

/**
 * MRR of one source state at instant `at` (source currency, rounded half-up once). `pastDueSince`
 * only matters with `pastDueChurnAfterDays`.
 */
export function sourceMrr(
  state: SourceState,
  at: Date,
  settings: LedgerSettings = defaultLedgerSettings,
  pastDueSince: Date | null = null,
): SourceMrr {
  const verdict = statusVerdict(state, at, settings, pastDueSince);
  if (!verdict.isCounted) return { mrrMinor: 0, ...verdict };
  const monthly = applyDiscounts(recurringMonthly(state), state, at, settings.discounts);
  return { mrrMinor: roundHalfUp(monthly.numerator, monthly.denominator), ...verdict };
}

/** ARR = 12 × MRR, from the rounded MRR so that ARR ÷ 12 always gives back the MRR shown. */
export function arrOf(mrrMinor: number): number {
  return 12 * mrrMinor;
}
