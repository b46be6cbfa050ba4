/**
 * Where a matched Salesbricks contract and Stripe subscription disagree. Each differing field is
 * shown side by side so a person can decide which system is wrong.
 */
import { formatMinor } from './money';
import { normalizeStatus } from './status';

export type ConflictField = {
  field: 'amount' | 'status' | 'renewal_date' | 'currency';
  stripe: string;
  salesbricks: string;
};

/** The fields of a source the comparison reads. */
export type ComparedSource = {
  currency: string;
  mrrMinor: number;
  status: string;
  renewalDate: Date | null;
};

const msPerDay = 86_400_000;

function calendarDay(date: Date): number {
  return Math.floor(date.getTime() / msPerDay);
}

function dayText(date: Date | null): string {
  return date === null ? 'none' : date.toISOString().slice(0, 10);
}

/** Renewal dates agree within the tolerance (calendar days, UTC); a date against none never agrees. */
function isRenewalAligned(a: Date | null, b: Date | null, toleranceDays: number): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(calendarDay(a) - calendarDay(b)) <= toleranceDays;
}

/** Differences in a fixed order: amount, status, renewal_date, currency. Amounts must be equal to the minor unit. */
export function compareSources(
  stripe: ComparedSource,
  salesbricks: ComparedSource,
  renewalToleranceDays: number,
): ConflictField[] {
  const conflicts: ConflictField[] = [];
  if (stripe.mrrMinor !== salesbricks.mrrMinor) {
    conflicts.push({
      field: 'amount',
      stripe: formatMinor(stripe.mrrMinor, stripe.currency),
      salesbricks: formatMinor(salesbricks.mrrMinor, salesbricks.currency),
    });
  }
  const stripeStatus = normalizeStatus(stripe.status);
  const salesbricksStatus = normalizeStatus(salesbricks.status);
  if (stripeStatus !== salesbricksStatus) {
    conflicts.push({ field: 'status', stripe: stripeStatus, salesbricks: salesbricksStatus });
  }
  if (!isRenewalAligned(stripe.renewalDate, salesbricks.renewalDate, renewalToleranceDays)) {
    conflicts.push({
      field: 'renewal_date',
      stripe: dayText(stripe.renewalDate),
      salesbricks: dayText(salesbricks.renewalDate),
    });
  }
  const stripeCurrency = stripe.currency.trim().toUpperCase();
  const salesbricksCurrency = salesbricks.currency.trim().toUpperCase();
  if (stripeCurrency !== salesbricksCurrency) {
    conflicts.push({ field: 'currency', stripe: stripeCurrency, salesbricks: salesbricksCurrency });
  }
  return conflicts;
}
