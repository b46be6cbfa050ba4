import type { ConnectInput, Integration, SyncRun } from '@success/shared/integrations';
import { normalizeDomain } from '@success/shared/domain';
import type { Db } from '../../db/client';
import { findProviderDefinition, providerCatalog, type ProviderDefinition } from '../../integrations/catalog';
import { findConnector, type RuntimeConnector } from '../../integrations/connector-registry';
import { findDestinationProblem } from '../../integrations/destination';
import { ProviderError, summarizeProviderMessage } from '../../integrations/http/provider-error';
import type { JobQueue } from '../../jobs/job-queue';
import type { Encryptor } from '../../lib/encryption';
import { AppError } from '../../lib/errors';
import type { Actor } from '../auth/actor';
import {
  deleteConnectionRow,
  failStalledRuns,
  findConnection,
  findOrCreateAccountByDomain,
  findProviderCustomer,
  linkProviderCustomer,
  listConnections,
  listQuarantine,
  listRuns,
  listUnmatchedCustomers,
  purgeProviderData,
  updateConnection,
  upsertConnection,
  type ConnectionRow,
  type SyncRunRow,
} from './integrations.queries';

export type IntegrationDeps = {
  db: Db;
  encryptor: Encryptor;
  jobs: JobQueue;
  now: () => Date;
  defaultSyncIntervalMinutes: number;
  /** ALLOW_PROVIDER_BASE_URL: connections may point at addresses outside the provider's own hosts. */
  isProviderBaseUrlAllowed: boolean;
};

/**
 * A run is stalled when it is stored as running but nobody holds the connection's lease any more:
 * the worker renews the lease with every page, so a lapsed lease means that worker is gone.
 */
export function isRunStalled(
  run: Pick<SyncRunRow, 'status'>,
  connection: Pick<ConnectionRow, 'syncLeaseUntil'>,
  now: Date,
): boolean {
  return run.status === 'running' && (connection.syncLeaseUntil === null || connection.syncLeaseUntil < now);
}

const stalledRunError =
  'Stalled: the worker running this sync stopped. The next run continued from the last saved page.';

export function toSyncRun(row: SyncRunRow, isStalled = false): SyncRun {
  return {
    id: row.id,
    status: isStalled ? 'stalled' : row.status,
    mode: row.mode,
    trigger: row.trigger,
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    pages: row.pages,
    recordsCreated: row.recordsCreated,
    recordsUpdated: row.recordsUpdated,
    recordsUnchanged: row.recordsUnchanged,
    recordsQuarantined: row.recordsQuarantined,
    estimatedTotal: row.estimatedTotal,
    error: row.error,
  };
}

function getDefinition(provider: string): ProviderDefinition {
  const definition = findProviderDefinition(provider);
  if (!definition)
    throw new AppError(
      'not_found',
      `"${provider}" is not a provider Success knows. Known: ${providerCatalog.map((p) => p.provider).join(', ')}.`,
    );
  return definition;
}

function getConnector(definition: ProviderDefinition): RuntimeConnector {
  const connector = findConnector(definition.provider);
  if (!connector)
    throw new AppError(
      'unprocessable',
      `${definition.displayName} cannot be connected yet: its connector is not part of this release.`,
    );
  return connector;
}

/** Settings as stored: list fields split from comma-separated text, empty strings dropped. */
function normalizeSettings(definition: ProviderDefinition, settings: Record<string, unknown>): Record<string, unknown> {
  const entries = Object.entries(settings).flatMap(([key, value]): [string, unknown][] => {
    if (value === '' || value === undefined || value === null) return [];
    if (definition.listSettingKeys.includes(key) && typeof value === 'string') {
      return [
        [
          key,
          value
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean),
        ],
      ];
    }
    return [[key, value]];
  });
  return Object.fromEntries(entries);
}

/**
 * "Could not reach Stripe: timed out". A connector's message may already open with the same words
 * (it names the provider so sync logs read on their own); they are said once, not twice. The
 * provider's words are cut to a short, sanitized excerpt: the host may be anything an admin typed.
 */
function withPrefix(prefix: string, message: string): string {
  const rest = message.startsWith(`${prefix}: `) ? message.slice(prefix.length + 2) : message;
  return `${prefix}: ${summarizeProviderMessage(rest)}`;
}

/** Provider failures come back summarized in the provider's own words, as a 422 a person can act on. */
function providerProblem(definition: ProviderDefinition, error: unknown): AppError {
  if (error instanceof ProviderError) {
    const prefix =
      error.kind === 'auth'
        ? `${definition.displayName} refused the credentials`
        : error.kind === 'network'
          ? `Could not reach ${definition.displayName}`
          : `${definition.displayName} answered with an error`;
    return new AppError('unprocessable', withPrefix(prefix, error.message));
  }
  return new AppError(
    'unprocessable',
    withPrefix(`Could not reach ${definition.displayName}`, error instanceof Error ? error.message : String(error)),
  );
}

async function testWith(
  connector: RuntimeConnector,
  credentials: unknown,
  settings: Record<string, unknown>,
  now: Date,
) {
  const baseUrl = typeof settings.baseUrl === 'string' ? settings.baseUrl : null;
  const signal = AbortSignal.timeout(20_000);
  return connector.testConnection({ credentials, settings, baseUrl, now, signal });
}

export async function listIntegrations(deps: IntegrationDeps, actor: Actor): Promise<Integration[]> {
  const rows = await listConnections(deps.db, actor.workspaceId);
  const now = deps.now();
  const runs = await listRuns(
    deps.db,
    rows.map((row) => row.id),
    200,
  );
  return providerCatalog.map((definition) => {
    const connection = rows.find((row) => row.provider === definition.provider);
    const connectionRuns = connection ? runs.filter((run) => run.connectionId === connection.id) : [];
    const current = connectionRuns.find((run) => run.status === 'running' || run.status === 'queued');
    const last = connectionRuns.find((run) => run.status === 'succeeded' || run.status === 'failed');
    const { baseUrl, ...settings } = connection?.settings ?? {};
    return {
      provider: definition.provider,
      displayName: definition.displayName,
      powers: definition.powers,
      isAvailable: findConnector(definition.provider) !== undefined,
      status: connection?.status ?? 'not_connected',
      hasCredentials: Boolean(connection?.encryptedCredentials),
      baseUrl: typeof baseUrl === 'string' ? baseUrl : null,
      settings,
      syncIntervalMinutes: connection?.syncIntervalMinutes ?? deps.defaultSyncIntervalMinutes,
      lastError: connection?.lastError ?? null,
      lastSyncedAt: connection?.lastSyncedAt?.toISOString() ?? null,
      nextSyncAt: connection?.nextSyncAt?.toISOString() ?? null,
      credentialFields: definition.credentialFields,
      settingFields: definition.settingFields,
      currentRun: current && connection ? toSyncRun(current, isRunStalled(current, connection, now)) : null,
      lastRun: last ? toSyncRun(last) : null,
    };
  });
}

export async function getIntegration(deps: IntegrationDeps, actor: Actor, provider: string): Promise<Integration> {
  getDefinition(provider);
  const all = await listIntegrations(deps, actor);
  const found = all.find((integration) => integration.provider === provider);
  if (!found) throw new AppError('not_found', `Unknown provider ${provider}.`);
  return found;
}

/**
 * Saves a connection after proving the credentials work, then starts the first sync. Stored
 * credentials are kept when the request leaves them out (editing settings only).
 */
export async function connectIntegration(
  deps: IntegrationDeps,
  actor: Actor,
  provider: string,
  input: ConnectInput,
): Promise<Integration> {
  const definition = getDefinition(provider);
  const connector = getConnector(definition);
  const existing = await findConnection(deps.db, actor.workspaceId, provider);
  const storedCredentials: unknown = existing?.encryptedCredentials
    ? JSON.parse(deps.encryptor.decrypt(existing.encryptedCredentials))
    : {};
  const submitted = Object.fromEntries(Object.entries(input.credentials ?? {}).filter(([, value]) => value !== ''));
  const credentials = { ...(typeof storedCredentials === 'object' ? storedCredentials : {}), ...submitted };
  const { syncIntervalMinutes, ...rest } = input.settings;
  const settings = normalizeSettings(definition, rest);
  assertDestinationAllowed(deps, definition, settings, existing?.settings ?? null, {
    hasStoredCredentials: Boolean(existing?.encryptedCredentials),
    hasFreshCredentials: definition.credentialFields
      .filter((field) => field.isRequired)
      .every((field) => typeof submitted[field.key] === 'string'),
  });
  const errors = connector.validate(credentials, settings);
  if (errors.length > 0)
    throw new AppError('validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
  try {
    await testWith(connector, credentials, settings, deps.now());
  } catch (error) {
    throw providerProblem(definition, error);
  }
  await upsertConnection(
    deps.db,
    {
      workspaceId: actor.workspaceId,
      provider,
      status: 'healthy',
      encryptedCredentials: deps.encryptor.encrypt(JSON.stringify(credentials)),
      settings,
      syncIntervalMinutes: syncIntervalMinutes ?? existing?.syncIntervalMinutes ?? deps.defaultSyncIntervalMinutes,
      nextSyncAt: deps.now(),
    },
    deps.now(),
  );
  deps.jobs.enqueue('sync-connection', { workspaceId: actor.workspaceId, provider, mode: 'full', trigger: 'manual' });
  return getIntegration(deps, actor, provider);
}

/** Checked before any request leaves: a refused address never receives the credentials. */
function assertDestinationAllowed(
  deps: IntegrationDeps,
  definition: ProviderDefinition,
  settings: Record<string, unknown>,
  previous: Record<string, unknown> | null,
  credentials: { hasStoredCredentials: boolean; hasFreshCredentials: boolean },
) {
  const problem = findDestinationProblem(definition, settings, previous, {
    isOverrideAllowed: deps.isProviderBaseUrlAllowed,
    ...credentials,
  });
  if (problem) throw new AppError(problem.code, problem.message, [{ path: problem.path, message: problem.message }]);
}

async function getConnection(deps: IntegrationDeps, actor: Actor, provider: string) {
  const definition = getDefinition(provider);
  const connection = await findConnection(deps.db, actor.workspaceId, provider);
  if (!connection) throw new AppError('not_found', `${definition.displayName} is not connected in this workspace.`);
  return { definition, connection };
}

export async function testIntegration(deps: IntegrationDeps, actor: Actor, provider: string) {
  const { definition, connection } = await getConnection(deps, actor, provider);
  const connector = getConnector(definition);
  if (!connection.encryptedCredentials)
    throw new AppError('unprocessable', `${definition.displayName} has no stored credentials. Connect it again.`);
  // An address saved before the operator turned overrides off is not used either.
  assertDestinationAllowed(deps, definition, connection.settings, connection.settings, {
    hasStoredCredentials: true,
    hasFreshCredentials: false,
  });
  try {
    const result = await testWith(
      connector,
      JSON.parse(deps.encryptor.decrypt(connection.encryptedCredentials)),
      connection.settings,
      deps.now(),
    );
    if (connection.status === 'reauth_needed' || connection.status === 'inactive') {
      await updateConnection(
        deps.db,
        connection.id,
        { status: 'healthy', lastError: null, consecutiveFailures: 0 },
        deps.now(),
      );
    }
    return { ok: true as const, detail: result.detail };
  } catch (error) {
    if (error instanceof ProviderError && error.kind === 'auth') {
      await updateConnection(deps.db, connection.id, { status: 'reauth_needed', lastError: error.message }, deps.now());
    }
    throw providerProblem(definition, error);
  }
}

export async function startSync(deps: IntegrationDeps, actor: Actor, provider: string, mode: 'full' | 'incremental') {
  const { definition, connection } = await getConnection(deps, actor, provider);
  if (connection.status === 'disabled')
    throw new AppError('unprocessable', `${definition.displayName} is paused. Resume it to sync.`);
  if (connection.status === 'reauth_needed')
    throw new AppError('unprocessable', `${definition.displayName} needs new credentials before it can sync.`);
  // A run left behind by a dead worker would hold the queue until its job expires: stop it here.
  const now = deps.now();
  const stalled = await failStalledRuns(deps.db, connection.id, now, stalledRunError);
  if (stalled > 0) await deps.jobs.releaseStalledSync({ workspaceId: actor.workspaceId, provider });
  deps.jobs.enqueue('sync-connection', { workspaceId: actor.workspaceId, provider, mode, trigger: 'manual' });
  return getIntegration(deps, actor, provider);
}

export async function setPaused(deps: IntegrationDeps, actor: Actor, provider: string, isPaused: boolean) {
  const { connection } = await getConnection(deps, actor, provider);
  await updateConnection(
    deps.db,
    connection.id,
    isPaused ? { status: 'disabled' } : { status: 'healthy', nextSyncAt: deps.now() },
    deps.now(),
  );
  return getIntegration(deps, actor, provider);
}

export async function removeIntegration(deps: IntegrationDeps, actor: Actor, provider: string, purge: boolean) {
  const { connection } = await getConnection(deps, actor, provider);
  await deleteConnectionRow(deps.db, connection.id);
  if (purge) await purgeProviderData(deps.db, actor.workspaceId, provider);
}

export async function listSyncRuns(deps: IntegrationDeps, actor: Actor, provider: string) {
  const { connection } = await getConnection(deps, actor, provider);
  const now = deps.now();
  return (await listRuns(deps.db, [connection.id], 50)).map((run) =>
    toSyncRun(run, isRunStalled(run, connection, now)),
  );
}

export async function listQuarantined(deps: IntegrationDeps, actor: Actor, provider: string) {
  getDefinition(provider);
  const rows = await listQuarantine(deps.db, actor.workspaceId, provider);
  return rows.map((row) => ({
    id: row.id,
    provider: row.provider,
    externalId: row.externalId,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
  }));
}

export async function listUnmatched(deps: IntegrationDeps, actor: Actor) {
  const rows = await listUnmatchedCustomers(deps.db, actor.workspaceId);
  return rows.map((row) => ({
    id: row.id,
    provider: row.provider,
    externalId: row.externalId,
    label: row.label,
    email: row.email,
    domain: row.domain,
  }));
}

/** Links an unmatched provider customer to an account (created if new) and resyncs so its rows follow. */
export async function linkUnmatched(deps: IntegrationDeps, actor: Actor, id: string, companyDomain: string) {
  const customer = await findProviderCustomer(deps.db, actor.workspaceId, id);
  if (!customer) throw new AppError('not_found', `No unmatched record with id ${id} in this workspace.`);
  const domain = normalizeDomain(companyDomain);
  if (!domain)
    throw new AppError('validation_failed', `"${companyDomain}" is not a company domain (for example hooli.com).`);
  const account = await findOrCreateAccountByDomain(deps.db, actor.workspaceId, domain, customer.label);
  if (!account) throw new AppError('internal', 'The account could not be created.');
  await linkProviderCustomer(deps.db, customer.id, account.id, deps.now());
  deps.jobs.enqueue('sync-connection', {
    workspaceId: actor.workspaceId,
    provider: customer.provider,
    mode: 'full',
    trigger: 'manual',
  });
}
