/**
 * The contract between the sync engine and a provider connector. A connector turns provider pages
 * into canonical records; the engine links them to accounts, upserts them by
 * (workspace, provider, external id) and checkpoints the cursor in the same transaction.
 * Provider shapes never leave the connector's folder.
 */
import type { ProviderKeyName } from '@success/shared/integrations';
import type { z } from 'zod';
import type {
  ActivityInsert,
  ContactInsert,
  DealInsert,
  InvoiceInsert,
  PaymentEventInsert,
  RevenueSourceInsert,
  SignalInsert,
  UsageDayInsert,
} from '../db/row-types';

export type ProviderKey = ProviderKeyName;

/** JSON the connector stores between pages; opaque to the engine. */
export type SyncCursor = { [key: string]: string | number | boolean | null | SyncCursor | (string | number)[] };

/**
 * How a record finds its account. `customerExternalId` is the provider's id of the customer or
 * company the record belongs to; an admin's manual link for it is remembered and wins.
 */
export type AccountRef = {
  customerExternalId: string;
  /** Normalized company domain, or null when the provider gave none we can trust. */
  domain: string | null;
  /** Shown in the Unmatched list and used as the account name when the account is created. */
  label: string;
  email?: string | null | undefined;
};

type Row<T extends Record<string, unknown>> = Omit<T, 'workspaceId' | 'accountId' | 'id' | 'provider'>;

export type CanonicalRecord =
  /** The customer itself (Stripe customer, Salesbricks customer, HubSpot company): creates/links the account. */
  | { kind: 'customer'; ref: AccountRef }
  | { kind: 'contact'; ref: AccountRef; row: Row<ContactInsert> }
  | { kind: 'revenue_source'; ref: AccountRef; row: Row<RevenueSourceInsert> }
  | {
      kind: 'invoice';
      ref: AccountRef;
      row: Omit<Row<InvoiceInsert>, 'revenueSourceId'>;
      revenueSourceExternalId?: string | null;
    }
  | {
      kind: 'payment_event';
      ref: AccountRef;
      row: Omit<Row<PaymentEventInsert>, 'invoiceId'>;
      invoiceExternalId?: string | null;
    }
  | { kind: 'usage_day'; ref: AccountRef; row: Row<UsageDayInsert> }
  | { kind: 'signal'; ref: AccountRef; row: Row<SignalInsert> }
  | { kind: 'activity'; ref: AccountRef; row: Row<ActivityInsert> }
  | { kind: 'deal'; ref: AccountRef; row: Row<DealInsert> }
  /** Company facts from a CRM (HubSpot enrichment): industry, size, location, custom properties. */
  | { kind: 'enrichment'; ref: AccountRef; externalId: string; properties: Record<string, string | number | null> };

export type QuarantinedRecord = { externalId: string; error: string; payload: unknown };

export type SyncPage = {
  records: CanonicalRecord[];
  quarantined: QuarantinedRecord[];
  /** Where the next page starts; null when this pass is complete. */
  nextCursor: SyncCursor | null;
  /** Best guess at the pass's total records, for the progress bar (null when unknown). */
  estimatedTotal?: number | null;
};

export type SyncMode = 'full' | 'incremental';

export type ConnectorContext<Credentials, Settings> = {
  credentials: Credentials;
  settings: Settings;
  /** Override of the provider's API origin (self-hosted, regional, or a local fake in tests). */
  baseUrl: string | null;
  now: Date;
  signal: AbortSignal;
};

export type PageRequest = {
  mode: SyncMode;
  cursor: SyncCursor | null;
  /** Start time of the last successful sync; incremental passes fetch changes since then. */
  since: Date | null;
};

export type Connector<Credentials = unknown, Settings = unknown> = {
  provider: ProviderKey;
  displayName: string;
  credentialsSchema: z.ZodType<Credentials>;
  settingsSchema: z.ZodType<Settings>;
  /** Whether `mode: 'incremental'` means something; otherwise every pass is a full re-list. */
  supportsIncremental: boolean;
  /** Calls the provider with the credentials; resolves with a short description of what it reached. */
  testConnection: (context: ConnectorContext<Credentials, Settings>) => Promise<{ detail: string }>;
  fetchPage: (context: ConnectorContext<Credentials, Settings>, request: PageRequest) => Promise<SyncPage>;
};
