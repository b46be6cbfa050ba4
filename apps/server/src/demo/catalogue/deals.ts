export const lostReasons = [
  'Missing SSO/SAML',
  'Price too high',
  'Chose competitor (Hooli Nucleus)',
  'No budget this year',
  'Needed on-prem deployment',
  'Missing EU data residency',
  'Champion left the company',
  'Bulk export limits',
] as const;

export const openStages = ['Discovery', 'Demo', 'Proposal', 'Negotiation'] as const;
