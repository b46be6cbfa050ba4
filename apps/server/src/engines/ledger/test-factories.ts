/**
 * Test factories for the ledger engine: an active monthly source that each test bends with
 * overrides, line items, and a seeded random generator. Used by the *.test.ts files beside it only.
 */
import { monthMeasureAt, mrrAt } from './timeline';
import type { Discount, LineItem, Revision, SourceState } from './types';

export function makeState(overrides: Partial<SourceState> = {}): SourceState {
  return {
    status: 'active',
    currency: 'USD',
    items: [],
    amountMinor: 0,
    billingInterval: 'month',
    intervalCount: 1,
    discounts: [],
    trialEnd: null,
    startDate: null,
    endDate: null,
    isCancelAtPeriodEnd: false,
    ...overrides,
  };
}

/** A recurring licensed item: `quantity` × `unitAmount` minor units per `interval`. */
export function item(
  quantity: number,
  unitAmount: number,
  interval: LineItem['interval'] = 'month',
  overrides: Partial<LineItem> = {},
): LineItem {
  return {
    productName: 'Plan',
    unitAmount,
    quantity,
    interval,
    intervalCount: 1,
    isMetered: false,
    isRecurring: true,
    ...overrides,
  };
}

export function percentOff(value: number, startsAt: string | null = null, endsAt: string | null = null): Discount {
  return { kind: 'percent', value, startsAt, endsAt };
}

export function amountOff(value: number, startsAt: string | null = null, endsAt: string | null = null): Discount {
  return { kind: 'amount', value, startsAt, endsAt };
}

export function revision(observedAt: string, state: Partial<SourceState>): Revision {
  return { observedAt: new Date(observedAt), state: makeState(state) };
}

export function utc(iso: string): Date {
  return new Date(iso);
}

/** mulberry32: small, fast and reproducible, so a failing generated case can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One account's monthly MRR: the sum over its sources, each measured at the month's measuring instant. */
export function monthlySeries(
  sources: readonly (readonly Revision[])[],
  months: readonly string[],
  now: Date,
): number[] {
  return months.map((month) =>
    sources.reduce((sum, revisions) => sum + mrrAt(revisions, monthMeasureAt(month, now)).mrrMinor, 0),
  );
}
