/**
 * The plain data one account's health score is computed from. Services read it from the canonical
 * tables; the engine never touches the database or the clock (`now` says "as of when"). Facts dated
 * after `now` are ignored, so a past score can be recomputed from today's data.
 */

export type BillingProvider = 'stripe' | 'salesbricks';

export type SignalType =
  'feature_request' | 'complaint' | 'escalation' | 'nps' | 'praise' | 'bug' | 'question' | 'commitment';

export type UsageDay = {
  /** UTC calendar day, 'YYYY-MM-DD'. */
  day: string;
  activeUsers: number;
};

/**
 * Where licensed seats came from: the quantity of the seat-based recurring items billed on the
 * account's live ledger rows (a Stripe subscription; a merged Stripe + Salesbricks pair counted
 * once), or, when nothing billed says, the seats of its Salesbricks contract.
 */
export type LicensedSeatsSource = 'ledger' | 'salesbricks_contract';

export type UsageInput = {
  /** Seats on the account's contracts or subscriptions; null when no source says. */
  licensedSeats: number | null;
  /** Which rule gave `licensedSeats`; null when no rule found any. */
  licensedSeatsSource: LicensedSeatsSource | null;
  /** Daily active users from the product-analytics source; days without a row had no activity. */
  daily: readonly UsageDay[];
  lastActivityAt: Date | null;
};

export type PaymentInput = {
  /** The account's subscriptions and contracts with their billing status (e.g. active, past_due). */
  sources: readonly { provider: BillingProvider; status: string }[];
  failedPayments: readonly { occurredAt: Date; provider: BillingProvider }[];
  openInvoices: readonly { dueAt: Date | null; amountDueMinor: number; provider: BillingProvider }[];
};

export type RenewalInput = { date: Date; provider: BillingProvider };

export type SignalInput = {
  type: SignalType;
  sentiment: 'positive' | 'neutral' | 'negative';
  /** The NPS answer (0–10) when type is nps. */
  score: number | null;
  occurredAt: Date;
};

export type HealthInputs = {
  now: Date;
  /** The workspace's IANA time zone: day counts (days to renewal) are calendar days there. */
  timeZone: string;
  /** null: no usage source connected, or no usage recorded for this account. */
  usage: UsageInput | null;
  /** null: no billing source connected, or nothing billed to this account. */
  payment: PaymentInput | null;
  renewal: RenewalInput | null;
  signals: readonly SignalInput[];
  /** Which kinds of source the workspace has connected, to say why data is missing. */
  connected: { usage: boolean; billing: boolean; contracts: boolean; signals: boolean };
};
