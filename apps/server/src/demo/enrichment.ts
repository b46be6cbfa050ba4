/**
 * HubSpot-style company facts for the demo accounts, in the canonical shape the HubSpot mapper
 * writes (industry, employees, annual revenue, location, custom properties). Derived from the
 * domain alone, so the same account always gets the same facts; one account in four has none,
 * as when a CRM does not know a company.
 */
import type { DemoAccount } from './demo-rows';
import { hashSeed } from './random';

const industries = [
  'COMPUTER_SOFTWARE',
  'INFORMATION_TECHNOLOGY_AND_SERVICES',
  'FINANCIAL_SERVICES',
  'HOSPITAL_HEALTH_CARE',
  'RETAIL',
  'TELECOMMUNICATIONS',
  'MEDIA_PRODUCTION',
  'LOGISTICS_AND_SUPPLY_CHAIN',
];
const places: [string, string | null, string][] = [
  ['Palo Alto', 'CA', 'United States'],
  ['San Francisco', 'CA', 'United States'],
  ['New York', 'NY', 'United States'],
  ['Austin', 'TX', 'United States'],
  ['London', null, 'United Kingdom'],
  ['Berlin', null, 'Germany'],
  ['Amsterdam', null, 'Netherlands'],
  ['Toronto', 'ON', 'Canada'],
];
const tiers = ['Strategic', 'Growth', 'Scale', 'Long tail'];

export type DemoEnrichment = {
  accountDomain: string;
  provider: 'hubspot';
  externalId: string;
  properties: Record<string, string | number | null>;
};

export function demoEnrichment(account: DemoAccount): DemoEnrichment | null {
  const hash = hashSeed(account.domain);
  if (hash % 4 === 0) return null;
  const [city, state, country] = places[hash % places.length]!;
  const employees = [12, 45, 180, 650, 2_400, 12_000][hash % 6]!;
  return {
    accountDomain: account.domain,
    provider: 'hubspot',
    // Unique by construction: a hash of 100,000 domains would collide.
    externalId: `company-${account.domain}`,
    properties: {
      name: account.name,
      domain: account.domain,
      industry: industries[hash % industries.length]!,
      employees,
      annualRevenue: employees * 150_000,
      city,
      state,
      country,
      customer_tier: tiers[hash % tiers.length]!,
    },
  };
}
