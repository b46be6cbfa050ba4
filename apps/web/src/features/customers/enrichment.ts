/** CRM enrichment (HubSpot company properties) turned into labelled facts for the panel. Pure. */
import type { CustomerDetail } from '@success/shared/customers';
import { formatNumber } from '../../lib/format';

export type Enrichment = NonNullable<CustomerDetail['enrichment']>;
export type EnrichmentFact = { key: string; label: string; value: string };

const providerLabels: Record<string, string> = { hubspot: 'HubSpot', salesforce: 'Salesforce', attio: 'Attio' };

export function getProviderLabel(provider: string): string {
  return providerLabels[provider.toLowerCase()] ?? humanizeKey(provider);
}

/** The properties the HubSpot mapper writes itself; everything else is a workspace custom property. */
const standardKeys = new Set([
  'industry',
  'employees',
  'annualRevenue',
  'city',
  'state',
  'country',
  'name',
  'domain',
  'website',
]);

/** "annual_revenue", "annualRevenue", "hs-lead-status" → "Annual revenue", "Hs lead status". */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : key;
}

/** "WIRELESS_AND_TELECOMMUNICATIONS" (HubSpot's industry enum) → "Wireless and telecommunications". */
export function formatIndustry(value: string): string {
  return /^[A-Z0-9_]+$/.test(value) ? humanizeKey(value.toLowerCase()) : value;
}

const compactFormatter = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

function present(value: string | number | null | undefined): value is string | number {
  return value !== null && value !== undefined && String(value).trim() !== '';
}

/** "Palo Alto, CA, United States"; null when no part is known. */
export function formatLocation(properties: Enrichment['properties']): string | null {
  const parts = [properties.city, properties.state, properties.country]
    .filter(present)
    .map((part) => String(part).trim());
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * The panel's facts: industry, size, annual revenue and location first (those present), then the
 * custom properties with a value, A→Z by label.
 */
export function getEnrichmentFacts(enrichment: Enrichment): { standard: EnrichmentFact[]; custom: EnrichmentFact[] } {
  const { properties } = enrichment;
  const standard: EnrichmentFact[] = [];
  if (present(properties.industry))
    standard.push({ key: 'industry', label: 'Industry', value: formatIndustry(String(properties.industry)) });
  if (present(properties.employees)) {
    const employees = Number(properties.employees);
    standard.push({
      key: 'employees',
      label: 'Company size',
      value: Number.isFinite(employees)
        ? `${formatNumber(employees)} ${employees === 1 ? 'employee' : 'employees'}`
        : String(properties.employees),
    });
  }
  if (present(properties.annualRevenue)) {
    const revenue = Number(properties.annualRevenue);
    standard.push({
      key: 'annualRevenue',
      label: 'Annual revenue',
      value: Number.isFinite(revenue) ? compactFormatter.format(revenue) : String(properties.annualRevenue),
    });
  }
  const location = formatLocation(properties);
  if (location) standard.push({ key: 'location', label: 'Location', value: location });

  const custom = Object.entries(properties)
    .filter(([key, value]) => !standardKeys.has(key) && present(value))
    .map(([key, value]) => ({
      key,
      label: humanizeKey(key),
      value: typeof value === 'number' ? formatNumber(value) : String(value),
    }))
    .toSorted((a, b) => a.label.localeCompare(b.label));
  return { standard, custom };
}
