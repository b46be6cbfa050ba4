import { describe, expect, it } from 'vitest';
import { formatIndustry, formatLocation, getEnrichmentFacts, getProviderLabel, humanizeKey } from './enrichment';

describe('enrichment facts', () => {
  it('orders the standard facts and formats them', () => {
    const { standard, custom } = getEnrichmentFacts({
      provider: 'hubspot',
      updatedAt: '2026-03-01T00:00:00Z',
      properties: {
        industry: 'COMPUTER_SOFTWARE',
        employees: 12500,
        annualRevenue: 2_400_000_000,
        city: 'Palo Alto',
        state: 'CA',
        country: 'United States',
        tier: 'Enterprise',
        hs_lead_status: null,
        renewalOwner: '',
        accountNumber: '00123',
      },
    });
    expect(standard).toEqual([
      { key: 'industry', label: 'Industry', value: 'Computer software' },
      { key: 'employees', label: 'Company size', value: '12,500 employees' },
      { key: 'annualRevenue', label: 'Annual revenue', value: '2.4B' },
      { key: 'location', label: 'Location', value: 'Palo Alto, CA, United States' },
    ]);
    // Empty custom values are left out; text keeps its leading zeros.
    expect(custom).toEqual([
      { key: 'accountNumber', label: 'Account number', value: '00123' },
      { key: 'tier', label: 'Tier', value: 'Enterprise' },
    ]);
  });

  it('skips what is missing', () => {
    const { standard, custom } = getEnrichmentFacts({
      provider: 'hubspot',
      updatedAt: '2026-03-01T00:00:00Z',
      properties: { country: 'Germany', employees: 1 },
    });
    expect(standard.map((fact) => fact.value)).toEqual(['1 employee', 'Germany']);
    expect(custom).toEqual([]);
    expect(formatLocation({})).toBeNull();
  });

  it('humanizes keys, industries and providers', () => {
    expect(humanizeKey('annualRevenue')).toBe('Annual revenue');
    expect(humanizeKey('hs_lead_status')).toBe('Hs lead status');
    expect(formatIndustry('Biotech')).toBe('Biotech');
    expect(getProviderLabel('hubspot')).toBe('HubSpot');
    expect(getProviderLabel('pipedrive')).toBe('Pipedrive');
  });
});
