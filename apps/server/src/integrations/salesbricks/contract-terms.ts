/**
 * Contract arithmetic for Salesbricks: how long a term is, which billing period represents it, and
 * which line items recur. Salesbricks prices an order for its whole term, so a contract's period is
 * its term (a 3-year deal is `year × 3`), which spreads multi-year contracts evenly (METRICS.md).
 */
import type { LineItem } from '../../engines/ledger/types';
import type { SalesbricksLineItem } from './schemas';

export type BillingPeriod = { billingInterval: LineItem['interval']; intervalCount: number };

const dayMs = 24 * 60 * 60 * 1000;

/** Parses `YYYY-MM-DD` (as UTC midnight) and ISO date-times; null for anything else. */
export function parseSalesbricksDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const isDateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const time = Date.parse(isDateOnly ? `${value}T00:00:00Z` : value);
  return Number.isNaN(time) ? null : new Date(time);
}

/**
 * Whole months from start to end. Salesbricks ends terms on the last day (`2025-12-31`, or
 * `…T23:59:59.999`), so the end is moved to the next day before counting; leftover days round to
 * the nearest month.
 */
export function termMonths(start: Date, end: Date): number {
  const isEndOfDay = end.getUTCHours() === 23 && end.getUTCMinutes() === 59;
  const isMidnight = end.getUTCHours() === 0 && end.getUTCMinutes() === 0 && end.getUTCSeconds() === 0;
  const exclusiveEnd =
    isEndOfDay || isMidnight
      ? new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate()) + dayMs)
      : end;
  const months =
    (exclusiveEnd.getUTCFullYear() - start.getUTCFullYear()) * 12 +
    (exclusiveEnd.getUTCMonth() - start.getUTCMonth()) +
    (exclusiveEnd.getUTCDate() - start.getUTCDate()) / 30;
  return Math.max(1, Math.round(months));
}

/** A term of whole years is `year × years`; anything else is `month × months`. */
export function billingPeriodForTerm(months: number): BillingPeriod {
  return months % 12 === 0
    ? { billingInterval: 'year', intervalCount: months / 12 }
    : { billingInterval: 'month', intervalCount: months };
}

export type LineItemKind = 'recurring' | 'one_time' | 'metered';

const oneTimeBrickTypes =
  /^(ONE[_ -]?TIME|ONE[_ -]?OFF|SETUP|SERVICES?|PROFESSIONAL[_ ]SERVICES|MILESTONE|FEE|NON[_ -]?RECURRING)$/i;
const meteredBrickTypes = /^(USAGE|METERED|PAY[_ -]?AS[_ -]?YOU[_ -]?GO|CONSUMPTION)$/i;
const oneTimeDuration = /one[- ]?time|once|non[- ]?recurring|upfront fee|setup/i;

/**
 * Salesbricks does not document a recurring flag on line items. We trust `brick_type` when sent,
 * then the tier's `duration_text` ("one-time"), and otherwise treat the item as recurring.
 */
export function classifyLineItem(item: SalesbricksLineItem): LineItemKind {
  const type = item.brick_type?.trim() ?? '';
  if (oneTimeBrickTypes.test(type)) return 'one_time';
  if (meteredBrickTypes.test(type)) return 'metered';
  const durations = (item.tiers_breakdown ?? []).map((tier) => tier.duration_text ?? '');
  if (durations.some((duration) => oneTimeDuration.test(duration))) return 'one_time';
  return 'recurring';
}

const seatNames = /\b(seats?|users?|licen[cs]es?|members?)\b/i;

/** Seats are the summed quantity of recurring seat-like bricks; null when the contract has none. */
export function countSeats(items: { name: string; quantity: number; kind: LineItemKind }[]): number | null {
  const seatItems = items.filter((item) => item.kind === 'recurring' && seatNames.test(item.name));
  return seatItems.length > 0 ? seatItems.reduce((sum, item) => sum + item.quantity, 0) : null;
}

export function toQuantity(value: number | string | null | undefined): number {
  const parsed = typeof value === 'number' ? value : Number(value ?? '1');
  return Number.isFinite(parsed) && parsed > 0 ? Math.round(parsed) : 1;
}
