import { sql } from 'drizzle-orm';
/**
 * The canonical data model. Every table that holds workspace data carries `workspace_id`, and
 * every row a provider owns carries (workspace_id, provider, external_id) unique so syncs upsert.
 * Money is integer minor units plus an ISO 4217 currency; never floats.
 */
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { healthSnapshotStates, healthStates } from '@success/shared/health';
import { ledgerSourceProviders, revenueBadges } from '@success/shared/ledger';
import type { Discount, LineItem } from '../engines/ledger/types';

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const workspaceId = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
const accountRef = () => uuid('account_id').references(() => accounts.id, { onDelete: 'set null' });
const money = (name: string) => bigint(name, { mode: 'number' });
const at = (name: string) => timestamp(name, { withTimezone: true });


export const workspaces = pgTable(
  'workspaces',
  {
    id: id(),
    name: text('name').notNull(),
    /** `demo` workspaces are read-only shadows holding the Pied Piper sample data of their parent. */
    kind: text('kind', { enum: ['standard', 'demo'] })
      .notNull()
      .default('standard'),
    parentWorkspaceId: uuid('parent_workspace_id'),
    isDemoModeEnabled: boolean('is_demo_mode_enabled').notNull().default(false),
    reportingCurrency: text('reporting_currency').notNull().default('USD'),
    /** IANA time zone in which day counts (days to renewal, days left) are taken. */
    timeZone: text('time_zone').notNull().default('UTC'),
    /**
     * Logo URL template with a `{domain}` placeholder, set by an admin for a logo service they
     * choose; null (the default) shows letter avatars and sends no customer domain anywhere.
     */
    logoUrlTemplate: text('logo_url_template'),
    /** Health score weights, thresholds and bands; null means the engine's defaults. */
    healthSettings: jsonb('health_settings').$type<Record<string, unknown> | null>(),
    /** Ledger counting rules (discounts, past-due churn); null means the defaults. */
    ledgerSettings: jsonb('ledger_settings').$type<Record<string, unknown> | null>(),
    /**
     * When every account of the workspace was last scored (a full pass). Account rows are written
     * only when their score changes, so their own timestamps cannot tell when the day was redone.
     */
    healthScoredAt: at('health_scored_at'),
    createdAt: createdAt(),
  },
  // At most one demo shadow per workspace, even when two requests turn demo mode on at once.
  (t) => [uniqueIndex('workspaces_parent_key').on(t.parentWorkspaceId)],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    workspaceId: workspaceId(),
    email: text('email').notNull(),
    name: text('name'),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['admin', 'member', 'viewer'] }).notNull(),
    createdAt: createdAt(),
  },
  // An email is unique within a workspace, not across the instance: the same person may hold an
  // account in two workspaces (each with its own password), and adding a member never reveals
  // whether an address is used in another workspace.
  (t) => [
    uniqueIndex('users_workspace_email_key').on(t.workspaceId, t.email),
    index('users_email_idx').on(t.email),
    index('users_workspace_idx').on(t.workspaceId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    workspaceId: workspaceId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    expiresAt: at('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('sessions_token_hash_key').on(t.tokenHash)],
);

/**
 * Failed sign-ins per email (known or not, so the answer never reveals which exist). Kept in the
 * database so every process behind a load balancer sees the same lockout.
 */
export const loginAttempts = pgTable('login_attempts', {
  email: text('email').primaryKey(),
  failureCount: integer('failure_count').notNull(),
  lastFailureAt: at('last_failure_at').notNull(),
  lockedUntil: at('locked_until'),
});

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    workspaceId: workspaceId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The first characters of the token, so a person can tell tokens apart without the secret. */
    prefix: text('prefix').notNull(),
    lastUsedAt: at('last_used_at'),
    revokedAt: at('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('api_tokens_token_hash_key').on(t.tokenHash),
    index('api_tokens_workspace_idx').on(t.workspaceId),
  ],
);

export const featureFlags = pgTable(
  'feature_flags',
  {
    workspaceId: workspaceId(),
    key: text('key').notNull(),
    isEnabled: boolean('is_enabled').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.key] })],
);

export const accessRequests = pgTable(
  'access_requests',
  {
    id: id(),
    workspaceId: workspaceId(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    reason: text('reason'),
    status: text('status', { enum: ['pending', 'approved', 'dismissed'] })
      .notNull()
      .default('pending'),
    createdAt: createdAt(),
    resolvedAt: at('resolved_at'),
  },
  (t) => [index('access_requests_workspace_idx').on(t.workspaceId, t.status)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    workspaceId: workspaceId(),
    /** Normalized company domain: the account's identity within a workspace. */
    domain: text('domain').notNull(),
    name: text('name').notNull(),
    logoUrl: text('logo_url'),
    primaryContactName: text('primary_contact_name'),
    primaryContactEmail: text('primary_contact_email'),
    ownerName: text('owner_name'),
    ownerEmail: text('owner_email'),
    isTracked: boolean('is_tracked').notNull().default(true),
    lifecycleStage: text('lifecycle_stage', { enum: ['prospect', 'trial', 'customer', 'churned'] })
      .notNull()
      .default('customer'),
    /** The latest health snapshot, copied here so the Health queue filters and sorts on an index. */
    healthScore: integer('health_score'),
    /**
     * The Health state: a score band, `not_enough_data` (input coverage below the workspace's
     * minimum) or `churned` (every paying source ended, per the ledger; not scored).
     */
    healthBand: text('health_band', { enum: healthStates }),
    /** Share (0–1) of dimension weight backed by data in the latest score. */
    healthCoverage: real('health_coverage'),
    healthTopFactors: jsonb('health_top_factors').$type<{ label: string; points: number; source: string }[] | null>(),
    healthComputedAt: at('health_computed_at'),
    /** Ledger rollup in the reporting currency, copied here so the Health queue sorts on an index. */
    mrrMinor: money('mrr_minor'),
    arrMinor: money('arr_minor'),
    nextRenewalAt: at('next_renewal_at'),
    paymentState: text('payment_state', { enum: ['ok', 'past_due', 'payment_failed', 'unpaid', 'none'] })
      .notNull()
      .default('none'),
    revenueBadge: text('revenue_badge', { enum: revenueBadges }),
    /** Set by the ledger when every paying source of a once-paying account has ended. */
    churnedAt: at('churned_at'),
    /** MRR (reporting currency) in the month before the churn, for the winback view. */
    churnedMrrMinor: money('churned_mrr_minor'),
    /** Latest product usage or customer activity, refreshed with the health score. */
    lastActivityAt: at('last_activity_at'),
    /**
     * The order a CSM triages in, as one ascending key: band (critical, at risk, not enough data,
     * healthy, then unscored or churned), then ARR at risk (largest first), then score (lowest first).
     * Generated, so every write of the band, ARR or score keeps it right and one index serves it.
     */
    triageKey: bigint('triage_key', { mode: 'number' })
      .notNull()
      .generatedAlwaysAs(
        sql`(case health_band when 'critical' then 0 when 'at_risk' then 1 when 'not_enough_data' then 2 when 'healthy' then 3 else 4 end)::bigint * 100000000000000000
          + (100000000000000 - least(case when health_band in ('critical', 'at_risk') then coalesce(arr_minor, 0) else 0 end, 99999999999999)) * 1000
          + coalesce(health_score, 999)`,
      ),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('accounts_workspace_domain_key').on(t.workspaceId, t.domain),
    index('accounts_workspace_name_idx').on(t.workspaceId, t.name, t.id),
    index('accounts_workspace_score_idx').on(t.workspaceId, t.healthScore, t.id),
    // Each in the direction the queue sorts by default (largest ARR, latest activity first).
    index('accounts_workspace_arr_idx').on(t.workspaceId, t.arrMinor.desc().nullsLast(), t.id.desc()),
    index('accounts_workspace_renewal_idx').on(t.workspaceId, t.nextRenewalAt, t.id),
    index('accounts_workspace_activity_idx').on(t.workspaceId, t.lastActivityAt.desc().nullsLast(), t.id.desc()),
    index('accounts_workspace_owner_idx').on(t.workspaceId, t.ownerName, t.id),
    index('accounts_workspace_triage_idx').on(t.workspaceId, t.triageKey, t.id),
    // Substring search ("%hool%") on name or domain reads these instead of every account.
    index('accounts_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('accounts_domain_trgm_idx').using('gin', t.domain.op('gin_trgm_ops')),
  ],
);

/**
 * Accounts whose synced facts changed since the workspace's last refresh: a sync page, a webhook
 * or an ingest marks them, and the next refresh rebuilds the ledger and rescores only these.
 */
export const pendingRefreshAccounts = pgTable(
  'pending_refresh_accounts',
  {
    workspaceId: workspaceId(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    markedAt: at('marked_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.accountId] })],
);

export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    workspaceId: workspaceId(),
    accountId: accountRef(),
    provider: text('provider').notNull(),
    externalId: text('external_id').notNull(),
    email: text('email'),
    name: text('name'),
    title: text('title'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('contacts_provider_key').on(t.workspaceId, t.provider, t.externalId),
    index('contacts_account_idx').on(t.accountId),
  ],
);

export const connectionStatuses = ['healthy', 'inactive', 'disabled', 'errored', 'reauth_needed'] as const;

export const connections = pgTable(
  'connections',
  {
    id: id(),
    workspaceId: workspaceId(),
    provider: text('provider').notNull(),
    status: text('status', { enum: connectionStatuses }).notNull().default('inactive'),
    /** AES-256-GCM ciphertext; never returned by the API, never logged. */
    encryptedCredentials: text('encrypted_credentials'),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    /** The sync checkpoint, written in the same transaction as the page it follows. */
    syncCursor: jsonb('sync_cursor').$type<Record<string, unknown> | null>(),
    lastError: text('last_error'),
    lastSyncedAt: at('last_synced_at'),
    /** Failed runs in a row; three make the connection `errored`. */
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    syncIntervalMinutes: integer('sync_interval_minutes').notNull().default(15),
    nextSyncAt: at('next_sync_at'),
    lastFullSyncAt: at('last_full_sync_at'),
    /** Start of the last successful run: incremental passes ask for changes since then. */
    lastSuccessfulSyncStartedAt: at('last_successful_sync_started_at'),
    /** A lease, not a lock: a worker killed mid-sync loses it when it expires, so the sync resumes. */
    syncLeaseOwner: text('sync_lease_owner'),
    syncLeaseUntil: at('sync_lease_until'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('connections_workspace_provider_key').on(t.workspaceId, t.provider)],
);

export const syncRuns = pgTable(
  'sync_runs',
  {
    id: id(),
    workspaceId: workspaceId(),
    connectionId: uuid('connection_id')
      .notNull()
      .references(() => connections.id, { onDelete: 'cascade' }),
    provider: text('provider').notNull(),
    mode: text('mode', { enum: ['full', 'incremental'] })
      .notNull()
      .default('full'),
    status: text('status', { enum: ['queued', 'running', 'succeeded', 'failed'] })
      .notNull()
      .default('queued'),
    startedAt: at('started_at'),
    finishedAt: at('finished_at'),
    pages: integer('pages').notNull().default(0),
    recordsCreated: integer('records_created').notNull().default(0),
    recordsUpdated: integer('records_updated').notNull().default(0),
    recordsUnchanged: integer('records_unchanged').notNull().default(0),
    recordsQuarantined: integer('records_quarantined').notNull().default(0),
    estimatedTotal: integer('estimated_total'),
    trigger: text('trigger', { enum: ['manual', 'schedule', 'webhook'] })
      .notNull()
      .default('manual'),
    error: text('error'),
    createdAt: createdAt(),
  },
  (t) => [index('sync_runs_connection_idx').on(t.connectionId, t.createdAt)],
);

export const revenueSources = pgTable(
  'revenue_sources',
  {
    id: id(),
    workspaceId: workspaceId(),
    accountId: accountRef(),
    provider: text('provider', { enum: ledgerSourceProviders }).notNull(),
    externalId: text('external_id').notNull(),
    kind: text('kind', { enum: ['subscription', 'contract'] }).notNull(),
    productName: text('product_name').notNull(),
    status: text('status').notNull(),
    currency: text('currency').notNull(),
    /** Recurring amount per billing period, after item quantities, before discounts and tax. */
    amountMinor: money('amount_minor').notNull(),
    billingInterval: text('billing_interval', { enum: ['day', 'week', 'month', 'year'] }).notNull(),
    intervalCount: integer('interval_count').notNull().default(1),
    seats: integer('seats'),
    items: jsonb('items').$type<LineItem[]>().notNull().default([]),
    discounts: jsonb('discounts').$type<Discount[]>().notNull().default([]),
    trialStart: at('trial_start'),
    trialEnd: at('trial_end'),
    startDate: at('start_date'),
    currentPeriodEnd: at('current_period_end'),
    renewalDate: at('renewal_date'),
    endDate: at('end_date'),
    isCancelAtPeriodEnd: boolean('is_cancel_at_period_end').notNull().default(false),
    isIgnoredFromArr: boolean('is_ignored_from_arr').notNull().default(false),
    ignoreReason: text('ignore_reason'),
    /** The other system's id for the same revenue, where the data records one (reconciliation). */
    linkedExternalId: text('linked_external_id'),
    sourceUrl: text('source_url'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('revenue_sources_provider_key').on(t.workspaceId, t.provider, t.externalId),
    index('revenue_sources_account_idx').on(t.workspaceId, t.accountId),
    index('revenue_sources_renewal_idx').on(t.workspaceId, t.renewalDate),
  ],
);

export const invoices = pgTable(
  'invoices',
  {
    id: id(),
    workspaceId: workspaceId(),
    accountId: accountRef(),
    revenueSourceId: uuid('revenue_source_id').references(() => revenueSources.id, { onDelete: 'set null' }),
    provider: text('provider').notNull(),
    externalId: text('external_id').notNull(),
    number: text('number'),
    status: text('status', { enum: ['draft', 'open', 'paid', 'void', 'uncollectible'] }).notNull(),
    currency: text('currency').notNull(),
    amountDueMinor: money('amount_due_minor').notNull(),
    amountPaidMinor: money('amount_paid_minor').notNull().default(0),
    taxMinor: money('tax_minor').notNull().default(0),
    issuedAt: at('issued_at').notNull(),
    dueAt: at('due_at'),
    paidAt: at('paid_at'),
    hostedUrl: text('hosted_url'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('invoices_provider_key').on(t.workspaceId, t.provider, t.externalId),
    index('invoices_account_idx').on(t.workspaceId, t.accountId, t.issuedAt),
  ],
);

export const paymentEvents = pgTable(
  'payment_events',
  {
    id: id(),
    workspaceId: workspaceId(),
    accountId: accountRef(),
    invoiceId: uuid('invoice_id').references(() => invoices.id, { onDelete: 'set null' }),
    provider: text('provider').notNull(),
    externalId: text('external_id').notNull(),
    type: text('type', { enum: ['payment_succeeded', 'payment_failed', 'refund', 'dispute'] }).notNull(),
    amountMinor: money('amount_minor').notNull(),
    currency: text('currency').notNull(),
    failureReason: text('failure_reason'),
    occurredAt: at('occurred_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('payment_events_provider_key').on(t.workspaceId, t.provider, t.externalId),
    index('payment_events_account_idx').on(t.workspaceId, t.accountId, t.occurredAt),
  ],
);

export const usageDaily = pgTable(
  'usage_daily',
  {
    workspaceId: workspaceId(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    provider: text('provider').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    activeUsers: integer('active_users').notNull(),
    events: integer('events').notNull(),
    lastActivityAt: at('last_activity_at'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.accountId, t.provider, t.day] })],
);

export const signalTypes = [
  'feature_request',
  'complaint',
  'escalation',
  'nps',
  'praise',
  'bug',
  'question',
  'commitment',
] as const;

export const signals = pgTable(
  'signals',
  {
    id: id(),
    workspaceId: workspaceId(),
    accountId: accountRef(),
    provider: text('provider').notNull(),
    externalId: text('external_id').notNull(),
    type: text('type', { enum: signalTypes }).notNull(),
    sentiment: text('sentiment', { enum: ['positive', 'neutral', 'negative'] }).notNull(),
    /** NPS answer 0-10 when type is nps. */
    score: integer('score'),
    text: text('text').notNull(),
    source: text('source').notNull(),
    evidenceUrl: text('evidence_url'),
    occurredAt: at('occurred_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('signals_provider_key').on(t.workspaceId, t.provider, t.externalId),
    index('signals_account_idx').on(t.workspaceId, t.accountId, t.occurredAt),
  ],
);

export const activityTypes = [
  'call',
  'email',
  'project',
  'contract_change',
  'payment_event',
  'route',
  'tracking',
  'note',
] as const;

export const activities = pgTable(
  'activities',
  {
    id: id(),
    workspaceId: workspaceId(),
    accountId: accountRef(),
    provider: text('provider').notNull(),
    externalId: text('external_id').notNull(),
    type: text('type', { enum: activityTypes }).notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    actor: text('actor'),
    url: text('url'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: at('occurred_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('activities_provider_key').on(t.workspaceId, t.provider, t.externalId),
    index('activities_account_idx').on(t.workspaceId, t.accountId, t.occurredAt),
  ],
);

export const deals = pgTable(
  'deals',
  {
    id: id(),
    workspaceId: workspaceId(),
    accountId: accountRef(),
    provider: text('provider').notNull(),
    externalId: text('external_id').notNull(),
    name: text('name').notNull(),
    stage: text('stage').notNull(),
    status: text('status', { enum: ['open', 'won', 'lost'] }).notNull(),
    amountMinor: money('amount_minor').notNull().default(0),
    currency: text('currency').notNull().default('USD'),
    closeDate: date('close_date', { mode: 'string' }),
    lostReason: text('lost_reason'),
    ownerName: text('owner_name'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('deals_provider_key').on(t.workspaceId, t.provider, t.externalId),
    index('deals_account_idx').on(t.workspaceId, t.accountId),
    index('deals_status_idx').on(t.workspaceId, t.status),
  ],
);

export const shippedFeatures = pgTable(
  'shipped_features',
  {
    id: id(),
    workspaceId: workspaceId(),
    provider: text('provider').notNull(),
    externalId: text('external_id').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    url: text('url'),
    shippedAt: at('shipped_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('shipped_features_provider_key').on(t.workspaceId, t.provider, t.externalId)],
);

export const requests = pgTable(
  'requests',
  {
    id: id(),
    workspaceId: workspaceId(),
    accountId: accountRef(),
    provider: text('provider').notNull(),
    externalId: text('external_id').notNull(),
    title: text('title').notNull(),
    text: text('text'),
    status: text('status', { enum: ['open', 'shipped', 'closed'] })
      .notNull()
      .default('open'),
    requestedAt: at('requested_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('requests_provider_key').on(t.workspaceId, t.provider, t.externalId),
    index('requests_account_idx').on(t.workspaceId, t.accountId),
  ],
);

export const requestFeatureMatches = pgTable(
  'request_feature_matches',
  {
    id: id(),
    workspaceId: workspaceId(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    featureId: uuid('feature_id')
      .notNull()
      .references(() => shippedFeatures.id, { onDelete: 'cascade' }),
    confidence: real('confidence').notNull(),
    state: text('state', { enum: ['suggested', 'confirmed', 'rejected'] })
      .notNull()
      .default('suggested'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('request_feature_matches_key').on(t.workspaceId, t.requestId, t.featureId)],
);

export const sections = ['health', 'convert', 'contracts', 'pipeline', 're-engage', 'close-the-loop'] as const;

export const routes = pgTable(
  'routes',
  {
    id: id(),
    workspaceId: workspaceId(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    fromSection: text('from_section', { enum: sections }).notNull(),
    toSection: text('to_section', { enum: sections }).notNull(),
    reason: text('reason').notNull(),
    state: text('state', { enum: ['open', 'done', 'dismissed'] })
      .notNull()
      .default('open'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    resolvedAt: at('resolved_at'),
  },
  (t) => [
    index('routes_destination_idx').on(t.workspaceId, t.toSection, t.state, t.createdAt),
    // One open route per account and destination: a second one would put the account in that queue twice.
    uniqueIndex('routes_one_open_per_destination_key')
      .on(t.accountId, t.toSection)
      .where(sql`${t.state} = 'open'`),
  ],
);

export const healthSnapshots = pgTable(
  'health_snapshots',
  {
    id: id(),
    workspaceId: workspaceId(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    score: integer('score').notNull(),
    band: text('band', { enum: healthSnapshotStates }).notNull(),
    factors: jsonb('factors').$type<unknown[]>().notNull(),
    coverage: real('coverage').notNull(),
    inputsAsOf: at('inputs_as_of').notNull(),
    engineVersion: text('engine_version').notNull(),
    computedAt: at('computed_at').notNull().defaultNow(),
    /** The last time a recompute produced this same score, band and factors (history grows with change only). */
    confirmedAt: at('confirmed_at'),
  },
  (t) => [index('health_snapshots_account_idx').on(t.workspaceId, t.accountId, t.computedAt)],
);

/**
 * Each observed state of a revenue source, appended when its revenue-relevant fields change, so
 * the ledger can replay MRR month by month (expansions, contractions, churn) from history.
 */
export const revenueSourceRevisions = pgTable(
  'revenue_source_revisions',
  {
    id: id(),
    workspaceId: workspaceId(),
    revenueSourceId: uuid('revenue_source_id')
      .notNull()
      .references(() => revenueSources.id, { onDelete: 'cascade' }),
    /** Hash of the revenue-relevant fields: a sync that changes nothing appends nothing. */
    stateHash: text('state_hash').notNull(),
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
    observedAt: at('observed_at').notNull(),
  },
  (t) => [index('revenue_source_revisions_source_idx').on(t.workspaceId, t.revenueSourceId, t.observedAt)],
);

/** Units of `currency` per one unit of the workspace's reporting currency, edited by admins. */
export const currencyRates = pgTable(
  'currency_rates',
  {
    workspaceId: workspaceId(),
    currency: text('currency').notNull(),
    rate: text('rate').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.currency] })],
);

/** The rebuilt revenue ledger: one row per revenue, merged across Salesbricks and Stripe. */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: id(),
    workspaceId: workspaceId(),
    accountId: accountRef(),
    primarySourceId: uuid('primary_source_id')
      .notNull()
      .references(() => revenueSources.id, { onDelete: 'cascade' }),
    sourceIds: uuid('source_ids').array().notNull(),
    /** Each source's own MRR (its currency), shown next to the row's counted MRR. */
    sourceMrrs: jsonb('source_mrrs').$type<Record<string, number>>().notNull(),
    providers: text('providers').array().notNull(),
    productName: text('product_name').notNull(),
    status: text('status').notNull(),
    billingInterval: text('billing_interval', { enum: ['day', 'week', 'month', 'year'] }).notNull(),
    intervalCount: integer('interval_count').notNull(),
    currency: text('currency').notNull(),
    mrrMinor: money('mrr_minor').notNull(),
    reportingCurrency: text('reporting_currency').notNull(),
    /** The rate used for the conversion (units of `currency` per reporting unit); null when none is set. */
    rate: text('rate'),
    reportingMrrMinor: money('reporting_mrr_minor').notNull(),
    reportingArrMinor: money('reporting_arr_minor').notNull(),
    startDate: at('start_date'),
    renewalDate: at('renewal_date'),
    paymentState: text('payment_state', { enum: ['ok', 'past_due', 'payment_failed', 'unpaid', 'none'] }).notNull(),
    lastFailedPaymentAt: at('last_failed_payment_at'),
    reconciliation: text('reconciliation', { enum: ['merged', 'conflict', 'single'] }).notNull(),
    conflicts: jsonb('conflicts').$type<{ field: string; stripe: string; salesbricks: string }[]>().notNull(),
    isIgnoredFromArr: boolean('is_ignored_from_arr').notNull(),
    ignoreReason: text('ignore_reason'),
    searchText: text('search_text').notNull(),
    computedAt: at('computed_at').notNull(),
  },
  (t) => [
    index('ledger_entries_arr_idx').on(t.workspaceId, t.reportingArrMinor, t.id),
    index('ledger_entries_renewal_idx').on(t.workspaceId, t.renewalDate, t.id),
    index('ledger_entries_account_idx').on(t.workspaceId, t.accountId),
    index('ledger_entries_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

/**
 * Per-account MRR movements by month (reporting currency), rebuilt with the ledger. `opening` is
 * not a movement: it carries an account's MRR from before the replayed window into it, so that
 * the rows of an account always sum to its MRR.
 */
export const ledgerMovements = pgTable(
  'ledger_movements',
  {
    workspaceId: workspaceId(),
    accountId: uuid('account_id').notNull(),
    month: text('month').notNull(),
    kind: text('kind', { enum: ['opening', 'new', 'expansion', 'contraction', 'churn', 'reactivation'] }).notNull(),
    amountMinor: money('amount_minor').notNull(),
  },
  (t) => [index('ledger_movements_month_idx').on(t.workspaceId, t.month)],
);

/** One row per workspace: when the ledger was rebuilt, in which currency, with which rates. */
export const ledgerRollups = pgTable('ledger_rollups', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  reportingCurrency: text('reporting_currency').notNull(),
  rates: jsonb('rates').$type<Record<string, string>>().notNull(),
  /** Currencies found in the ledger without a rate (their rows count 0 in the rollups). */
  missingRates: text('missing_rates').array().notNull(),
  computedAt: at('computed_at').notNull(),
});

/** Provider records that failed validation: kept with their error so a person can see and fix them. */
export const quarantinedRecords = pgTable(
  'quarantined_records',
  {
    id: id(),
    workspaceId: workspaceId(),
    connectionId: uuid('connection_id').references(() => connections.id, { onDelete: 'cascade' }),
    syncRunId: uuid('sync_run_id').references(() => syncRuns.id, { onDelete: 'set null' }),
    provider: text('provider').notNull(),
    externalId: text('external_id').notNull(),
    error: text('error').notNull(),
    payload: jsonb('payload'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('quarantined_records_key').on(t.workspaceId, t.provider, t.externalId)],
);

/**
 * Provider customers that no domain links to an account. An admin links one by hand; the link is
 * remembered here and wins over domain matching on every later sync.
 */
export const providerCustomers = pgTable(
  'provider_customers',
  {
    id: id(),
    workspaceId: workspaceId(),
    provider: text('provider').notNull(),
    externalId: text('external_id').notNull(),
    label: text('label').notNull(),
    email: text('email'),
    domain: text('domain'),
    accountId: accountRef(),
    isManuallyLinked: boolean('is_manually_linked').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('provider_customers_key').on(t.workspaceId, t.provider, t.externalId),
    index('provider_customers_account_idx').on(t.workspaceId, t.accountId),
  ],
);

/** CRM facts about a company (HubSpot enrichment), one row per provider record. */
export const accountEnrichments = pgTable(
  'account_enrichments',
  {
    id: id(),
    workspaceId: workspaceId(),
    accountId: accountRef(),
    provider: text('provider').notNull(),
    externalId: text('external_id').notNull(),
    properties: jsonb('properties').$type<Record<string, string | number | null>>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('account_enrichments_key').on(t.workspaceId, t.provider, t.externalId),
    index('account_enrichments_account_idx').on(t.workspaceId, t.accountId),
  ],
);

/** Webhook deliveries already processed: providers retry, so handling is idempotent on event id. */
export const webhookEvents = pgTable(
  'webhook_events',
  {
    workspaceId: workspaceId(),
    provider: text('provider').notNull(),
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    receivedAt: at('received_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.provider, t.eventId] })],
);

/** Tables that hold a workspace's business data (not its users, sessions or settings). */
export const dataTables = {
  accounts,
  contacts,
  connections,
  syncRuns,
  revenueSources,
  invoices,
  paymentEvents,
  usageDaily,
  signals,
  activities,
  deals,
  shippedFeatures,
  requests,
  requestFeatureMatches,
  routes,
  healthSnapshots,
  quarantinedRecords,
  providerCustomers,
  accountEnrichments,
  webhookEvents,
  revenueSourceRevisions,
  ledgerEntries,
  ledgerMovements,
  ledgerRollups,
} as const;
