import type { Money } from '@success/shared/money';

const currencyFormatters = new Map<string, Intl.NumberFormat>();

function getCurrencyFormatter(currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${currency}:${compact ? 'c' : 'f'}`;
  let formatter = currencyFormatters.get(key);
  if (!formatter) {
    const digits =
      new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    formatter = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      notation: compact ? 'compact' : 'standard',
      minimumFractionDigits: compact ? 0 : digits,
      maximumFractionDigits: compact ? 1 : digits,
    });
    currencyFormatters.set(key, formatter);
  }
  return formatter;
}

/** Number of minor units in one major unit of `currency` (100 for USD, 1 for JPY, 1000 for KWD). */
export function getMinorUnitFactor(currency: string): number {
  const digits =
    new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return 10 ** digits;
}

/**
 * Formats money given in integer minor units (cents for USD), the one way every page does:
 * `compact` in tables and cards ("$48K"), the default elsewhere (whole amounts drop the decimals,
 * "$48,000"; others keep them, "$1,234.50"), `exact` in detail views where two amounts are compared
 * to the cent ("$48,000.00"), `whole` on summary cards where cents would be noise ("$702,539"
 * rather than "$702,538.92").
 */
export function formatMoney(
  money: Money,
  options: { compact?: boolean; exact?: boolean; whole?: boolean } = {},
): string {
  const currency = money.currency.toUpperCase();
  let factor: number;
  try {
    factor = getMinorUnitFactor(currency);
  } catch {
    return `${(money.amount / 100).toFixed(2)} ${currency}`;
  }
  const major = options.whole ? Math.round(money.amount / factor) : money.amount / factor;
  const formatter = getCurrencyFormatter(currency, options.compact ?? false);
  if (!options.compact && !options.exact && Number.isInteger(major)) {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(major);
  }
  return formatter.format(major);
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatterIn(timeZone: string): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone });
    dateFormatters.set(timeZone, formatter);
  }
  return formatter;
}

const calendarDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const dateTimeFormatter = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * "Mar 4, 2026". An instant shows on its calendar day in `timeZone`: pass the workspace's zone
 * beside a day count, which is taken there. A date without a time ("2026-03-04") shows as written.
 */
export function formatDate(value: string | Date, timeZone = 'UTC'): string {
  const date = toDate(value);
  if (!date) return '—';
  const zone = typeof value === 'string' && calendarDatePattern.test(value) ? 'UTC' : timeZone;
  return dateFormatterIn(zone).format(date);
}

export function formatDateTime(value: string | Date): string {
  const date = toDate(value);
  return date ? dateTimeFormatter.format(date) : '—';
}

const DAY_MS = 86_400_000;

export type BillingInterval = 'day' | 'week' | 'month' | 'year';

const intervalSuffixes: Record<BillingInterval, string> = { day: 'day', week: 'wk', month: 'mo', year: 'yr' };

/** "/mo", "/yr", "/3 mo": the period a recurring amount is charged for. */
export function formatIntervalSuffix(interval: BillingInterval, count = 1): string {
  return count > 1 ? `/${count} ${intervalSuffixes[interval]}` : `/${intervalSuffixes[interval]}`;
}

/** "$59,015.00/yr": a recurring amount with its period (exact unless `compact`). */
export function formatRecurringMoney(
  money: Money,
  interval: BillingInterval,
  count = 1,
  options: { compact?: boolean } = {},
): string {
  const amount = options.compact ? formatMoney(money, { compact: true }) : formatMoney(money, { exact: true });
  return `${amount}${formatIntervalSuffix(interval, count)}`;
}

/**
 * A day count from the API ("in 12 days", "today", "tomorrow", "3 days ago"). Day counts are never
 * computed in the browser: the server counts calendar days in the workspace's time zone.
 */
export function formatDaysUntil(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${Math.abs(days)} days ago`;
}

const relativeFormatter = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
const relativeUnits: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * DAY_MS],
  ['month', 30 * DAY_MS],
  ['week', 7 * DAY_MS],
  ['day', DAY_MS],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "2 days ago", "in 3 hours", "just now". */
export function formatRelativeTime(value: string | Date, now: Date = new Date()): string {
  const date = toDate(value);
  if (!date) return '—';
  const diff = date.getTime() - now.getTime();
  const abs = Math.abs(diff);
  if (abs < 60_000) return 'just now';
  for (const [unit, ms] of relativeUnits) {
    if (abs >= ms) return relativeFormatter.format(Math.round(diff / ms), unit);
  }
  return 'just now';
}

const numberFormatter = new Intl.NumberFormat('en-US');

/** "12,345". */
export function formatNumber(value: number): string {
  return numberFormatter.format(value);
}

/** "12,345 records", "1 record". */
export function formatCount(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(value)} ${value === 1 ? singular : plural}`;
}

/** An axis tick in major units: "$48K", "€1.2M"; falls back to "48K USD" for an unknown code. */
export function formatCompactMajor(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: currency.toUpperCase(),
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(value);
  } catch {
    return `${new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(value)} ${currency}`;
  }
}

/** "Hooli" → "H"; "pied piper" → "PP". */
export function getInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0]?.[0] ?? '';
  const second = words.length > 1 ? (words[1]?.[0] ?? '') : '';
  return (first + second).toUpperCase();
}

export function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** Signed whole points with a true minus sign: "+3", "−8", "0". */
export function formatPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `\u2212${Math.abs(points)}`;
  return '0';
}

export function formatCoverage(coverage: number): string {
  return `${Math.round(Math.min(1, Math.max(0, coverage)) * 100)}%`;
}
