import type { SignalType } from '../demo-rows';
import type { Topic } from './topics';

/** What customers say, by signal type and topic. */
export const signalTexts: Record<Exclude<SignalType, 'nps'>, Record<Topic, readonly string[]>> = {
  feature_request: {
    compression: [
      'Middle-out works great on logs, but we would love a preset tuned for 4K video footage.',
      'Could we pin a compression profile per bucket? Our medical images need lossless, our logs do not.',
    ],
    api_limits: [
      'Any chance the API rate limit can go above 600 requests/min? Our nightly backfill keeps hitting 429s.',
      'We need webhooks when a compression job finishes so we can stop polling the status endpoint.',
    ],
    sso: [
      "We'd love SAML SSO with Okta. Every engineer has a separate Pied Piper password and security keeps flagging it.",
      'SCIM provisioning from Azure AD would let us offboard people automatically.',
    ],
    exports: [
      'Can we get a bulk CSV export of compression job history? Finance reconciles storage savings every month.',
      'A Parquet export option would save us a whole ETL step.',
    ],
    pricing: [
      'Would you consider a usage-based tier? Half of our seats are occasional users.',
      'We need per-team cost allocation reports before finance will approve more seats.',
    ],
    latency: [
      'Please add an APAC region. Round trips from Singapore make the dashboard feel sluggish.',
      'A streaming SDK for Go would let us compress on the fly instead of batching uploads.',
    ],
    residency: [
      "Please add EU data residency. Our DPO won't approve more workloads until data stays in Frankfurt.",
      'We need an audit log API to hand our SOC 2 auditors evidence without screenshots.',
    ],
    onboarding: [
      'Custom roles please: contractors should not see billing or API keys.',
      'A Terraform provider would let us manage buckets and keys like the rest of our infrastructure.',
    ],
  },
  complaint: {
    compression: [
      'Compression jobs have been 3x slower since last Tuesday and nobody told us why.',
      'Our Weissman score dropped from 5.1 to 3.8 after the last release. Storage bill is up accordingly.',
    ],
    api_limits: [
      'We keep hitting API limits during peak hours; the 429s are breaking our ingestion pipeline.',
      'The rate limit is per org, not per key, so one noisy team starves everyone else.',
    ],
    sso: [
      'Without SSO we cannot roll this out to the rest of engineering. Security said no.',
      'Password resets are eating our IT helpdesk time. This should have been SSO from day one.',
    ],
    exports: [
      'Exporting anything over 10,000 rows times out. This is blocking our quarter-end reporting.',
      'The export button silently drops columns. We only noticed when the auditors did.',
    ],
    pricing: [
      "The price jump at renewal is hard to justify when we're only using about half our seats.",
      "The invoice doesn't match the seat count we agreed in the contract.",
    ],
    latency: [
      'Latency from ap-southeast is over 800 ms per request. Our Singapore team has basically stopped using it.',
      'Decompression on read adds 300 ms to every page load in our app. Customers are noticing.',
    ],
    residency: [
      'Legal flagged that backups are replicated to us-east. We were told everything stays in the EU.',
      'We still have no answer on where our data is processed. Procurement is holding the expansion.',
    ],
    onboarding: [
      'Support took four days to answer a P2 ticket. That is not what we pay enterprise for.',
      'Our onboarding contact changed three times in two months and we keep repeating ourselves.',
    ],
  },
  escalation: {
    compression: [
      'Sev-1: decompression returned corrupt chunks and production ingestion was down for two hours. VP Engineering escalated.',
    ],
    api_limits: [
      'CTO emailed directly: if the 429s during business hours are not fixed by month end they will evaluate Hooli Nucleus.',
    ],
    sso: [
      'Security team blocked new logins after an SSO misconfiguration exposed an admin account. Needs a call today.',
    ],
    exports: ['Quarter-end close is blocked: exports fail for every report over 50 MB. Their CFO is on the thread.'],
    pricing: ['Finance disputes the last two invoices and has paused payment until the seat count is corrected.'],
    latency: [
      'Their largest customer is threatening to churn over page loads; they want a latency fix date in writing.',
    ],
    residency: [
      'Legal escalation: data processed outside the EU in breach of the DPA. They want an incident report within 72 hours.',
    ],
    onboarding: ['Exec sponsor says the rollout has stalled for six weeks and is asking to talk to our CEO.'],
  },
  praise: {
    compression: [
      'Middle-out cut our storage bill by 62%. The CFO brought it up at the all-hands.',
      'Weissman score on our log archive went from 2.9 to 5.2. Genuinely magic.',
    ],
    api_limits: ['The new 2,000 req/min limit fixed our backfills overnight. Thank you!'],
    sso: ['SSO rollout went perfectly: 300 people onboarded on day one.'],
    exports: ['Support fixed our export issue within the hour. Huge thanks to the team.'],
    pricing: ['Annual billing with the multi-year discount made this an easy approval for finance.'],
    latency: ['The Go SDK is fantastic; we shipped the streaming integration in an afternoon.'],
    residency: ['EU residency was exactly what our DPO needed. Rolling out to the Berlin office next.'],
    onboarding: ['Onboarding was the smoothest vendor rollout we have had this year.'],
  },
  bug: {
    compression: ['Decompressing files over 4 GB fails with "checksum mismatch" on Python SDK 2.3.'],
    api_limits: ["API returns 500 instead of 429 when the rate limit is exceeded, so our retry logic doesn't kick in."],
    sso: ['SSO login loops back to the sign-in page on Safari 17.'],
    exports: ['The CSV export drops rows containing non-ASCII characters (é, ü) in file names.'],
    pricing: ['The billing page shows last month’s seat count after we added users.'],
    latency: ['Dashboard shows 0% compression ratio for jobs that clearly succeeded.'],
    residency: ['Region selector resets to us-east every time we create a bucket.'],
    onboarding: ['The usage chart double-counts weekends after the timezone change.'],
  },
  question: {
    compression: ['Is there a way to pin a compression profile per bucket?'],
    api_limits: ['How does the API rate limit work across multiple keys in the same org?'],
    sso: ['Do you support Okta SCIM or only SAML?'],
    exports: ['Can exports be scheduled to land in our S3 bucket every night?'],
    pricing: ['Can we move from monthly to annual billing mid-term and keep our discount?'],
    latency: ['Which region should we pick for a team split between London and Singapore?'],
    residency: ['Do you have a SOC 2 Type II report and a DPA we can share with our auditors?'],
    onboarding: ['Is there a recommended rollout plan for 500+ engineers?'],
  },
};

export const npsComments = {
  promoter: [
    'Best compression we have tested, and the team actually listens.',
    'Storage costs down by half. Easy 10.',
    'Rock-solid API and great support.',
    'Middle-out is the real deal. Recommended it to two other portfolio companies.',
  ],
  passive: [
    'Works well, but extra seats feel expensive.',
    'Good product; exports and SSO could be better.',
    'Solid, though latency from Europe could improve.',
    'Does what it says. The dashboard needs some love.',
  ],
  detractor: [
    'Too many API limit errors this quarter.',
    'We pay for all these seats and half the team never logs in.',
    'Slow support responses and a confusing invoice.',
    'Still waiting on SSO after six months.',
    'Exports time out constantly. Considering alternatives.',
  ],
} as const;
