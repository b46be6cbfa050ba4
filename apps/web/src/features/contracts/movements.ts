/**
 * MRR movements for the chart: which months a period covers, and each month's movements as signed
 * major-unit numbers (growth above the axis, contraction and churn below). Pure and unit-tested.
 */
import type { Movements } from '@success/shared/ledger';
import type { Money } from '@success/shared/money';

/** "2026-03" for the month `monthsBack` months before `now`'s month (UTC). */
export function monthKey(now: Date, monthsBack = 0): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The last `months` months, this month included: `{ from: '2025-04', to: '2026-03' }` for 12 in March 2026. */
export function getMovementRange(months: number, now: Date = new Date()): { from: string; to: string } {
  return { from: monthKey(now, Math.max(1, months) - 1), to: monthKey(now) };
}

const monthLabelFormatter = new Intl.DateTimeFormat('en-US', { month: 'short', year: '2-digit', timeZone: 'UTC' });

/** "2026-03" → "Mar 26"; anything else is shown as sent. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return monthLabelFormatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

/** Minor units per major unit (100 for USD, 1 for JPY); 100 for a code Intl does not know. */
export function minorUnitFactor(currency: string): number {
  try {
    const digits =
      new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    return 10 ** digits;
  } catch {
    return 100;
  }
}

export function toMajor(money: Money): number {
  return money.amount / minorUnitFactor(money.currency);
}

export type MovementKey = 'new' | 'expansion' | 'reactivation' | 'contraction' | 'churn';

/** Stacking order: growth builds up from the axis, losses hang below it. */
export const movementSeries: { key: MovementKey; label: string; color: string; sign: 1 | -1 }[] = [
  { key: 'new', label: 'New', color: '#4f46e5', sign: 1 },
  { key: 'expansion', label: 'Expansion', color: '#10b981', sign: 1 },
  { key: 'reactivation', label: 'Reactivation', color: '#0ea5e9', sign: 1 },
  { key: 'contraction', label: 'Contraction', color: '#f59e0b', sign: -1 },
  { key: 'churn', label: 'Churn', color: '#e11d48', sign: -1 },
];

export type MovementChartPoint = {
  month: string;
  label: string;
  new: number;
  expansion: number;
  reactivation: number;
  /** Negative or zero. */
  contraction: number;
  /** Negative or zero. */
  churn: number;
  net: number;
  mrr: number;
};

/**
 * One chart point per month in major units. Contraction and churn are drawn below the axis
 * whichever sign the API gives them; growth always above it.
 */
export function toMovementChartData(months: Movements['months']): MovementChartPoint[] {
  return months.map((month) => {
    const point: MovementChartPoint = {
      month: month.month,
      label: formatMonth(month.month),
      new: 0,
      expansion: 0,
      reactivation: 0,
      contraction: 0,
      churn: 0,
      net: toMajor(month.net),
      mrr: toMajor(month.mrr),
    };
    for (const series of movementSeries) {
      const value = Math.abs(toMajor(month[series.key]));
      // `-0` would print as "-$0" in a tooltip.
      point[series.key] = value === 0 ? 0 : series.sign * value;
    }
    return point;
  });
}

/** Whether any month moved at all (an all-zero chart says nothing). */
export function hasMovement(points: readonly MovementChartPoint[]): boolean {
  return points.some((point) => movementSeries.some((series) => point[series.key] !== 0) || point.mrr !== 0);
}

/** A retention ratio as a percentage: 1.052 → "105.2%"; null → "—". */
export function formatRatio(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}
