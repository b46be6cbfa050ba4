import type { IntegrationField } from '@success/shared/integrations';
import type { ProviderKey } from './connector';

/**
 * Every provider the product knows, with what it powers and the fields its connection form asks
 * for. Whether a connector exists is decided by `connectors.ts`, not here.
 */
export type ProviderDefinition = {
  provider: ProviderKey;
  displayName: string;
  powers: string;
  credentialFields: IntegrationField[];
  settingFields: IntegrationField[];
  /** Settings typed as comma-separated text in the form and stored as string lists. */
  listSettingKeys: string[];
  /**
   * Settings besides `baseUrl` that decide where the credentials are sent (PostHog's host). They
   * follow the same rules as `baseUrl`: see `destination.ts`.
   */
  destinationSettingKeys: string[];
  /** Hosts that belong to the provider (`*.` matches subdomains): credentials may go there without an operator's opt-in. */
  officialHosts: string[];
};

const field = (
  key: string,
  label: string,
  options: Partial<Omit<IntegrationField, 'key' | 'label'>> = {},
): IntegrationField => ({
  key,
  label,
  isSecret: options.isSecret ?? false,
  isRequired: options.isRequired ?? false,
  placeholder: options.placeholder ?? null,
  help: options.help ?? null,
});

export const providerCatalog: ProviderDefinition[] = [
  {
    provider: 'stripe',
    displayName: 'Stripe',
    powers: 'Subscriptions, invoices, payment state and MRR/ARR for Contracts, Health and Convert.',
    credentialFields: [
      field('secretKey', 'Secret or restricted key', {
        isSecret: true,
        isRequired: true,
        placeholder: 'rk_live_… or sk_live_…',
        help: 'A restricted key with read access to customers, subscriptions, invoices and events is enough.',
      }),
      field('webhookSecret', 'Webhook signing secret', {
        isSecret: true,
        placeholder: 'whsec_…',
        help: 'Optional: lets Stripe push changes to /v3/rest/webhooks/stripe.',
      }),
    ],
    settingFields: [],
    listSettingKeys: [],
    destinationSettingKeys: [],
    officialHosts: ['api.stripe.com'],
  },
  {
    provider: 'salesbricks',
    displayName: 'Salesbricks',
    powers: 'Contracts, orders, trials, deal stages, renewals and closed-lost reasons.',
    credentialFields: [
      field('apiToken', 'API token', { isSecret: true, isRequired: true }),
      field('webhookSecret', 'Webhook signing secret', {
        isSecret: true,
        help: 'Optional: verifies webhooks sent to /v3/rest/webhooks/salesbricks.',
      }),
    ],
    settingFields: [],
    listSettingKeys: [],
    destinationSettingKeys: [],
    officialHosts: ['api.salesbricks.com'],
  },
  {
    provider: 'posthog',
    displayName: 'PostHog',
    powers: 'Active users, events and last activity per company for Health and Convert.',
    credentialFields: [
      field('personalApiKey', 'Personal API key', { isSecret: true, isRequired: true, placeholder: 'phx_…' }),
    ],
    settingFields: [
      field('projectId', 'Project id', { isRequired: true, placeholder: '12345' }),
      field('groupTypeIndex', 'Company group type index', {
        placeholder: '0',
        help: 'The group type that represents companies.',
      }),
      field('domainProperty', 'Group property holding the company domain', { placeholder: 'domain' }),
    ],
    listSettingKeys: [],
    destinationSettingKeys: ['host'],
    officialHosts: ['us.posthog.com', 'eu.posthog.com', 'app.posthog.com'],
  },
  {
    provider: 'hubspot',
    displayName: 'HubSpot',
    powers: 'Company enrichment on Customer Detail: industry, size, location, custom fields.',
    credentialFields: [
      field('accessToken', 'Private app access token', { isSecret: true, isRequired: true, placeholder: 'pat-na1-…' }),
    ],
    settingFields: [
      field('customProperties', 'Custom company properties', {
        placeholder: 'tier, region',
        help: 'Comma-separated internal property names to show on Customer Detail.',
      }),
    ],
    listSettingKeys: ['customProperties'],
    destinationSettingKeys: [],
    officialHosts: ['api.hubapi.com'],
  },
  {
    provider: 'attio',
    displayName: 'Attio',
    powers: 'Pipeline deals and stages, with drag-and-drop stage changes written back.',
    credentialFields: [field('accessToken', 'Access token', { isSecret: true, isRequired: true })],
    settingFields: [],
    listSettingKeys: [],
    destinationSettingKeys: [],
    officialHosts: ['api.attio.com'],
  },
  {
    provider: 'salesforce',
    displayName: 'Salesforce',
    powers: 'Opportunities as an optional Pipeline source.',
    credentialFields: [field('accessToken', 'Access token', { isSecret: true, isRequired: true })],
    settingFields: [field('instanceUrl', 'Instance URL', { isRequired: true })],
    listSettingKeys: [],
    destinationSettingKeys: ['instanceUrl'],
    officialHosts: ['*.my.salesforce.com'],
  },
  {
    provider: 'github',
    displayName: 'GitHub',
    powers: 'Releases as shipped features for Close the Loop.',
    credentialFields: [field('token', 'Token', { isSecret: true, isRequired: true })],
    settingFields: [
      field('repositories', 'Repositories', { isRequired: true, placeholder: 'owner/name, owner/other' }),
    ],
    listSettingKeys: ['repositories'],
    destinationSettingKeys: [],
    officialHosts: ['api.github.com'],
  },
  {
    provider: 'rss',
    displayName: 'RSS / Atom changelog',
    powers: 'Changelog entries as shipped features for Close the Loop.',
    credentialFields: [],
    settingFields: [field('feedUrl', 'Feed URL', { isRequired: true })],
    listSettingKeys: [],
    destinationSettingKeys: [],
    officialHosts: [],
  },
];

export function findProviderDefinition(provider: string): ProviderDefinition | undefined {
  return providerCatalog.find((definition) => definition.provider === provider);
}
