import { type FeedItem, type FeedType, feedTypes } from '@success/shared/customers';

/** Chip labels (plural) and the singular shown on each timeline entry. */
export const feedTypeLabels: Record<FeedType, { plural: string; singular: string }> = {
  call: { plural: 'Calls', singular: 'Call' },
  email: { plural: 'Emails', singular: 'Email' },
  project: { plural: 'Projects', singular: 'Project' },
  signal: { plural: 'Signals', singular: 'Signal' },
  contract_change: { plural: 'Contract changes', singular: 'Contract change' },
  payment: { plural: 'Payments', singular: 'Payment' },
  route: { plural: 'Routes', singular: 'Route' },
  tracking: { plural: 'Tracking', singular: 'Tracking' },
  note: { plural: 'Notes', singular: 'Note' },
};

/** "feature_request" → "Feature request". */
export function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1).toLowerCase() : value;
}

const subtypeLabels: Record<string, string> = {
  nps: 'NPS response',
  csat: 'CSAT response',
  bug: 'Bug report',
  feature_request: 'Feature request',
  payment_succeeded: 'Payment succeeded',
  payment_failed: 'Payment failed',
  payment_refunded: 'Payment refunded',
  refund: 'Refund',
  dispute: 'Dispute',
};

/**
 * The entry's headline. Signals and payment events come titled by their raw type ("Nps",
 * "Payment Succeeded"); those get a proper label, every other title is shown as written.
 */
export function getFeedTitle(item: Pick<FeedItem, 'type' | 'subtype' | 'title'>): string {
  const isRawSubtype = item.title.trim().toLowerCase() === item.subtype.replace(/_/g, ' ').toLowerCase();
  if ((item.type === 'signal' || item.type === 'payment') && (isRawSubtype || !item.title.trim())) {
    return subtypeLabels[item.subtype] ?? humanize(item.subtype);
  }
  return item.title;
}

const sourceLabels: Record<string, string> = {
  hubspot: 'HubSpot',
  salesbricks: 'Salesbricks',
  stripe: 'Stripe',
  slack: 'Slack',
  posthog: 'PostHog',
  intercom: 'Intercom',
  zendesk: 'Zendesk',
  gong: 'Gong',
  salesforce: 'Salesforce',
  linear: 'Linear',
  jira: 'Jira',
  typeform: 'Typeform',
  success: 'Success',
  csv: 'CSV import',
  survey: 'Survey',
  call: 'Call recording',
  email: 'Email',
  'demo-calls': 'Calls (demo)',
  'demo-projects': 'Projects (demo)',
};

export function getSourceLabel(source: string): string {
  return sourceLabels[source.toLowerCase()] ?? humanize(source);
}

/** Products a link can be "opened in"; other sources (a survey, a call recording) get a plain label. */
const products = new Set([
  'hubspot',
  'salesbricks',
  'stripe',
  'slack',
  'posthog',
  'intercom',
  'zendesk',
  'gong',
  'salesforce',
  'linear',
  'jira',
  'typeform',
]);

export function getSourceLinkLabel(source: string): string {
  return products.has(source.toLowerCase()) ? `Open in ${getSourceLabel(source)}` : 'Open link';
}

/** NPS bands: promoters 9–10, passives 7–8, detractors 0–6. */
export function getNpsBand(score: number): 'promoter' | 'passive' | 'detractor' {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

/** The `types` search param ("signal,call") as known types in timeline order; anything else is dropped. */
export function parseFeedTypes(value: unknown): FeedType[] {
  if (typeof value !== 'string') return [];
  const wanted = new Set(value.split(',').map((part) => part.trim().toLowerCase()));
  return feedTypes.filter((type) => wanted.has(type));
}

export function serializeFeedTypes(types: readonly FeedType[]): string | undefined {
  const ordered = feedTypes.filter((type) => types.includes(type));
  return ordered.length > 0 ? ordered.join(',') : undefined;
}

/** Adds or removes one type; removing the last one means "all types" again. */
export function toggleFeedType(current: readonly FeedType[], type: FeedType): FeedType[] {
  return current.includes(type)
    ? current.filter((item) => item !== type)
    : feedTypes.filter((item) => item === type || current.includes(item));
}
