import { describe, expect, it } from 'vitest';
import companiesPage from './fixtures/companies-page.json';
import { mapHubspotCompany } from './mapper';
import { hubspotCompanySchema, hubspotSettingsSchema } from './schemas';

const companies = companiesPage.results.map((company) => hubspotCompanySchema.parse(company));
const company = (index: number) => {
  const found = companies[index];
  if (!found) throw new Error(`fixture has no company ${index}`);
  return found;
};

describe('HubSpot mapper', () => {
  it('maps a company to its customer and an enrichment with custom properties', () => {
    const ref = { customerExternalId: '18342', domain: 'hooli.com', label: 'Hooli' };
    expect(mapHubspotCompany(company(0), ['tier', 'legacy_account_number', 'region'])).toEqual([
      { kind: 'customer', ref },
      {
        kind: 'enrichment',
        ref,
        externalId: '18342',
        properties: {
          tier: 'Enterprise',
          legacy_account_number: '00042',
          region: null,
          industry: 'COMPUTER_SOFTWARE',
          employees: 12000,
          annualRevenue: 250000000,
          city: 'Palo Alto',
          state: 'California',
          country: 'United States',
        },
      },
    ]);
  });

  it('falls back to the website for the domain and turns empty values into null', () => {
    const [customer, enrichment] = mapHubspotCompany(company(1), []);
    expect(customer?.ref).toEqual({ customerExternalId: '18343', domain: 'bachmanity.de', label: 'Bachmanity' });
    expect(enrichment).toMatchObject({
      kind: 'enrichment',
      properties: { industry: null, employees: null, annualRevenue: null, city: null, state: null, country: 'Germany' },
    });
  });

  it('leaves a company without domain or website unmatched, labelled by its id', () => {
    const [customer] = mapHubspotCompany(company(2), []);
    expect(customer?.ref).toEqual({ customerExternalId: '18344', domain: null, label: 'HubSpot company 18344' });
  });

  it('reads custom properties typed as a comma-separated list', () => {
    expect(hubspotSettingsSchema.parse({ customProperties: 'tier, region ,' })).toEqual({
      customProperties: ['tier', 'region'],
    });
    expect(hubspotSettingsSchema.parse({})).toEqual({ customProperties: [] });
    expect(hubspotSettingsSchema.safeParse({ customProperties: ['bad name'] }).success).toBe(false);
  });
});
