/**
 * HubSpot companies → the customer (creates or links the account by domain) and its enrichment:
 * industry, size, revenue, location and the workspace's chosen custom properties. HubSpot sends
 * every value as a string; employees and revenue become numbers, custom values stay as sent (a
 * zip code or an id must not lose its leading zeros).
 */
import { normalizeDomain } from '@success/shared/domain';
import type { AccountRef, CanonicalRecord } from '../connector';
import type { HubspotCompany } from './schemas';

/** What we request for every company; custom properties are appended. */
export const hubspotStandardProperties = [
  'domain',
  'name',
  'website',
  'industry',
  'numberofemployees',
  'annualrevenue',
  'city',
  'state',
  'country',
] as const;

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function numberOrNull(value: string | null | undefined): number | null {
  const trimmed = text(value);
  if (trimmed === null) return null;
  const parsed = Number(trimmed.replace(/,/g, ''));
  return Number.isFinite(parsed) ? parsed : null;
}

export function hubspotAccountRef(company: HubspotCompany): AccountRef {
  const { properties } = company;
  const domain = normalizeDomain(properties.domain) ?? normalizeDomain(properties.website);
  return {
    customerExternalId: company.id,
    domain,
    label: text(properties.name) ?? domain ?? `HubSpot company ${company.id}`,
  };
}

export function mapHubspotCompany(company: HubspotCompany, customProperties: readonly string[]): CanonicalRecord[] {
  const ref = hubspotAccountRef(company);
  const { properties } = company;
  const custom = Object.fromEntries(customProperties.map((name) => [name, text(properties[name])]));
  return [
    { kind: 'customer', ref },
    {
      kind: 'enrichment',
      ref,
      externalId: company.id,
      properties: {
        ...custom,
        industry: text(properties.industry),
        employees: numberOrNull(properties.numberofemployees),
        annualRevenue: numberOrNull(properties.annualrevenue),
        city: text(properties.city),
        state: text(properties.state),
        country: text(properties.country),
      },
    },
  ];
}
