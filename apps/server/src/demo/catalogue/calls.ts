import type { LifecycleStage } from '../demo-rows';
import type { Mood } from '../traits';
import type { Topic } from './topics';

export const callKinds = {
  customer: [
    'Quarterly business review',
    'Renewal planning call',
    'Technical deep-dive: middle-out tuning',
    'Executive sponsor sync',
    'Support follow-up',
  ],
  trial: ['Trial kickoff', 'Trial check-in', 'Technical validation', 'Pricing walkthrough'],
  prospect: ['Discovery call', 'Product demo', 'Security review'],
  churned: ['Exit interview', 'Win-back call'],
} as const satisfies Record<LifecycleStage, readonly string[]>;

export const nextSteps = [
  'send the SSO setup guide',
  'share a revised renewal quote',
  'send the EU residency roadmap',
  'file a rate-limit increase request',
  'share benchmark results on their sample data',
  'set up a working session with solutions engineering',
  'introduce them to the product manager for exports',
] as const;

/** One concrete detail per topic, so call notes read like notes rather than templates. */
export const callDetails: Record<Topic, readonly string[]> = {
  compression: [
    'They walked through compression ratios on their video archive; 4K footage compresses noticeably worse than logs.',
    'Their Weissman score on the log archive is holding at 4.8, and they want the same on medical images.',
  ],
  api_limits: [
    'Their nightly backfill peaks at about 1,400 requests a minute, well above the 600/min default limit.',
    'They showed a dashboard full of 429s from the ingestion service between 02:00 and 04:00 UTC.',
  ],
  sso: [
    'Security will not approve the wider rollout until SAML SSO with Okta is in place.',
    'IT wants SCIM deprovisioning before they add the contractors.',
  ],
  exports: [
    'Finance needs a monthly CSV export of job history, and the current export times out above 10,000 rows.',
    'The data team asked for Parquet exports straight into their warehouse bucket.',
  ],
  pricing: [
    'Procurement pushed back on the per-seat price for occasional users.',
    'They asked how a move to annual billing would change the discount.',
  ],
  latency: [
    'The Singapore team sees 700–900 ms per request and has mostly stopped using the dashboard.',
    'They want streaming compression from their Go services instead of batch uploads.',
  ],
  residency: [
    'Their DPO requires all processing and backups to stay in the EU (Frankfurt).',
    'Legal asked for the sub-processor list and the DPA before the renewal.',
  ],
  onboarding: [
    'The second business unit is ready to onboard but needs a rollout plan for 300 engineers.',
    'They asked for custom roles so contractors cannot see billing or API keys.',
  ],
};

export const callMoodLines: Record<Mood, readonly string[]> = {
  happy: [
    'They report a 40–60% drop in storage costs since moving the archive to middle-out.',
    'The team plans to roll the SDK out to two more business units next quarter.',
    'They asked about adding seats for the data science group.',
  ],
  neutral: [
    'Usage is steady and no blockers were raised.',
    'They are weighing a move from monthly to annual billing.',
    'Overall sentiment was positive but lukewarm; they want to see the roadmap.',
  ],
  unhappy: [
    'They are frustrated and said active usage has dropped over the last month.',
    'Their champion left last month and the new lead has not logged in yet.',
    'Renewal is at risk unless this is resolved before the end of the quarter.',
  ],
};

export const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
