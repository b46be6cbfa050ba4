/**
 * The rows the generator produces: each table's insert shape (db/row-types.ts), with the columns
 * the generator fills made required. Rows carry the account's domain instead of an account id, and
 * child rows name their parent by external id; the loader maps both to ids.
 */
import type {
  AccountInsert,
  ActivityInsert,
  ContactInsert,
  DealInsert,
  InvoiceInsert,
  PaymentEventInsert,
  RequestInsert,
  RevenueSourceInsert,
  ShippedFeatureInsert,
  SignalInsert,
  UsageDayInsert,
} from '../db/row-types';

/**
 * The listed columns of a table's insert row, all required, with `Narrowed` replacing the column
 * types where the demo promises more than the column holds (a provider literal, a date never null).
 */
type DemoRow<
  Insert,
  Columns extends keyof Insert,
  Narrowed extends Partial<Required<Pick<Insert, Columns>>> = Record<never, never>,
> = Omit<Required<Pick<Insert, Columns>>, keyof Narrowed> & Narrowed;

/** An account-owned row, named by its account's domain. */
type OfAccount = { accountDomain: string };

export type Currency = 'USD' | 'EUR' | 'GBP';
export type LifecycleStage = NonNullable<AccountInsert['lifecycleStage']>;
/** The generator writes every signal type except commitments, which only arrive through the API. */
export type SignalType = Exclude<SignalInsert['type'], 'commitment'>;
export type Sentiment = SignalInsert['sentiment'];
export type InvoiceStatus = InvoiceInsert['status'];
export type DealStatus = DealInsert['status'];

export type DemoAccount = DemoRow<
  AccountInsert,
  | 'domain'
  | 'name'
  | 'logoUrl'
  | 'primaryContactName'
  | 'primaryContactEmail'
  | 'ownerName'
  | 'ownerEmail'
  | 'isTracked'
  | 'lifecycleStage',
  { primaryContactName: string; primaryContactEmail: string; ownerName: string; ownerEmail: string }
>;

export type DemoContact = OfAccount &
  DemoRow<
    ContactInsert,
    'provider' | 'externalId' | 'email' | 'name' | 'title',
    { provider: 'hubspot'; email: string; name: string; title: string }
  >;

export type DemoRevenueSource = OfAccount &
  DemoRow<
    RevenueSourceInsert,
    | 'provider'
    | 'externalId'
    | 'kind'
    | 'productName'
    | 'status'
    | 'currency'
    | 'amountMinor'
    | 'billingInterval'
    | 'intervalCount'
    | 'seats'
    | 'items'
    | 'discounts'
    | 'trialStart'
    | 'trialEnd'
    | 'startDate'
    | 'currentPeriodEnd'
    | 'renewalDate'
    | 'endDate'
    | 'isCancelAtPeriodEnd'
    | 'linkedExternalId'
    | 'sourceUrl',
    {
      status: 'active' | 'past_due' | 'canceled' | 'trialing';
      currency: Currency;
      billingInterval: 'month' | 'year';
      seats: number;
      startDate: Date;
      currentPeriodEnd: Date;
      sourceUrl: string;
    }
  >;

export type DemoInvoice = OfAccount & {
  /** The revenue source (same provider) this invoice bills. */
  revenueSourceExternalId: string;
} & DemoRow<
    InvoiceInsert,
    | 'provider'
    | 'externalId'
    | 'number'
    | 'status'
    | 'currency'
    | 'amountDueMinor'
    | 'amountPaidMinor'
    | 'taxMinor'
    | 'issuedAt'
    | 'dueAt'
    | 'paidAt'
    | 'hostedUrl',
    { provider: 'stripe' | 'salesbricks'; number: string; currency: Currency; dueAt: Date; hostedUrl: string }
  >;

export type DemoPaymentEvent = OfAccount & {
  /** The invoice (same provider) the payment was for. */
  invoiceExternalId: string;
} & DemoRow<
    PaymentEventInsert,
    'provider' | 'externalId' | 'type' | 'amountMinor' | 'currency' | 'failureReason' | 'occurredAt',
    { provider: 'stripe' | 'salesbricks'; currency: Currency }
  >;

export type DemoUsageDay = OfAccount &
  DemoRow<UsageDayInsert, 'provider' | 'day' | 'activeUsers' | 'events' | 'lastActivityAt', { provider: 'posthog' }>;

export type DemoSignal = OfAccount &
  DemoRow<
    SignalInsert,
    'provider' | 'externalId' | 'type' | 'sentiment' | 'score' | 'text' | 'source' | 'evidenceUrl' | 'occurredAt',
    { provider: 'signals'; type: SignalType; source: 'call' | 'support' | 'survey' | 'slack'; evidenceUrl: string }
  >;

export type DemoActivity = OfAccount &
  DemoRow<
    ActivityInsert,
    'provider' | 'externalId' | 'type' | 'title' | 'summary' | 'actor' | 'url' | 'metadata' | 'occurredAt'
  >;

export type DemoDeal = OfAccount &
  DemoRow<
    DealInsert,
    | 'provider'
    | 'externalId'
    | 'name'
    | 'stage'
    | 'status'
    | 'amountMinor'
    | 'currency'
    | 'closeDate'
    | 'lostReason'
    | 'ownerName',
    { provider: 'salesbricks' | 'attio'; currency: Currency; closeDate: string; ownerName: string }
  >;

export type DemoShippedFeature = DemoRow<
  ShippedFeatureInsert,
  'provider' | 'externalId' | 'title' | 'description' | 'url' | 'shippedAt',
  { provider: 'github' | 'rss' | 'manual'; description: string }
>;

export type DemoRequest = OfAccount &
  DemoRow<
    RequestInsert,
    'provider' | 'externalId' | 'title' | 'text' | 'status' | 'requestedAt',
    { provider: 'signals'; text: string; status: 'open' | 'shipped' | 'closed' }
  >;

/** Every account-owned row for a contiguous range of accounts. */
export type DemoBatch = {
  accounts: DemoAccount[];
  contacts: DemoContact[];
  revenueSources: DemoRevenueSource[];
  invoices: DemoInvoice[];
  paymentEvents: DemoPaymentEvent[];
  usageDaily: DemoUsageDay[];
  signals: DemoSignal[];
  activities: DemoActivity[];
  deals: DemoDeal[];
  requests: DemoRequest[];
};

export type DemoDataset = DemoBatch & { shippedFeatures: DemoShippedFeature[] };

export function emptyBatch(): DemoBatch {
  return {
    accounts: [],
    contacts: [],
    revenueSources: [],
    invoices: [],
    paymentEvents: [],
    usageDaily: [],
    signals: [],
    activities: [],
    deals: [],
    requests: [],
  };
}

export function append<T>(target: T[], rows: readonly T[]): void {
  // A loop rather than push(...rows): spreading hundreds of thousands of rows overflows the stack.
  for (const row of rows) target.push(row);
}

export function appendBatch(target: DemoBatch, batch: DemoBatch): void {
  append(target.accounts, batch.accounts);
  append(target.contacts, batch.contacts);
  append(target.revenueSources, batch.revenueSources);
  append(target.invoices, batch.invoices);
  append(target.paymentEvents, batch.paymentEvents);
  append(target.usageDaily, batch.usageDaily);
  append(target.signals, batch.signals);
  append(target.activities, batch.activities);
  append(target.deals, batch.deals);
  append(target.requests, batch.requests);
}
