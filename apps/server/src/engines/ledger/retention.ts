/**
 * Net and gross revenue retention over a period (METRICS.md): only accounts already paying at the
 * start count, so new business never inflates retention.
 */
import { parseMonth } from './months';
import type { Movement } from './movements';

export type Retention = {
  startMrrMinor: number;
  /** Positive: expansions plus reactivations of accounts paying at the start. */
  expansionMinor: number;
  /** Negative, like the movements it sums. */
  contractionMinor: number;
  /** Negative, like the movements it sums. */
  churnMinor: number;
  /** Ratios (1.05 = 105%); null when nobody paid at the start. */
  nrr: number | null;
  grr: number | null;
};

/**
 * Accounts paying at the start = MRR > 0 in the month before `fromMonth`, computed from the
 * account's movements before fromMonth (which sum to its MRR, so they must start from 0 — compute
 * the movements without an opening MRR, or from the account's first month). Counts only their
 * movements in [fromMonth, toMonth]; a reactivation of such an account (it churned and came back
 * within the period) counts as expansion, so its churn and return cancel out in NRR.
 * NRR = (start + expansion + contraction + churn) ÷ start and GRR = (start + contraction + churn) ÷
 * start, contraction and churn being negative.
 */
export function computeRetention(movements: readonly Movement[], fromMonth: string, toMonth: string): Retention {
  parseMonth(fromMonth);
  parseMonth(toMonth);
  if (fromMonth > toMonth) throw new Error(`Retention period starts (${fromMonth}) after it ends (${toMonth})`);
  const startMrr = new Map<string, number>();
  for (const movement of movements) {
    if (movement.month < fromMonth) {
      startMrr.set(movement.accountId, (startMrr.get(movement.accountId) ?? 0) + movement.amountMinor);
    }
  }
  const retained = new Set([...startMrr].filter(([, mrr]) => mrr > 0).map(([accountId]) => accountId));
  const result = { startMrrMinor: 0, expansionMinor: 0, contractionMinor: 0, churnMinor: 0 };
  for (const accountId of retained) result.startMrrMinor += startMrr.get(accountId) ?? 0;
  for (const movement of movements) {
    if (!retained.has(movement.accountId) || movement.month < fromMonth || movement.month > toMonth) continue;
    switch (movement.kind) {
      case 'expansion':
      case 'reactivation':
      case 'new': // cannot happen for an account that already paid; summed as a rise if data says so
        result.expansionMinor += movement.amountMinor;
        break;
      case 'contraction':
        result.contractionMinor += movement.amountMinor;
        break;
      case 'churn':
        result.churnMinor += movement.amountMinor;
        break;
    }
  }
  const { startMrrMinor, expansionMinor, contractionMinor, churnMinor } = result;
  if (startMrrMinor === 0) return { ...result, nrr: null, grr: null };
  return {
    ...result,
    nrr: (startMrrMinor + expansionMinor + contractionMinor + churnMinor) / startMrrMinor,
    grr: (startMrrMinor + contractionMinor + churnMinor) / startMrrMinor,
  };
}
