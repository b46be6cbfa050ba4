export type ProviderKey = 'stripe' | 'salesbricks' | 'posthog' | 'hubspot' | 'attio' | 'salesforce' | 'github' | 'rss';

export type Provider = {
  key: ProviderKey;
  name: string;
  category: 'Billing & contracts' | 'Product usage' | 'CRM' | 'Releases';
  powers: string;
  sections: string[];
};

/** The provider catalog, with what each one feeds (from the product's Settings & Data spec). */
export const providers: Provider[] = [
  {
    key: 'salesbricks',
    name: 'Salesbricks',
    category: 'Billing & contracts',
    powers: 'Contracts, orders, trial metadata, deal stages and closed-lost reasons; renewal context for Health.',
    sections: ['Contracts', 'Convert', 'Pipeline', 'Re-engage', 'Health'],
  },
  {
    key: 'stripe',
    name: 'Stripe',
    category: 'Billing & contracts',
    powers: 'Subscriptions, invoices and payment state; MRR/ARR and trial detection.',
    sections: ['Contracts', 'Convert', 'Health', 'Customer Detail'],
  },
  {
    key: 'posthog',
    name: 'PostHog',
    category: 'Product usage',
    powers: 'Active-user counts, feature adoption and weekly usage trends.',
    sections: ['Health', 'Convert', 'Customer Detail'],
  },
  {
    key: 'attio',
    name: 'Attio',
    category: 'CRM',
    powers: 'Pipeline opportunities with stage changes written back to Attio.',
    sections: ['Pipeline'],
  },
  {
    key: 'hubspot',
    name: 'HubSpot',
    category: 'CRM',
    powers: 'Company enrichment — industry, size, location and custom fields — matched by domain.',
    sections: ['Customer Detail', 'Pipeline'],
  },
  {
    key: 'salesforce',
    name: 'Salesforce',
    category: 'CRM',
    powers: 'Optional opportunity source for Pipeline filtering.',
    sections: ['Pipeline'],
  },
  {
    key: 'github',
    name: 'GitHub',
    category: 'Releases',
    powers: 'Releases form the shipped-feature catalog matched against customer requests.',
    sections: ['Close the Loop', 'Re-engage'],
  },
  {
    key: 'rss',
    name: 'RSS / Atom changelog',
    category: 'Releases',
    powers: 'Changelog entries from any RSS or Atom feed join the shipped-feature catalog.',
    sections: ['Close the Loop', 'Re-engage'],
  },
];
