/**
 * Whether a source counts at an instant, from its dates and status (METRICS.md, "Status"). History
 * is reconstructed from today's state, so the dates decide before the status does: a canceled
 * source with an end date was paying before that date.
 */
import type { LedgerSettings, SourceState } from './types';

export type MrrReason = 'active' | 'past_due' | 'trialing' | 'not_started' | 'ended' | 'inactive_status';

export type StatusVerdict = { reason: MrrReason; isCounted: boolean; isPastDue: boolean };

const msPerDay = 86_400_000;

/** Terminal statuses that still describe a paid period when the source records when it ended. */
const endedWithDate = new Set(['canceled', 'incomplete_expired']);

export function normalizeStatus(status: string): string {
  return status.trim().toLowerCase();
}

function notCounted(reason: MrrReason, isPastDue = false): StatusVerdict {
  return { reason, isCounted: false, isPastDue };
}

function pastDueVerdict(at: Date, settings: LedgerSettings, pastDueSince: Date | null): StatusVerdict {
  const limitDays = settings.pastDueChurnAfterDays;
  const isOverLimit =
    limitDays !== null && pastDueSince !== null && at.getTime() - pastDueSince.getTime() >= limitDays * msPerDay;
  // Still flagged when churned by the setting: the source is past due, it just no longer counts.
  return isOverLimit ? notCounted('inactive_status', true) : { reason: 'past_due', isCounted: true, isPastDue: true };
}

/**
 * Order: not started, ended, in trial, then the status. Unknown statuses count 0 — revenue we
 * cannot classify is not reported as revenue.
 */
export function statusVerdict(
  state: SourceState,
  at: Date,
  settings: LedgerSettings,
  pastDueSince: Date | null,
): StatusVerdict {
  const time = at.getTime();
  if (state.startDate && time < state.startDate.getTime()) return notCounted('not_started');
  if (state.endDate && time >= state.endDate.getTime()) return notCounted('ended');
  const status = normalizeStatus(state.status);
  if (status === 'trialing' || (state.trialEnd && time < state.trialEnd.getTime())) return notCounted('trialing');
  if (status === 'active') return { reason: 'active', isCounted: true, isPastDue: false };
  if (status === 'past_due') return pastDueVerdict(at, settings, pastDueSince);
  if (endedWithDate.has(status) && state.endDate) return { reason: 'active', isCounted: true, isPastDue: false };
  return notCounted('inactive_status');
}
