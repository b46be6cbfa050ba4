import type { ProviderKeyName } from '@success/shared/integrations';

export type ProviderCategory = 'Billing & contracts' | 'Product usage' | 'CRM' | 'Releases';

export type ProviderMeta = {
  category: ProviderCategory;
  /** The Success sections the provider feeds. */
  sections: string[];
};

/** What the server's catalog does not say: how a provider is grouped and which sections it feeds. */
export const providerMeta: Record<ProviderKeyName, ProviderMeta> = {
  stripe: { category: 'Billing & contracts', sections: ['Contracts', 'Convert', 'Health', 'Customer Detail'] },
  salesbricks: {
    category: 'Billing & contracts',
    sections: ['Contracts', 'Convert', 'Pipeline', 'Re-engage', 'Health'],
  },
  posthog: { category: 'Product usage', sections: ['Health', 'Convert', 'Customer Detail'] },
  hubspot: { category: 'CRM', sections: ['Customer Detail', 'Pipeline'] },
  attio: { category: 'CRM', sections: ['Pipeline'] },
  salesforce: { category: 'CRM', sections: ['Pipeline'] },
  github: { category: 'Releases', sections: ['Close the Loop', 'Re-engage'] },
  rss: { category: 'Releases', sections: ['Close the Loop', 'Re-engage'] },
};

/** Display names for provider keys that arrive without one (Unmatched rows, readiness connectors). */
export const providerNames: Record<ProviderKeyName, string> = {
  stripe: 'Stripe',
  salesbricks: 'Salesbricks',
  posthog: 'PostHog',
  hubspot: 'HubSpot',
  attio: 'Attio',
  salesforce: 'Salesforce',
  github: 'GitHub',
  rss: 'RSS / Atom',
};

export function isProviderKey(value: string): value is ProviderKeyName {
  return value in providerNames;
}

export function getProviderName(provider: string): string {
  return isProviderKey(provider) ? providerNames[provider] : provider;
}
