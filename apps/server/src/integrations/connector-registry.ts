import type { FieldError } from '../lib/errors';
import type { Connector, ConnectorContext, PageRequest, ProviderKey, SyncPage } from './connector';
import { hubspotConnector } from './hubspot/connector';
import { posthogConnector } from './posthog/connector';
import { salesbricksConnector } from './salesbricks/connector';
import { stripeConnector } from './stripe/connector';

/**
 * A connector with its credential and settings types erased: the engine hands it stored JSON and
 * the connector's own schemas parse it, so nothing outside the connector casts provider types.
 */
export type RuntimeConnector = {
  provider: ProviderKey;
  displayName: string;
  supportsIncremental: boolean;
  validate: (credentials: unknown, settings: unknown) => FieldError[];
  testConnection: (context: ConnectorContext<unknown, unknown>) => Promise<{ detail: string }>;
  fetchPage: (context: ConnectorContext<unknown, unknown>, request: PageRequest) => Promise<SyncPage>;
};

function toRuntime<Credentials, Settings>(connector: Connector<Credentials, Settings>): RuntimeConnector {
  const parse = (context: ConnectorContext<unknown, unknown>): ConnectorContext<Credentials, Settings> => ({
    ...context,
    credentials: connector.credentialsSchema.parse(context.credentials),
    settings: connector.settingsSchema.parse(context.settings),
  });
  return {
    provider: connector.provider,
    displayName: connector.displayName,
    supportsIncremental: connector.supportsIncremental,
    validate: (credentials, settings) => {
      const errors: FieldError[] = [];
      const credentialResult = connector.credentialsSchema.safeParse(credentials);
      if (!credentialResult.success) {
        for (const issue of credentialResult.error.issues)
          errors.push({ path: ['credentials', ...issue.path].join('.'), message: issue.message });
      }
      const settingsResult = connector.settingsSchema.safeParse(settings);
      if (!settingsResult.success) {
        for (const issue of settingsResult.error.issues)
          errors.push({ path: ['settings', ...issue.path].join('.'), message: issue.message });
      }
      return errors;
    },
    testConnection: (context) => connector.testConnection(parse(context)),
    fetchPage: (context, request) => connector.fetchPage(parse(context), request),
  };
}

/**
 * The connectors that exist. A provider in the catalog without an entry here is listed in
 * Settings as "coming soon" and counts as `provider_missing` for setup readiness.
 */
const runtimeConnectors = new Map<string, RuntimeConnector>(
  [
    toRuntime(stripeConnector),
    toRuntime(salesbricksConnector),
    toRuntime(posthogConnector),
    toRuntime(hubspotConnector),
  ].map((connector) => [connector.provider, connector]),
);

export function registerConnector<Credentials, Settings>(connector: Connector<Credentials, Settings>): void {
  runtimeConnectors.set(connector.provider, toRuntime(connector));
}

export function findConnector(provider: string): RuntimeConnector | undefined {
  return runtimeConnectors.get(provider);
}
