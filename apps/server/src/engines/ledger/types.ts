/**
 * The inputs of the revenue ledger: one revenue source's state as the ledger reads it, the
 * workspace settings that change the arithmetic, and a dated revision of a source's state.
 */
export type BillingInterval = 'day' | 'week' | 'month' | 'year';

/** One priced line of a subscription or contract, as providers report it (stored as jsonb). */
export type LineItem = {
  productName: string;
  unitAmount: number;
  quantity: number;
  interval: BillingInterval;
  intervalCount: number;
  isMetered: boolean;
  isRecurring: boolean;
};

export type Discount = {
  kind: 'percent' | 'amount';
  /** Percent off (0-100) or a fixed amount in minor units. */
  value: number;
  startsAt: string | null;
  endsAt: string | null;
};

export type SourceState = {
  /** Stripe statuses: active, trialing, past_due, unpaid, canceled, incomplete, incomplete_expired, paused; Salesbricks uses the same words. */
  status: string;
  /** ISO 4217, upper case. */
  currency: string;
  /** When empty, the ledger falls back to `amountMinor` per `billingInterval` × `intervalCount`. */
  items: LineItem[];
  /** Recurring amount per billing period before discounts and tax (the fallback only). */
  amountMinor: number;
  billingInterval: BillingInterval;
  intervalCount: number;
  /** Percent (0–100) or a fixed amount in minor units per billing period; startsAt/endsAt ISO or null. */
  discounts: Discount[];
  trialEnd: Date | null;
  startDate: Date | null;
  /** When the source stops (canceled, cancel_at_period_end, contract termination). */
  endDate: Date | null;
  isCancelAtPeriodEnd: boolean;
};

export type LedgerSettings = {
  /** Which discounts reduce MRR: those in force (default), only open-ended ones, or none. */
  discounts: 'while_active' | 'forever_only' | 'ignore';
  /** A source past due for this many days counts 0; null (default) keeps counting it. */
  pastDueChurnAfterDays: number | null;
};

export const defaultLedgerSettings: LedgerSettings = Object.freeze({
  discounts: 'while_active',
  pastDueChurnAfterDays: null,
});

/** A source's state as observed at one instant; a source's history is a list of these. */
export type Revision = { observedAt: Date; state: SourceState };
