/**
 * One line of a health score's explanation, and the small rules every factor module shares:
 * whole points rounded once, no negative zero, missing data as a zero-point line.
 */
import type { BillingProvider } from './inputs';

export const healthDimensions = ['adoption', 'payment', 'renewal', 'signals'] as const;
export type HealthDimension = (typeof healthDimensions)[number];

export type FactorSource = 'PostHog' | 'Stripe' | 'Salesbricks' | 'signal';

export type Factor = {
  /** Stable across recomputations ("adoption.seats"), so two snapshots can be compared. */
  key: string;
  dimension: HealthDimension;
  label: string;
  source: FactorSource;
  /** Signed whole points added to the baseline; 0 only for a line that names missing data. */
  points: number;
  detail: string;
};

/** Half-up on the magnitude (2.5 → 3, −2.5 → −3), so a risk and a praise of equal size round alike. */
export function roundPoints(value: number): number {
  // The epsilon absorbs binary noise such as 4 × 0.625 landing on 2.4999999999999996.
  const magnitude = Math.floor(Math.abs(value) + 0.5 + 1e-9);
  if (magnitude === 0) return 0;
  return value < 0 ? -magnitude : magnitude;
}

/** A risk of `magnitude` points, without producing −0 for a zero magnitude. */
export function penalty(magnitude: number): number {
  return magnitude === 0 ? 0 : -magnitude;
}

/** The key of the zero-point line a dimension shows when it has no data at all. */
export function noDataKey(dimension: HealthDimension): string {
  return `${dimension}.no_data`;
}

export function providerSource(provider: BillingProvider): FactorSource {
  switch (provider) {
    case 'stripe':
      return 'Stripe';
    case 'salesbricks':
      return 'Salesbricks';
  }
}

export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

export function daysAgoText(days: number): string {
  if (days === 0) return 'today';
  return `${countOf(days, 'day')} ago`;
}
