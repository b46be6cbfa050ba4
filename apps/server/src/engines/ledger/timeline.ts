/**
 * A source's MRR at any instant from its revisions (the states observed over time), and the
 * month helpers the monthly series are built on.
 */
import { sourceMrr, type SourceMrr } from './mrr';
import { normalizeStatus } from './status';
import { defaultLedgerSettings, type LedgerSettings, type Revision } from './types';

export { monthMeasureAt, monthOf, monthRange, shiftMonth } from './months';

/** Chronological; revisions observed at the same instant keep their given order (the later wins). */
function chronological(revisions: readonly Revision[]): Revision[] {
  return revisions
    .map((revision, index) => ({ revision, index }))
    .sort((a, b) => a.revision.observedAt.getTime() - b.revision.observedAt.getTime() || a.index - b.index)
    .map(({ revision }) => revision);
}

/**
 * When the unbroken run of past_due revisions ending at `index` began; null when that revision is
 * not past due. This is what `pastDueChurnAfterDays` counts from.
 */
function pastDueSince(sorted: readonly Revision[], index: number): Date | null {
  let since: Date | null = null;
  for (let current = index; current >= 0; current -= 1) {
    const revision = sorted[current];
    if (!revision || normalizeStatus(revision.state.status) !== 'past_due') break;
    since = revision.observedAt;
  }
  return since;
}

/**
 * The revision in force at `at`: the latest with observedAt ≤ at; before the first revision, the
 * first one (its state is assumed to have held since the source started). Then sourceMrr on it.
 * Revisions may be unsorted. No revisions at all → 0, 'not_started' (nothing is known to exist).
 */
export function mrrAt(
  revisions: readonly Revision[],
  at: Date,
  settings: LedgerSettings = defaultLedgerSettings,
): SourceMrr {
  const sorted = chronological(revisions);
  const time = at.getTime();
  let index = 0;
  sorted.forEach((revision, current) => {
    if (revision.observedAt.getTime() <= time) index = current;
  });
  const revision = sorted[index];
  if (!revision) return { mrrMinor: 0, reason: 'not_started', isCounted: false, isPastDue: false };
  return sourceMrr(revision.state, at, settings, pastDueSince(sorted, index));
}
