/**
 * What an account talks about. Each account has one main topic, so its signals, calls and emails
 * return to the same concern the way a real customer's do.
 */

export type Topic =
  'compression' | 'api_limits' | 'sso' | 'exports' | 'pricing' | 'latency' | 'residency' | 'onboarding';
export const topics: readonly Topic[] = [
  'compression',
  'api_limits',
  'sso',
  'exports',
  'pricing',
  'latency',
  'residency',
  'onboarding',
];

export const topicPhrases: Record<Topic, string> = {
  compression: 'compression ratios on their video archive',
  api_limits: 'API rate limits during nightly backfills',
  sso: 'the SSO/SAML rollout',
  exports: 'bulk exports timing out',
  pricing: 'pricing at renewal',
  latency: 'latency from their APAC region',
  residency: 'EU data residency',
  onboarding: 'onboarding the second business unit',
};
