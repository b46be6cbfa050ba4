/** Words for Customer Detail's metric cards. Pure. */
import type { CustomerDetail } from '@success/shared/customers';
import { formatNumber } from '../../lib/format';

type Metrics = CustomerDetail['metrics'];
type PaymentState = CustomerDetail['account']['paymentState'];

/** "+12.5% week over week", "−8% week over week", "Flat week over week"; null without a trend. */
export function formatWeeklyTrend(pct: number | null): string | null {
  if (pct === null || !Number.isFinite(pct)) return null;
  const rounded = Math.round(pct * 10) / 10;
  if (rounded === 0) return 'Flat week over week';
  const value = Math.abs(rounded).toLocaleString('en-US', { maximumFractionDigits: 1 });
  return `${rounded > 0 ? '+' : '\u2212'}${value}% week over week`;
}

export function trendTone(pct: number | null): 'up' | 'down' | 'flat' {
  if (pct === null || Math.round(pct * 10) === 0) return 'flat';
  return pct > 0 ? 'up' : 'down';
}

/** Share of licensed seats in use, 0–100 rounded; null when either side is unknown or no seats. */
export function seatUtilization(metrics: Pick<Metrics, 'activeUsers' | 'licensedSeats'>): number | null {
  const { activeUsers, licensedSeats } = metrics;
  if (activeUsers === null || licensedSeats === null || licensedSeats <= 0) return null;
  return Math.round((activeUsers / licensedSeats) * 100);
}

/** The Active users card's value: "12 / 50", "12" (no seat count) or null (no usage data). */
export function formatActiveUsers(metrics: Pick<Metrics, 'activeUsers' | 'licensedSeats'>): string | null {
  if (metrics.activeUsers === null) return null;
  const users = formatNumber(metrics.activeUsers);
  return metrics.licensedSeats === null ? users : `${users} / ${formatNumber(metrics.licensedSeats)}`;
}

/** The payment hint under Days to renewal. */
export const paymentHints: Record<PaymentState, string> = {
  ok: 'Payments up to date',
  past_due: 'Payment past due',
  payment_failed: 'Last payment failed',
  unpaid: 'Invoice unpaid',
  none: 'Not billed now',
};

export function isPaymentProblem(state: PaymentState): boolean {
  return state === 'past_due' || state === 'payment_failed' || state === 'unpaid';
}
