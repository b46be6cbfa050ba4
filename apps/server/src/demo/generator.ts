/**
 * The Pied Piper demo dataset: a pure, deterministic generator of canonical rows.
 *
 * Every account draws from its own PRNG seeded by (seed, account index), so the output does not
 * depend on how accounts are batched, and 100,000 accounts can be streamed in chunks without
 * ever sitting in memory together. Rows carry the account's domain instead of an account id
 * (the loader maps domains to ids) and stable external ids, so the same seed and `now` always
 * produce the same dataset.
 */
import type { activityTypes, signalTypes } from '../db/schema';
import type { Discount, LineItem } from '../engines/ledger/types';
import { createRandom, hashSeed, type Random } from './random';

export type DemoOptions = {
  seed: number;
  /** How many accounts to generate. */
  accounts: number;
  /** The moment the dataset is "as of"; every date is relative to it. */
  now: Date;
  /** Days of daily usage per account with a product, ending the day before `now`. */
  usageDays: number;
};

export const demoDefaults = { seed: 42, accounts: 60, usageDays: 180 } as const;

/** Accounts per streamed batch: big enough for efficient inserts, small enough to keep memory flat. */
export const demoBatchSize = 500;

export type Currency = 'USD' | 'EUR' | 'GBP';
export type LifecycleStage = 'prospect' | 'trial' | 'customer' | 'churned';
/** The generator writes every signal type except commitments, which only arrive through the API. */
export type SignalType = Exclude<(typeof signalTypes)[number], 'commitment'>;
export type ActivityType = (typeof activityTypes)[number];
export type Sentiment = 'positive' | 'neutral' | 'negative';

export type DemoAccount = {
  domain: string;
  name: string;
  /** Always null: a logo comes only from the workspace's logo URL template, so no domain leaves the install. */
  logoUrl: string | null;
  primaryContactName: string;
  primaryContactEmail: string;
  ownerName: string;
  ownerEmail: string;
  isTracked: boolean;
  lifecycleStage: LifecycleStage;
};

export type DemoContact = {
  accountDomain: string;
  provider: 'hubspot';
  externalId: string;
  email: string;
  name: string;
  title: string;
};

export type DemoRevenueSource = {
  accountDomain: string;
  provider: 'stripe' | 'salesbricks';
  externalId: string;
  kind: 'subscription' | 'contract';
  productName: string;
  status: 'active' | 'past_due' | 'canceled' | 'trialing';
  currency: Currency;
  amountMinor: number;
  billingInterval: 'month' | 'year';
  intervalCount: number;
  seats: number;
  items: LineItem[];
  discounts: Discount[];
  trialStart: Date | null;
  trialEnd: Date | null;
  startDate: Date;
  currentPeriodEnd: Date;
  renewalDate: Date | null;
  endDate: Date | null;
  isCancelAtPeriodEnd: boolean;
  linkedExternalId: string | null;
  sourceUrl: string;
};

export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';

export type DemoInvoice = {
  accountDomain: string;
  /** The revenue source (same provider) this invoice bills. */
  revenueSourceExternalId: string;
  provider: 'stripe' | 'salesbricks';
  externalId: string;
  number: string;
  status: InvoiceStatus;
  currency: Currency;
  amountDueMinor: number;
  amountPaidMinor: number;
  taxMinor: number;
  issuedAt: Date;
  dueAt: Date;
  paidAt: Date | null;
  hostedUrl: string;
};

export type DemoPaymentEvent = {
  accountDomain: string;
  /** The invoice (same provider) the payment was for. */
  invoiceExternalId: string;
  provider: 'stripe' | 'salesbricks';
  externalId: string;
  type: 'payment_succeeded' | 'payment_failed' | 'refund' | 'dispute';
  amountMinor: number;
  currency: Currency;
  failureReason: string | null;
  occurredAt: Date;
};

export type DemoUsageDay = {
  accountDomain: string;
  provider: 'posthog';
  /** YYYY-MM-DD (UTC). */
  day: string;
  activeUsers: number;
  events: number;
  lastActivityAt: Date | null;
};

export type DemoSignal = {
  accountDomain: string;
  provider: 'signals';
  externalId: string;
  type: SignalType;
  sentiment: Sentiment;
  score: number | null;
  text: string;
  source: 'call' | 'support' | 'survey' | 'slack';
  evidenceUrl: string;
  occurredAt: Date;
};

export type DemoActivity = {
  accountDomain: string;
  provider: string;
  externalId: string;
  type: ActivityType;
  title: string;
  summary: string | null;
  actor: string | null;
  url: string | null;
  metadata: Record<string, unknown>;
  occurredAt: Date;
};

export type DealStatus = 'open' | 'won' | 'lost';

export type DemoDeal = {
  accountDomain: string;
  provider: 'salesbricks' | 'attio';
  externalId: string;
  name: string;
  stage: string;
  status: DealStatus;
  amountMinor: number;
  currency: Currency;
  /** YYYY-MM-DD. */
  closeDate: string;
  lostReason: string | null;
  ownerName: string;
};

export type DemoShippedFeature = {
  provider: 'github' | 'rss' | 'manual';
  externalId: string;
  title: string;
  description: string;
  url: string | null;
  shippedAt: Date;
};

export type DemoRequest = {
  accountDomain: string;
  provider: 'signals';
  externalId: string;
  title: string;
  text: string;
  status: 'open' | 'shipped' | 'closed';
  requestedAt: Date;
};

/** Every account-owned row for a contiguous range of accounts. */
export type DemoBatch = {
  accounts: DemoAccount[];
  contacts: DemoContact[];
  revenueSources: DemoRevenueSource[];
  invoices: DemoInvoice[];
  paymentEvents: DemoPaymentEvent[];
  usageDaily: DemoUsageDay[];
  signals: DemoSignal[];
  activities: DemoActivity[];
  deals: DemoDeal[];
  requests: DemoRequest[];
};

export type DemoDataset = DemoBatch & { shippedFeatures: DemoShippedFeature[] };

// ---------------------------------------------------------------------------------------------
// Cast and catalogues
// ---------------------------------------------------------------------------------------------

export type DemoOwner = { name: string; email: string };

/** The customer success team of Pied Piper; every account belongs to one of them. */
export const demoOwners: readonly DemoOwner[] = [
  { name: 'Monica Hall', email: 'monica@piedpiper.com' },
  { name: 'Jared Dunn', email: 'jared@piedpiper.com' },
  { name: 'Dinesh Chugtai', email: 'dinesh@piedpiper.com' },
  { name: 'Bertram Gilfoyle', email: 'gilfoyle@piedpiper.com' },
  { name: 'Richard Hendricks', email: 'richard@piedpiper.com' },
];

type Billing = 'stripe' | 'salesbricks' | 'both' | 'none';
type Trend = 'growing' | 'flat' | 'declining' | 'dark';
type Mood = 'happy' | 'neutral' | 'unhappy';
type StripeInterval = 'month' | 'quarter' | 'year';
type Conflict = 'amount' | 'renewal' | null;

/** Hand-written accounts from the show, so the demo opens on names people recognise. */
type UniverseAccount = {
  name: string;
  domain: string;
  contact?: readonly [name: string, title: string];
  owner: string;
  lifecycle: LifecycleStage;
  billing?: Billing;
  conflict?: Conflict;
  isPastDue?: boolean;
  isCancelAtPeriodEnd?: boolean;
  isTracked?: boolean;
  seats?: number;
  trend?: Trend;
  mood?: Mood;
  currency?: Currency;
  interval?: StripeInterval;
  /** Days from now to the renewal of the main revenue source. */
  renewalInDays?: number;
  termYears?: number;
  lostReason?: string;
};

const universe: readonly UniverseAccount[] = [
  {
    name: 'Hooli',
    domain: 'hooli.com',
    contact: ['Gavin Belson', 'CEO'],
    owner: 'Richard Hendricks',
    lifecycle: 'customer',
    billing: 'both',
    conflict: 'amount',
    seats: 1200,
    trend: 'declining',
    mood: 'unhappy',
    renewalInDays: 47,
  },
  {
    name: 'Raviga Capital',
    domain: 'raviga.com',
    contact: ['Laurie Bream', 'Managing Partner'],
    owner: 'Monica Hall',
    lifecycle: 'customer',
    billing: 'salesbricks',
    seats: 85,
    trend: 'flat',
    mood: 'happy',
    renewalInDays: 212,
    termYears: 2,
  },
  {
    name: 'Aviato',
    domain: 'aviato.com',
    contact: ['Erlich Bachman', 'Founder'],
    owner: 'Jared Dunn',
    lifecycle: 'customer',
    billing: 'stripe',
    isPastDue: true,
    seats: 14,
    trend: 'declining',
    mood: 'neutral',
    interval: 'month',
  },
  {
    name: 'Bachmanity',
    domain: 'bachmanity.com',
    contact: ['Nelson Bighetti', 'Co-founder'],
    owner: 'Jared Dunn',
    lifecycle: 'churned',
    billing: 'stripe',
    seats: 6,
    interval: 'month',
    lostReason: 'No budget this year',
  },
  {
    name: 'Endframe',
    domain: 'endframe.com',
    contact: ['Hayden Price', 'VP Engineering'],
    owner: 'Richard Hendricks',
    lifecycle: 'prospect',
    lostReason: 'Needed on-prem deployment',
  },
  {
    name: 'Nucleus Systems',
    domain: 'nucleus-systems.com',
    contact: ['Davis Blake', 'Director of Infrastructure'],
    owner: 'Bertram Gilfoyle',
    lifecycle: 'trial',
    billing: 'stripe',
    seats: 40,
    trend: 'growing',
    mood: 'happy',
  },
  {
    name: 'Bream-Hall',
    domain: 'bream-hall.com',
    contact: ['Ed Chen', 'Partner'],
    owner: 'Monica Hall',
    lifecycle: 'customer',
    billing: 'stripe',
    seats: 60,
    trend: 'growing',
    mood: 'happy',
    interval: 'year',
    renewalInDays: 83,
  },
  {
    name: 'Intersite',
    domain: 'intersite.com',
    owner: 'Dinesh Chugtai',
    lifecycle: 'customer',
    billing: 'both',
    seats: 240,
    trend: 'flat',
    mood: 'neutral',
    renewalInDays: 131,
  },
  {
    name: 'Maleant Data Systems',
    domain: 'maleant.com',
    owner: 'Bertram Gilfoyle',
    lifecycle: 'customer',
    billing: 'salesbricks',
    seats: 420,
    trend: 'flat',
    mood: 'neutral',
    renewalInDays: 19,
    termYears: 3,
  },
  {
    name: 'Sliceline',
    domain: 'sliceline.com',
    owner: 'Dinesh Chugtai',
    lifecycle: 'trial',
    billing: 'stripe',
    seats: 12,
    trend: 'declining',
    mood: 'neutral',
  },
  {
    name: 'Coleman-Blair',
    domain: 'coleman-blair.com',
    owner: 'Monica Hall',
    lifecycle: 'customer',
    billing: 'stripe',
    isCancelAtPeriodEnd: true,
    seats: 25,
    trend: 'declining',
    mood: 'unhappy',
    interval: 'month',
  },
  {
    name: 'Goolybib',
    domain: 'goolybib.com',
    owner: 'Jared Dunn',
    lifecycle: 'prospect',
    isTracked: false,
    lostReason: 'Missing SSO/SAML',
  },
  {
    name: 'Homicide Energy Drink',
    domain: 'homicidedrink.com',
    owner: 'Dinesh Chugtai',
    lifecycle: 'customer',
    billing: 'stripe',
    seats: 30,
    trend: 'dark',
    mood: 'unhappy',
    interval: 'quarter',
    currency: 'GBP',
  },
  {
    name: 'Tres Commas Tequila',
    domain: 'trescommas.com',
    contact: ['Russ Hanneman', 'Founder'],
    owner: 'Richard Hendricks',
    lifecycle: 'customer',
    billing: 'both',
    conflict: 'renewal',
    seats: 150,
    trend: 'growing',
    mood: 'happy',
    renewalInDays: 64,
  },
  {
    name: 'Russfest',
    domain: 'russfest.com',
    owner: 'Richard Hendricks',
    lifecycle: 'churned',
    billing: 'salesbricks',
    seats: 35,
    lostReason: 'Price too high',
  },
  {
    name: 'SeeFood Technologies',
    domain: 'seefood.com',
    contact: ['Jian Yang', 'CEO'],
    owner: 'Bertram Gilfoyle',
    lifecycle: 'trial',
    billing: 'salesbricks',
    seats: 20,
    trend: 'growing',
    mood: 'neutral',
  },
  {
    name: 'Optimoji',
    domain: 'optimoji.com',
    owner: 'Dinesh Chugtai',
    lifecycle: 'customer',
    billing: 'stripe',
    seats: 18,
    trend: 'flat',
    mood: 'happy',
    interval: 'month',
    currency: 'EUR',
  },
  {
    name: 'YaoNet',
    domain: 'yaonet.com',
    owner: 'Bertram Gilfoyle',
    lifecycle: 'prospect',
    lostReason: 'Chose competitor (Hooli Nucleus)',
  },
  {
    name: 'Eklow Labs',
    domain: 'eklowlabs.com',
    owner: 'Monica Hall',
    lifecycle: 'customer',
    billing: 'salesbricks',
    seats: 140,
    trend: 'growing',
    mood: 'happy',
    currency: 'EUR',
    renewalInDays: 288,
  },
];

/** Word lists for the rest of the book; domain slugs are checked for uniqueness at 100k accounts in tests. */
// prettier-ignore
const namePrefixes = [
  'Northwind', 'Tidewater', 'Bluefin', 'Cobalt', 'Granite', 'Summit', 'Redwood', 'Ironclad', 'Lumen', 'Vector',
  'Meridian', 'Halcyon', 'Keystone', 'Silverline', 'Brightpath', 'Quartz', 'Evergreen', 'Copperleaf', 'Harbor',
  'Pinnacle', 'Skyward', 'Driftwood', 'Beacon', 'Falcon', 'Horizon', 'Juniper', 'Kestrel', 'Larkspur', 'Mosaic',
  'Nimbus', 'Orchid', 'Pioneer', 'Quill', 'Riverstone', 'Sable', 'Tamarack', 'Umbra', 'Vantage', 'Willow', 'Zephyr',
  'Alder', 'Basalt', 'Cedar', 'Dune', 'Ember', 'Fjord', 'Glacier', 'Helix', 'Indigo', 'Jasper', 'Kinetic', 'Lattice',
  'Magnolia', 'Nova', 'Onyx', 'Prism', 'Radiant', 'Sequoia', 'Terra', 'Upland', 'Velvet', 'Wavelength', 'Aurora',
  'Bramble', 'Canyon', 'Corvid', 'Echo', 'Fathom', 'Gossamer', 'Hearth', 'Ivory', 'Juno', 'Kodiak', 'Lodestar',
  'Monarch', 'Nautilus', 'Obsidian', 'Parallax', 'Quasar', 'Rampart', 'Solstice', 'Trident', 'Unison', 'Verdant',
  'Wildflower', 'Xenon', 'Yarrow', 'Zenith', 'Atlas', 'Boreal',
] as const;

// prettier-ignore
const nameSuffixes = [
  'Analytics', 'Labs', 'Systems', 'Data', 'Cloud', 'Logistics', 'Health', 'Robotics', 'Software', 'Networks',
  'Security', 'Media', 'Payments', 'Bio', 'Energy', 'Dynamics', 'Works', 'Industries', 'Technologies', 'Solutions',
  'Insights', 'Foods', 'Mobility', 'Retail', 'Learning', 'Games', 'Studios', 'Freight', 'Telecom', 'Genomics', 'Maps',
  'Metrics', 'Commerce', 'AI', 'Devices', 'Logic', 'Platforms', 'Markets', 'Supply', 'Finance', 'Legal', 'Travel',
  'Imaging', 'Pharma', 'Aerospace',
] as const;

/** Later rounds through the prefix × suffix grid get a qualifier, then a number, so names never repeat. */
const nameQualifiers = ['', 'Group', 'International', 'Holdings', 'Global', 'Collective', 'Worldwide', 'Partners'];

// prettier-ignore
const firstNames = [
  'Ava', 'Liam', 'Sofia', 'Noah', 'Maya', 'Ethan', 'Priya', 'Lucas', 'Chloe', 'Mateo', 'Hana', 'Owen', 'Zara', 'Leo',
  'Ines', 'Arjun', 'Grace', 'Kenji', 'Nora', 'Diego', 'Amara', 'Felix', 'Leila', 'Samuel', 'Yuki', 'Omar', 'Clara',
  'Tomas', 'Aisha', 'Jonas', 'Elena', 'Ravi', 'Freya', 'Marcus', 'Mei', 'Hugo', 'Nadia', 'Caleb', 'Ingrid', 'Tariq',
  'Lucia', 'Oscar', 'Anya', 'Daniel', 'Sienna', 'Kwame', 'Julia', 'Bruno', 'Fatima', 'Henrik',
] as const;

// prettier-ignore
const lastNames = [
  'Nguyen', 'Patel', 'Garcia', 'Kim', 'Okafor', 'Schmidt', 'Rossi', 'Tanaka', 'Silva', 'Novak', 'Haddad', 'Larsen',
  'Moreau', 'Cohen', 'Ibrahim', 'Walsh', 'Fischer', 'Kowalski', 'Mendes', 'Sato', 'Andersen', 'Dubois', 'Reyes',
  'Chen', 'Murphy', 'Ito', 'Costa', 'Bergstrom', 'Mensah', 'Ortiz', 'Lindqvist', 'Shah', 'Brennan', 'Yamamoto',
  'Alvarez', 'Weber', 'Hughes', 'Khan', 'Popescu', 'Oyelaran',
] as const;

// prettier-ignore
const contactTitles = [
  'VP of Engineering', 'Head of Data Platform', 'CTO', 'Director of Infrastructure', 'Engineering Manager',
  'Staff Engineer', 'Procurement Lead', 'IT Director', 'Data Engineering Lead', 'Head of Product',
  'Platform Architect', 'Finance Manager',
] as const;

type Topic = 'compression' | 'api_limits' | 'sso' | 'exports' | 'pricing' | 'latency' | 'residency' | 'onboarding';
const topics: readonly Topic[] = [
  'compression',
  'api_limits',
  'sso',
  'exports',
  'pricing',
  'latency',
  'residency',
  'onboarding',
];

const topicPhrases: Record<Topic, string> = {
  compression: 'compression ratios on their video archive',
  api_limits: 'API rate limits during nightly backfills',
  sso: 'the SSO/SAML rollout',
  exports: 'bulk exports timing out',
  pricing: 'pricing at renewal',
  latency: 'latency from their APAC region',
  residency: 'EU data residency',
  onboarding: 'onboarding the second business unit',
};

const signalTexts: Record<Exclude<SignalType, 'nps'>, Record<Topic, readonly string[]>> = {
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

const npsComments = {
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

const openStages = ['Discovery', 'Demo', 'Proposal', 'Negotiation'] as const;

type ShippedSpec = {
  provider: DemoShippedFeature['provider'];
  title: string;
  description: string;
  slug: string;
  daysAgo: number;
  version?: string;
};

const shippedSpecs: readonly ShippedSpec[] = [
  {
    provider: 'github',
    title: 'Middle-out compression v2',
    slug: 'middle-out-v2',
    daysAgo: 12,
    version: 'v2.0.0',
    description: 'A rewritten middle-out engine: 18% better ratios on mixed workloads and 2x faster decompression.',
  },
  {
    provider: 'rss',
    title: 'SAML SSO',
    slug: 'saml-sso',
    daysAgo: 34,
    description: 'Single sign-on with any SAML 2.0 identity provider, including Okta, Azure AD and Google Workspace.',
  },
  {
    provider: 'rss',
    title: 'Bulk CSV export',
    slug: 'bulk-csv-export',
    daysAgo: 51,
    description: 'Export compression job history and usage of any size to CSV, streamed in the background.',
  },
  {
    provider: 'manual',
    title: 'EU data residency',
    slug: 'eu-data-residency',
    daysAgo: 77,
    description: 'Keep data, backups and processing in eu-central (Frankfurt) for workspaces that need it.',
  },
  {
    provider: 'github',
    title: 'Raised API rate limits (2,000 req/min)',
    slug: 'api-rate-limits',
    daysAgo: 23,
    version: 'v1.19.0',
    description:
      'Default API limit raised from 600 to 2,000 requests per minute, per key rather than per organisation.',
  },
  {
    provider: 'rss',
    title: 'SCIM user provisioning',
    slug: 'scim-provisioning',
    daysAgo: 18,
    description: 'Provision and deprovision users automatically from Okta and Azure AD with SCIM 2.0.',
  },
  {
    provider: 'github',
    title: 'Webhooks for compression jobs',
    slug: 'job-webhooks',
    daysAgo: 95,
    version: 'v1.16.0',
    description: 'Signed webhooks when a compression or decompression job starts, finishes or fails.',
  },
  {
    provider: 'rss',
    title: 'Audit log API',
    slug: 'audit-log-api',
    daysAgo: 63,
    description: 'Every admin action, key creation and export is now available through the audit log API.',
  },
  {
    provider: 'github',
    title: 'Parquet export',
    slug: 'parquet-export',
    daysAgo: 41,
    version: 'v1.18.0',
    description: 'Exports can now be written as Parquet files directly to S3 or GCS.',
  },
  {
    provider: 'manual',
    title: 'Role-based access control',
    slug: 'rbac',
    daysAgo: 120,
    description: 'Custom roles with granular permissions for billing, keys, buckets and exports.',
  },
  {
    provider: 'github',
    title: 'Streaming compression SDK for Go',
    slug: 'go-streaming-sdk',
    daysAgo: 88,
    version: 'go/v0.9.0',
    description: 'Compress and decompress streams on the fly from Go services, with back-pressure.',
  },
  {
    provider: 'rss',
    title: 'Video compression presets (4K)',
    slug: 'video-presets',
    daysAgo: 7,
    description: 'Tuned middle-out presets for 1080p and 4K video footage.',
  },
  {
    provider: 'github',
    title: 'Terraform provider',
    slug: 'terraform-provider',
    daysAgo: 150,
    version: 'terraform/v1.0.0',
    description: 'Manage buckets, keys and compression profiles as code.',
  },
  {
    provider: 'manual',
    title: 'Self-hosted deployment (beta)',
    slug: 'self-hosted-beta',
    daysAgo: 29,
    description: 'Run Pied Piper inside your own Kubernetes cluster, including air-gapped environments.',
  },
  {
    provider: 'rss',
    title: 'Cold-storage tiering',
    slug: 'cold-storage-tiering',
    daysAgo: 168,
    description: 'Automatically move compressed objects older than 90 days to cheaper cold storage.',
  },
];

/** Customer asks, worded the way people write them; the first ones echo shipped features, the rest do not. */
const requestCatalogue: readonly { title: string; text: string }[] = [
  {
    title: 'SAML single sign-on with Okta',
    text: 'We need SSO via SAML (Okta) before rolling out to the whole engineering org.',
  },
  {
    title: 'Bulk export of job history to CSV',
    text: 'Finance wants a CSV export of every compression job to reconcile savings each month.',
  },
  {
    title: 'Keep our data in the EU',
    text: 'Our DPO requires EU data residency (Frankfurt) for all processing and backups.',
  },
  { title: 'Higher API rate limits', text: 'Nightly backfills hit 429s at 600 requests/min; we need at least 1,500.' },
  {
    title: 'SCIM provisioning from Azure AD',
    text: 'Automatic user provisioning and offboarding via SCIM from Azure AD.',
  },
  {
    title: 'Webhook when a compression job finishes',
    text: 'Polling the job status endpoint is wasteful; a webhook on completion would fix it.',
  },
  { title: 'Audit logs for SOC 2', text: 'An API for audit logs so we can collect SOC 2 evidence automatically.' },
  { title: 'Export to Parquet', text: 'Write exports as Parquet straight to our S3 bucket.' },
  {
    title: 'Custom roles and permissions',
    text: 'Contractors should not see billing or API keys; we need granular roles.',
  },
  {
    title: 'Better compression presets for 4K video',
    text: 'Middle-out on raw 4K footage is good but a tuned preset would help a lot.',
  },
  {
    title: 'On-prem / self-hosted option',
    text: 'Some of our clients are air-gapped; we need to run Pied Piper on our own cluster.',
  },
  { title: 'Go SDK with streaming support', text: 'A streaming Go SDK so our services compress on the fly.' },
  { title: 'Native Snowflake connector', text: 'Compress and load straight into Snowflake without staging files.' },
  { title: 'Mobile app to monitor jobs', text: 'On-call engineers want to check failed jobs from their phones.' },
  { title: 'Dark mode for the dashboard', text: 'Half the team works at night; the dashboard is blinding.' },
  { title: 'HIPAA BAA', text: 'We cannot store patient imaging without a signed BAA.' },
  { title: 'Per-team cost allocation report', text: 'Break down storage savings and seats by team for chargeback.' },
  { title: 'Slack alerts for failed jobs', text: 'Post failed compression jobs to a Slack channel.' },
  { title: 'Brotli compatibility mode', text: 'Let legacy clients read compressed objects as Brotli.' },
  { title: 'Multi-region failover', text: 'Automatic failover to a second region if the primary is down.' },
  { title: 'APAC region (Singapore)', text: 'Latency from Singapore is too high; please add an APAC region.' },
  { title: 'Usage-based pricing tier', text: 'Occasional users should not cost a full seat.' },
];

const callKinds = {
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

const nextSteps = [
  'send the SSO setup guide',
  'share a revised renewal quote',
  'send the EU residency roadmap',
  'file a rate-limit increase request',
  'share benchmark results on their sample data',
  'set up a working session with solutions engineering',
  'introduce them to the product manager for exports',
] as const;

/** One concrete detail per topic, so call notes read like notes rather than templates. */
const callDetails: Record<Topic, readonly string[]> = {
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

const callMoodLines: Record<Mood, readonly string[]> = {
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

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;

const failureReasons = [
  ['card_declined', 5],
  ['insufficient_funds', 3],
  ['expired_card', 2],
  ['authentication_required', 1],
  ['processing_error', 1],
] as const;

const currencyRates: Record<Currency, number> = { USD: 1, EUR: 0.92, GBP: 0.79 };
/** The rates the demo's price books use, as the ledger's rates table stores them (units per USD). */
export const demoCurrencyRates = [
  { currency: 'EUR', rate: String(currencyRates.EUR) },
  { currency: 'GBP', rate: String(currencyRates.GBP) },
];
const currencySymbols: Record<Currency, string> = { USD: '$', EUR: '€', GBP: '£' };

const dayMs = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * dayMs);
}

function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 3_600_000);
}

/** Calendar months in UTC, clamping the day (Jan 31 + 1 month = Feb 28/29) like billing systems do. */
function addMonths(date: Date, months: number): Date {
  const target = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, date.getUTCHours(), date.getUTCMinutes()),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function earlier(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/** Converts a USD list price to the account's currency, rounded to whole units as price books are. */
function price(usdMinor: number, currency: Currency): number {
  return Math.max(100, Math.round((usdMinor * currencyRates[currency]) / 100) * 100);
}

export function formatMoney(minor: number, currency: Currency): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const major = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${currencySymbols[currency]}${major}.${String(abs % 100).padStart(2, '0')}`;
}

function lineTotal(items: readonly LineItem[]): number {
  let total = 0;
  for (const item of items) if (item.isRecurring && !item.isMetered) total += item.unitAmount * item.quantity;
  return total;
}

function discountAt(amount: number, discounts: readonly Discount[], at: Date): number {
  let off = 0;
  const t = at.getTime();
  for (const discount of discounts) {
    if (discount.startsAt && Date.parse(discount.startsAt) > t) continue;
    if (discount.endsAt && Date.parse(discount.endsAt) <= t) continue;
    off += discount.kind === 'percent' ? Math.round((amount * discount.value) / 100) : discount.value;
  }
  return Math.min(off, amount);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const base36 = (n: number, width: number) => n.toString(36).padStart(width, '0');

/** Ids look like the provider's own and are unique by construction (the account index is part of them). */
type Ids = {
  stripe: (prefix: string) => string;
  uuid: () => string;
  numeric: () => string;
  local: (prefix: string) => string;
};

function createIds(index: number, rng: Random): Ids {
  let seq = 0;
  const next = () => {
    const n = seq++;
    if (n >= 4096) throw new Error('demo generator: too many ids for one account');
    return n;
  };
  return {
    stripe: (prefix) => `${prefix}_1P${rng.chars(12)}${base36(index, 5)}${base36(next(), 3)}`,
    uuid: () => {
      const hex = rng.chars(19, '0123456789abcdef');
      const tail = (index * 4096 + next()).toString(16).padStart(12, '0');
      const variant = '89ab'.charAt(rng.int(0, 3));
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(12, 15)}-${variant}${hex.slice(15, 18)}-${tail}`;
    },
    numeric: () => String(10_000_000_000 + index * 4096 + next()),
    local: (prefix) => `${prefix}_${base36(index, 5)}${base36(next(), 3)}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Account identity
// ---------------------------------------------------------------------------------------------

export type DemoAccountIdentity = { name: string; domain: string };

const gridSize = namePrefixes.length * nameSuffixes.length;
/** A stride coprime with the grid size walks every prefix × suffix pair once, in a scrambled order. */
const gridStride = (() => {
  let stride = 7919;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  while (gcd(stride, gridSize) !== 1) stride += 2;
  return stride;
})();

/**
 * The name and domain of the account at `index`, cheap to compute on its own (tests check that
 * 100,000 of them are unique). The first accounts are the show's companies whatever the seed.
 */
export function describeDemoAccount(seed: number, index: number): DemoAccountIdentity {
  const known = universe[index];
  if (known) return { name: known.name, domain: known.domain };
  const j = index - universe.length;
  const offset = hashSeed(seed, 'names') % gridSize;
  const cell = (j * gridStride + offset) % gridSize;
  const round = Math.floor(j / gridSize);
  const prefix = namePrefixes[cell % namePrefixes.length] ?? 'Acme';
  const suffix = nameSuffixes[Math.floor(cell / namePrefixes.length)] ?? 'Labs';
  const qualifier = nameQualifiers[round % nameQualifiers.length] ?? '';
  const number = Math.floor(round / nameQualifiers.length);
  const name = [prefix, suffix, qualifier, number > 0 ? String(number + 1) : ''].filter(Boolean).join(' ');
  const tldRoll = hashSeed(seed, 'tld', cell) % 100;
  const tld = tldRoll < 68 ? '.com' : tldRoll < 88 ? '.io' : tldRoll < 95 ? '.ai' : '.co';
  const base = `${slug(prefix)}${slug(suffix)}`;
  const domain = `${base}${qualifier ? `-${slug(qualifier)}` : ''}${number > 0 ? String(number + 1) : ''}${tld}`;
  return { name, domain };
}

// ---------------------------------------------------------------------------------------------
// Per-account generation
// ---------------------------------------------------------------------------------------------

type Profile = {
  lifecycle: LifecycleStage;
  billing: Billing;
  conflict: Conflict;
  isPastDue: boolean;
  isCancelAtPeriodEnd: boolean;
  isTracked: boolean;
  seats: number;
  trend: Trend;
  mood: Mood;
  currency: Currency;
  interval: StripeInterval;
  renewalInDays: number | null;
  termYears: number | null;
  lostReason: string | null;
  hasUsage: boolean;
  taxRate: number;
};

function buildProfile(rng: Random, known: UniverseAccount | undefined): Profile {
  const lifecycle =
    known?.lifecycle ??
    rng.weighted<LifecycleStage>([
      ['customer', 74],
      ['trial', 10],
      ['prospect', 9],
      ['churned', 7],
    ]);
  let billing: Billing = 'none';
  if (lifecycle === 'customer') {
    billing = rng.weighted<Billing>([
      ['stripe', 48],
      ['salesbricks', 32],
      ['both', 20],
    ]);
  } else if (lifecycle === 'trial') {
    billing = rng.chance(0.8) ? 'stripe' : 'salesbricks';
  } else if (lifecycle === 'churned') {
    billing = rng.chance(0.6) ? 'stripe' : 'salesbricks';
  }
  if (known) billing = known.billing ?? (lifecycle === 'prospect' ? 'none' : billing);

  const trend =
    known?.trend ??
    rng.weighted<Trend>([
      ['growing', 25],
      ['flat', 45],
      ['declining', 20],
      ['dark', 10],
    ]);
  // Mood follows usage most of the time, so signals, NPS and usage tell one coherent story.
  const moodOdds: Record<Trend, readonly (readonly [Mood, number])[]> = {
    growing: [
      ['happy', 70],
      ['neutral', 25],
      ['unhappy', 5],
    ],
    flat: [
      ['happy', 35],
      ['neutral', 50],
      ['unhappy', 15],
    ],
    declining: [
      ['happy', 5],
      ['neutral', 30],
      ['unhappy', 65],
    ],
    dark: [
      ['happy', 5],
      ['neutral', 25],
      ['unhappy', 70],
    ],
  };
  const mood = known?.mood ?? rng.weighted(moodOdds[trend]);

  const isLarge = billing === 'salesbricks' || billing === 'both';
  const seatDraw =
    lifecycle === 'trial'
      ? rng.int(5, 40)
      : Math.round(Math.exp(isLarge ? rng.normal(4.1, 0.9) : rng.normal(3.0, 0.9)));
  const seats = known?.seats ?? Math.max(3, Math.min(2500, seatDraw));

  const currency =
    known?.currency ??
    (billing === 'salesbricks' || billing === 'both'
      ? rng.weighted<Currency>([
          ['USD', 92],
          ['EUR', 8],
        ])
      : rng.weighted<Currency>([
          ['USD', 84],
          ['EUR', 10],
          ['GBP', 6],
        ]));
  const interval =
    known?.interval ??
    rng.weighted<StripeInterval>([
      ['month', 55],
      ['quarter', 15],
      ['year', 30],
    ]);
  // Hand-written accounts get exactly the story written for them; only the others are drawn at random.
  const conflict: Conflict = known
    ? (known.conflict ?? null)
    : billing === 'both' && rng.chance(0.25)
      ? rng.chance(0.5)
        ? 'amount'
        : 'renewal'
      : null;
  const isPastDue = known
    ? (known.isPastDue ?? false)
    : lifecycle === 'customer' && rng.chance(mood === 'unhappy' ? 0.12 : 0.04);
  const isCancelAtPeriodEnd = known
    ? (known.isCancelAtPeriodEnd ?? false)
    : lifecycle === 'customer' && billing === 'stripe' && !isPastDue && rng.chance(mood === 'unhappy' ? 0.15 : 0.03);
  const taxRate =
    currency === 'GBP'
      ? 0.2
      : currency === 'EUR'
        ? // EU business customers are often reverse-charged, so only some invoices carry VAT.
          rng.chance(0.6)
          ? 0.19
          : 0
        : rng.chance(0.25)
          ? rng.pick([0.0625, 0.0725, 0.08875])
          : 0;
  return {
    lifecycle,
    billing,
    conflict,
    isPastDue,
    isCancelAtPeriodEnd,
    isTracked: known ? (known.isTracked ?? true) : rng.chance(0.95),
    seats,
    trend,
    mood,
    currency,
    interval,
    renewalInDays: known?.renewalInDays ?? null,
    termYears: known?.termYears ?? null,
    lostReason: known?.lostReason ?? null,
    // Some customers never installed product analytics: their health shows "usage missing".
    hasUsage: lifecycle === 'trial' || (lifecycle === 'customer' && (known !== undefined || rng.chance(0.92))),
    taxRate,
  };
}

type AccountContext = {
  index: number;
  rng: Random;
  ids: Ids;
  options: DemoOptions;
  now: Date;
  today: Date;
  account: DemoAccount;
  owner: DemoOwner;
  profile: Profile;
  contacts: DemoContact[];
  /** This account's payment events, kept aside so activities need not scan the whole batch. */
  payments: DemoPaymentEvent[];
  topic: Topic;
  batch: DemoBatch;
};

function emailLocal(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

function buildContacts(ctx: AccountContext, known: UniverseAccount | undefined): void {
  const { rng, account } = ctx;
  const count = rng.weighted([
    [1, 2],
    [2, 4],
    [3, 3],
    [4, 1],
  ] as const);
  const firsts = rng.sample(firstNames, count);
  const titles = rng.sample(contactTitles, count);
  for (let k = 0; k < count; k++) {
    let name = `${firsts[k] ?? 'Alex'} ${rng.pick(lastNames)}`;
    let title: string = titles[k] ?? 'Engineering Manager';
    if (k === 0 && known?.contact) [name, title] = known.contact;
    ctx.contacts.push({
      accountDomain: account.domain,
      provider: 'hubspot',
      externalId: ctx.ids.numeric(),
      email: `${emailLocal(name)}@${account.domain}`,
      name,
      title,
    });
  }
}

type SourcePlan = {
  productName: string;
  items: LineItem[];
  billingInterval: 'month' | 'year';
  intervalCount: number;
  months: number;
};

function stripePlan(rng: Random, seats: number, currency: Currency, interval: StripeInterval): SourcePlan {
  const tier =
    seats < 15
      ? rng.weighted([
          ['Starter', 60],
          ['Team', 40],
        ] as const)
      : seats <= 150
        ? rng.weighted([
            ['Team', 60],
            ['Business', 40],
          ] as const)
        : 'Business';
  const monthly = price({ Starter: 1900, Team: 4900, Business: 9900 }[tier], currency);
  const months = interval === 'month' ? 1 : interval === 'quarter' ? 3 : 12;
  // Quarterly saves 5%, yearly gets two months free: the usual SaaS price book.
  const perPeriod = (m: number) => (months === 1 ? m : months === 3 ? Math.round((m * 3 * 0.95) / 100) * 100 : m * 10);
  const billingInterval = interval === 'year' ? 'year' : 'month';
  const intervalCount = interval === 'quarter' ? 3 : 1;
  const item = (productName: string, unitAmount: number, quantity: number, isMetered = false): LineItem => ({
    productName,
    unitAmount,
    quantity,
    interval: billingInterval,
    intervalCount,
    isMetered,
    isRecurring: true,
  });
  const productName = `Pied Piper ${tier}`;
  const items = [item(`${productName} seat`, perPeriod(monthly), seats)];
  if (tier !== 'Starter' && rng.chance(0.18))
    items.push(item('Priority Support', perPeriod(price(19900, currency)), 1));
  if (rng.chance(0.2)) items.push(item('Cold storage (per TB)', price(2300, currency), rng.int(1, 40), true));
  return { productName, items, billingInterval, intervalCount, months };
}

function contractPlan(
  rng: Random,
  seats: number,
  currency: Currency,
  termYears: number,
  isUpfront: boolean,
): SourcePlan {
  const intervalCount = isUpfront ? termYears : 1;
  const item = (productName: string, unitAmount: number, quantity: number, isRecurring = true): LineItem => ({
    productName,
    unitAmount: unitAmount * intervalCount,
    quantity,
    interval: 'year',
    intervalCount,
    isMetered: false,
    isRecurring,
  });
  const items = [item('Enterprise platform seat', price(rng.int(48, 90) * 1000, currency), seats)];
  if (rng.chance(0.3)) items.push(item('Middle-Out Compression Boost', price(600000, currency), 1));
  if (seats > 200 && rng.chance(0.5)) items.push(item('Dedicated CSM', price(1200000, currency), 1));
  if (rng.chance(0.25)) items.push(item('Premium Support', price(480000, currency), 1));
  if (rng.chance(0.35)) {
    const fee = price(rng.int(5, 25) * 100000, currency);
    items.push({ ...item('Implementation services', fee, 1, false), unitAmount: fee });
  }
  return {
    productName: 'Pied Piper Enterprise',
    items,
    billingInterval: 'year',
    intervalCount,
    months: 12 * intervalCount,
  };
}

/** The next period boundary strictly after `now`, stepping from `start` by `months`. */
function nextBoundary(start: Date, months: number, now: Date): Date {
  let k = 1;
  let boundary = addMonths(start, months);
  while (boundary.getTime() <= now.getTime()) boundary = addMonths(start, months * ++k);
  return boundary;
}

type InvoiceSpec = {
  source: DemoRevenueSource;
  net: (at: Date) => number;
  /** Invoices from the newest backwards that are unpaid: 'open' first, then 'uncollectible'. */
  unpaidNewest: number;
  isUncollectibleLast: boolean;
};

function buildInvoices(ctx: AccountContext, spec: InvoiceSpec): void {
  const { rng, ids, now, profile, account } = ctx;
  const { source } = spec;
  const isStripe = source.provider === 'stripe';
  const months = source.billingInterval === 'year' ? 12 * source.intervalCount : source.intervalCount;
  const until = source.endDate && source.status === 'canceled' ? source.endDate : now;
  const starts: Date[] = [];
  for (let k = 0; k < 400; k++) {
    const periodStart = addMonths(source.startDate, months * k);
    if (periodStart.getTime() > now.getTime() || periodStart.getTime() >= until.getTime()) break;
    starts.push(periodStart);
  }
  const numberPrefix = isStripe ? rng.chars(8, '0123456789ABCDEF') : `SB-${base36(ctx.index, 5).toUpperCase()}`;
  starts.forEach((issuedAt, k) => {
    const fromNewest = starts.length - 1 - k;
    const externalId = isStripe ? ids.stripe('in') : ids.uuid();
    const net = spec.net(issuedAt);
    const taxMinor = Math.round(net * profile.taxRate);
    const amountDueMinor = net + taxMinor;
    // Stripe charges the card on issue; Salesbricks invoices are net 30 and paid by transfer.
    const dueAt = isStripe ? issuedAt : addDays(issuedAt, 30);
    let status: InvoiceStatus = 'paid';
    if (fromNewest < spec.unpaidNewest) status = fromNewest === 0 ? 'open' : 'uncollectible';
    if (fromNewest === 0 && spec.isUncollectibleLast) status = 'uncollectible';
    let paidAt: Date | null = null;
    if (status === 'paid') {
      const daysSince = Math.floor((now.getTime() - issuedAt.getTime()) / dayMs);
      if (isStripe) {
        // Stripe charges the card when the invoice is finalized.
        paidAt = earlier(new Date(issuedAt.getTime() + rng.int(1, 90) * 60_000), now);
      } else if (daysSince < 3 || (daysSince < 30 && rng.chance(0.5))) {
        // A recent net-30 invoice that has not been paid yet is simply open, not overdue.
        status = 'open';
      } else {
        paidAt = earlier(addHours(addDays(issuedAt, rng.int(3, Math.min(30, daysSince))), rng.int(0, 8)), now);
      }
    }
    const invoice: DemoInvoice = {
      accountDomain: account.domain,
      revenueSourceExternalId: source.externalId,
      provider: source.provider,
      externalId,
      number: `${numberPrefix}-${String(k + 1).padStart(4, '0')}`,
      status,
      currency: source.currency,
      amountDueMinor,
      amountPaidMinor: status === 'paid' ? amountDueMinor : 0,
      taxMinor,
      issuedAt,
      dueAt,
      paidAt,
      hostedUrl: isStripe
        ? `https://invoice.stripe.com/i/acct_1PiedPiper/${externalId}`
        : `https://app.salesbricks.com/invoices/${externalId}`,
    };
    ctx.batch.invoices.push(invoice);
    buildPayments(ctx, invoice);
  });
}

function pushPayment(ctx: AccountContext, event: DemoPaymentEvent): void {
  ctx.batch.paymentEvents.push(event);
  ctx.payments.push(event);
}

function buildPayments(ctx: AccountContext, invoice: DemoInvoice): void {
  const { rng, ids, now } = ctx;
  const isStripe = invoice.provider === 'stripe';
  const event = (
    type: DemoPaymentEvent['type'],
    amountMinor: number,
    occurredAt: Date,
    failureReason: string | null = null,
  ): DemoPaymentEvent => ({
    accountDomain: invoice.accountDomain,
    invoiceExternalId: invoice.externalId,
    provider: invoice.provider,
    externalId: isStripe ? ids.stripe(type === 'refund' ? 're' : type === 'dispute' ? 'dp' : 'ch') : ids.uuid(),
    type,
    amountMinor,
    currency: invoice.currency,
    failureReason,
    occurredAt,
  });
  if (invoice.status === 'paid' && invoice.paidAt) {
    // A card that fails once and succeeds on retry is common, and keeps "failed payments" from meaning "past due".
    if (isStripe && rng.chance(0.03)) {
      pushPayment(ctx, event('payment_failed', invoice.amountDueMinor, invoice.issuedAt, rng.weighted(failureReasons)));
    }
    pushPayment(ctx, event('payment_succeeded', invoice.amountPaidMinor, invoice.paidAt));
    if (rng.chance(0.004)) {
      const refundAt = addDays(invoice.paidAt, rng.int(3, 20));
      if (refundAt.getTime() <= now.getTime()) {
        const amount = Math.round((invoice.amountPaidMinor * rng.int(10, 50)) / 100);
        pushPayment(ctx, event('refund', amount, refundAt));
      }
    } else if (isStripe && rng.chance(0.0015)) {
      const disputeAt = addDays(invoice.paidAt, rng.int(10, 40));
      if (disputeAt.getTime() <= now.getTime()) {
        pushPayment(ctx, event('dispute', invoice.amountPaidMinor, disputeAt));
      }
    }
    return;
  }
  const isOverdue = invoice.dueAt.getTime() < now.getTime() - dayMs;
  if (invoice.status === 'open' && !isOverdue) return;
  // Dunning: Stripe's smart retries, or Salesbricks' soft-decline retries at +3/+7/+14 days.
  const attempts = isStripe ? [0, 3, 5, 7] : [0, 3, 7, 14];
  const reason = isStripe
    ? rng.weighted(failureReasons)
    : rng.pick(['ach_return', 'card_declined', 'insufficient_funds']);
  if (!isStripe && rng.chance(0.5)) return; // Many Salesbricks invoices are simply paid late by transfer, with no failed charge.
  for (const offset of attempts) {
    const at = addHours(addDays(invoice.dueAt, offset), rng.int(1, 6));
    if (at.getTime() > now.getTime()) break;
    pushPayment(ctx, event('payment_failed', invoice.amountDueMinor, at, reason));
  }
}

function buildDiscounts(rng: Random, startDate: Date, amountMinor: number, isContract: boolean): Discount[] {
  if (isContract) {
    return rng.chance(0.18)
      ? [{ kind: 'percent', value: rng.pick([5, 10, 12, 15]), startsAt: startDate.toISOString(), endsAt: null }]
      : [];
  }
  const roll = rng.next();
  if (roll < 0.16) {
    const isForever = rng.chance(0.5);
    return [
      {
        kind: 'percent',
        value: rng.pick([10, 15, 20, 25, 30, 50]),
        startsAt: startDate.toISOString(),
        endsAt: isForever ? null : addMonths(startDate, rng.pick([3, 6, 12])).toISOString(),
      },
    ];
  }
  if (roll < 0.21) {
    const value = Math.min(Math.round((amountMinor * 0.1) / 1000) * 1000 || 1000, Math.floor(amountMinor / 2));
    return value > 0 ? [{ kind: 'amount', value, startsAt: startDate.toISOString(), endsAt: null }] : [];
  }
  return [];
}

function buildRevenue(ctx: AccountContext): {
  start: Date | null;
  end: Date | null;
  renewal: Date | null;
  arrHint: number;
} {
  const { rng, ids, profile, today, now, account } = ctx;
  if (profile.billing === 'none') return { start: null, end: null, renewal: null, arrHint: 0 };
  const hour = rng.int(8, 20);
  const atHour = (date: Date) => addHours(startOfUtcDay(date), hour);
  const sources: DemoRevenueSource[] = [];
  const base = (provider: 'stripe' | 'salesbricks', plan: SourcePlan) => {
    const externalId = provider === 'stripe' ? ids.stripe('sub') : ids.uuid();
    return {
      accountDomain: account.domain,
      provider,
      externalId,
      kind: provider === 'stripe' ? ('subscription' as const) : ('contract' as const),
      productName: plan.productName,
      currency: profile.currency,
      amountMinor: lineTotal(plan.items),
      billingInterval: plan.billingInterval,
      intervalCount: plan.intervalCount,
      seats: profile.seats,
      items: plan.items,
      isCancelAtPeriodEnd: false,
      linkedExternalId: null,
      sourceUrl:
        provider === 'stripe'
          ? `https://dashboard.stripe.com/subscriptions/${externalId}`
          : `https://app.salesbricks.com/orders/${externalId}`,
    };
  };

  // Trials: no invoices yet; the trial end is the date that matters.
  if (profile.lifecycle === 'trial') {
    const provider = profile.billing === 'salesbricks' ? 'salesbricks' : 'stripe';
    const plan =
      provider === 'stripe'
        ? stripePlan(rng, profile.seats, profile.currency, 'month')
        : contractPlan(rng, profile.seats, profile.currency, 1, false);
    const trialStart = atHour(addDays(today, -rng.int(1, 20)));
    let trialEnd = addDays(trialStart, provider === 'stripe' ? rng.pick([14, 30]) : 30);
    if (trialEnd.getTime() <= now.getTime()) trialEnd = atHour(addDays(today, rng.int(1, 12)));
    const source: DemoRevenueSource = {
      ...base(provider, plan),
      status: 'trialing',
      discounts: [],
      trialStart,
      trialEnd,
      startDate: trialStart,
      currentPeriodEnd: trialEnd,
      renewalDate: trialEnd,
      endDate: null,
    };
    ctx.batch.revenueSources.push(source);
    return {
      start: trialStart,
      end: null,
      renewal: trialEnd,
      arrHint: Math.round(source.amountMinor * (12 / plan.months)),
    };
  }

  const isChurned = profile.lifecycle === 'churned';
  const status: DemoRevenueSource['status'] = isChurned ? 'canceled' : profile.isPastDue ? 'past_due' : 'active';
  const hasContract = profile.billing === 'salesbricks' || profile.billing === 'both';
  let contract: DemoRevenueSource | null = null;

  if (hasContract) {
    // Paired contracts stay on one-year terms so that, conflicts aside, both systems agree.
    const termYears =
      profile.termYears ??
      (profile.billing === 'both'
        ? 1
        : rng.weighted([
            [1, 60],
            [2, 25],
            [3, 15],
          ] as const));
    const isUpfront = termYears > 1 && profile.billing !== 'both' && rng.chance(0.15);
    const plan = contractPlan(rng, profile.seats, profile.currency, termYears, isUpfront);
    let termEnd: Date;
    if (isChurned) {
      termEnd = atHour(addDays(today, -rng.int(10, 170)));
    } else if (profile.isPastDue) {
      // Overdue net-30 invoice: the current billing year started 35–80 days ago.
      const periodStart = atHour(addDays(today, -rng.int(35, 80)));
      termEnd = addMonths(periodStart, 12 * (isUpfront ? termYears : rng.int(1, termYears)));
    } else {
      const offset = profile.renewalInDays ?? rng.int(1, Math.min(400, 365 * termYears));
      termEnd = atHour(addDays(today, offset));
    }
    const startDate = addMonths(termEnd, -12 * termYears);
    const contractStatus = status;
    const amountMinor = lineTotal(plan.items);
    const discounts = buildDiscounts(rng, startDate, amountMinor, true);
    contract = {
      ...base('salesbricks', plan),
      status: contractStatus,
      discounts,
      trialStart: null,
      trialEnd: null,
      startDate,
      currentPeriodEnd: isChurned ? termEnd : nextBoundary(startDate, plan.months, now),
      renewalDate: isChurned ? null : termEnd,
      endDate: termEnd,
    };
    sources.push(contract);
    if (profile.billing === 'salesbricks') {
      const c = contract;
      buildInvoices(ctx, {
        source: c,
        net: (at) => c.amountMinor - discountAt(c.amountMinor, c.discounts, at),
        unpaidNewest: profile.isPastDue ? 1 : 0,
        isUncollectibleLast: isChurned && rng.chance(0.3),
      });
      addContractActivities(ctx, c, termYears);
    }
  }

  if (profile.billing === 'stripe' || profile.billing === 'both') {
    let plan: SourcePlan;
    let startDate: Date;
    let currentPeriodEnd: Date;
    let endDate: Date | null = null;
    let seats = profile.seats;
    if (contract) {
      // Salesbricks pushes the order to Stripe for collection: same items minus one-time fees.
      seats = profile.conflict === 'amount' ? profile.seats + rng.int(3, 25) : profile.seats;
      plan = {
        productName: contract.productName,
        items: contract.items
          .filter((item) => item.isRecurring)
          .map((item) => (item.productName === 'Enterprise platform seat' ? { ...item, quantity: seats } : item)),
        billingInterval: 'year',
        intervalCount: 1,
        months: 12,
      };
      const shift = profile.conflict === 'renewal' ? rng.pick([-1, 1]) * rng.int(14, 45) : 0;
      startDate = addDays(contract.startDate, shift);
      currentPeriodEnd = isChurned ? addDays(contract.currentPeriodEnd, shift) : nextBoundary(startDate, 12, now);
      if (isChurned) endDate = currentPeriodEnd;
    } else {
      plan = stripePlan(rng, profile.seats, profile.currency, profile.interval);
      const periodDays = plan.months === 1 ? 30 : plan.months === 3 ? 91 : 365;
      if (isChurned) {
        endDate = atHour(addDays(today, -rng.int(10, 170)));
        const periods = plan.months === 12 ? rng.int(1, 3) : Math.ceil(rng.int(6, 30) / plan.months);
        startDate = addMonths(endDate, -plan.months * periods);
        currentPeriodEnd = endDate;
      } else {
        const offset = profile.isPastDue
          ? periodDays - rng.int(3, 25)
          : (profile.renewalInDays ?? rng.int(1, periodDays));
        const targetEnd = atHour(addDays(today, Math.max(1, offset)));
        const periods = plan.months === 12 ? rng.int(1, 4) : Math.ceil(rng.int(2, 30) / plan.months);
        startDate = addMonths(targetEnd, -plan.months * periods);
        // Calendar months are uneven; recompute so the period end is the first boundary after now.
        currentPeriodEnd = nextBoundary(startDate, plan.months, now);
        if (profile.isCancelAtPeriodEnd) endDate = currentPeriodEnd;
      }
    }
    const amountMinor = lineTotal(plan.items);
    const discounts = contract ? contract.discounts : buildDiscounts(rng, startDate, amountMinor, false);
    const subscription: DemoRevenueSource = {
      ...base('stripe', plan),
      seats,
      status,
      discounts,
      trialStart: null,
      trialEnd: null,
      startDate,
      currentPeriodEnd,
      renewalDate: isChurned ? null : currentPeriodEnd,
      endDate,
      isCancelAtPeriodEnd: profile.isCancelAtPeriodEnd && !isChurned,
    };
    if (contract) {
      subscription.linkedExternalId = contract.externalId;
      contract.linkedExternalId = subscription.externalId;
    }
    sources.push(subscription);
    const isMonthly = plan.months < 12;
    buildInvoices(ctx, {
      source: subscription,
      net: (at) => subscription.amountMinor - discountAt(subscription.amountMinor, subscription.discounts, at),
      unpaidNewest: profile.isPastDue ? (isMonthly && rng.chance(0.35) ? 2 : 1) : 0,
      isUncollectibleLast: isChurned && rng.chance(0.3),
    });
    if (contract) addContractActivities(ctx, contract, 1);
  }

  append(ctx.batch.revenueSources, sources);
  const main = contract ?? sources[0];
  if (!main) return { start: null, end: null, renewal: null, arrHint: 0 };
  const months = main.billingInterval === 'year' ? 12 * main.intervalCount : main.intervalCount;
  return {
    start: main.startDate,
    end: isChurned ? main.endDate : null,
    renewal: main.renewalDate,
    arrHint: Math.round(main.amountMinor * (12 / months)),
  };
}

function addContractActivities(ctx: AccountContext, contract: DemoRevenueSource, termYears: number): void {
  const { rng, ids, now, account, owner } = ctx;
  const windowStart = addDays(now, -180).getTime();
  const push = (title: string, summary: string, occurredAt: Date, metadata: Record<string, unknown>) => {
    const t = occurredAt.getTime();
    if (t < windowStart || t < contract.startDate.getTime() || t > now.getTime()) return;
    ctx.batch.activities.push({
      accountDomain: account.domain,
      provider: 'salesbricks',
      externalId: ids.uuid(),
      type: 'contract_change',
      title,
      summary,
      actor: owner.name,
      url: contract.sourceUrl,
      metadata: { orderId: contract.externalId, ...metadata },
      occurredAt,
    });
  };
  const value = formatMoney(contract.amountMinor, contract.currency);
  push(
    'Contract signed',
    `${account.name} signed a ${termYears}-year ${contract.productName} order for ${contract.seats} seats (${value} per billing period).`,
    contract.startDate,
    { orderType: 'STANDARD', seats: contract.seats },
  );
  if (contract.status !== 'canceled' && rng.chance(0.3)) {
    const before = Math.max(1, contract.seats - rng.int(2, Math.max(3, Math.round(contract.seats * 0.2))));
    push(
      'Seats increased',
      `Upgrade order closed: seats went from ${before} to ${contract.seats}.`,
      addDays(now, -rng.int(5, 170)),
      { orderType: 'UPGRADE', seatsBefore: before, seatsAfter: contract.seats },
    );
  }
  if (contract.renewalDate && contract.renewalDate.getTime() - now.getTime() < 90 * dayMs) {
    push(
      'Renewal order created',
      `Renewal order drafted for ${contract.renewalDate.toISOString().slice(0, 10)}; awaiting signature.`,
      addDays(now, -rng.int(1, 20)),
      { orderType: 'RENEWAL' },
    );
  }
  if (contract.status === 'canceled' && contract.endDate) {
    push('Contract ended', `${account.name} did not renew; the order ended without a renewal.`, contract.endDate, {
      orderType: 'STANDARD',
      ended: true,
    });
  }
}

function buildUsage(ctx: AccountContext, productStart: Date | null): void {
  const { profile, options, today, account } = ctx;
  if (!profile.hasUsage || options.usageDays <= 0) return;
  // Its own stream, so a longer or shorter usage window changes usage rows and nothing else.
  const rng = createRandom(hashSeed(options.seed, 'usage', ctx.index));
  const seats = profile.seats;
  const adoption =
    profile.mood === 'happy'
      ? rng.float(0.65, 0.95)
      : profile.mood === 'neutral'
        ? rng.float(0.45, 0.8)
        : rng.float(0.3, 0.65);
  const declineStart = rng.int(20, 75);
  const declineFloor = rng.float(0.12, 0.35);
  const darkSince = rng.int(10, 30);
  const eventsPerUser = rng.int(10, 40);
  const startTime = productStart ? startOfUtcDay(productStart).getTime() : 0;
  const isTrial = profile.lifecycle === 'trial';
  let lastActivityAt: Date | null = null;
  for (let d = options.usageDays; d >= 1; d--) {
    // Complete days only: the window ends the day before `now`, so no day reads as a partial drop.
    const dayStart = addDays(today, -d);
    let level = 1;
    if (isTrial) {
      const daysIn = (dayStart.getTime() - startTime) / dayMs;
      level = profile.trend === 'declining' ? Math.max(0.15, 1 - daysIn / 25) : Math.min(1, 0.3 + daysIn / 15);
    } else {
      switch (profile.trend) {
        case 'growing':
          level = 0.55 + 0.45 * (1 - Math.min(d, 180) / 180);
          break;
        case 'flat':
          break;
        case 'declining':
          level = d >= declineStart ? 1 : declineFloor + (1 - declineFloor) * (d / declineStart);
          break;
        case 'dark':
          level = d > darkSince ? 0.9 : 0;
          break;
      }
    }
    if (dayStart.getTime() < startTime) level = 0;
    const weekday = dayStart.getUTCDay();
    const weekend = weekday === 0 || weekday === 6 ? 0.3 : 1;
    const noise = 0.9 + rng.next() * 0.2;
    const activeUsers = Math.max(
      0,
      Math.min(Math.round(seats * 1.15), Math.round(seats * adoption * level * weekend * noise)),
    );
    if (activeUsers > 0) lastActivityAt = addHours(dayStart, 14 + rng.int(0, 9) + rng.next());
    ctx.batch.usageDaily.push({
      accountDomain: account.domain,
      provider: 'posthog',
      day: isoDay(dayStart),
      activeUsers,
      events: activeUsers * (eventsPerUser + rng.int(-5, 5)),
      lastActivityAt: activeUsers > 0 ? lastActivityAt : null,
    });
  }
}

function signalSource(rng: Random, type: SignalType): DemoSignal['source'] {
  if (type === 'nps') return 'survey';
  if (type === 'escalation') return rng.chance(0.6) ? 'support' : 'slack';
  return rng.weighted([
    ['call', 35],
    ['support', 35],
    ['slack', 25],
    ['survey', 5],
  ] as const);
}

function evidenceUrl(rng: Random, source: DemoSignal['source'], externalId: string): string {
  switch (source) {
    case 'call':
      return `https://calls.piedpiper.com/recordings/${externalId}`;
    case 'support':
      return `https://piedpiper.zendesk.com/agent/tickets/${rng.int(10_000, 99_999)}`;
    case 'slack':
      return `https://piedpiper.slack.com/archives/C04PIEDPIPER/p${rng.int(1_600_000_000, 1_790_000_000)}${rng.int(100_000, 999_999)}`;
    case 'survey':
      return `https://piedpiper.typeform.com/to/nps#response=${externalId}`;
  }
}

function buildSignals(ctx: AccountContext, window: { from: Date; to: Date }): void {
  const { rng, ids, profile, account } = ctx;
  const base = { customer: rng.int(0, 4), trial: rng.int(0, 2), prospect: rng.int(0, 1), churned: rng.int(1, 3) }[
    profile.lifecycle
  ];
  const count = base + (profile.mood === 'unhappy' && profile.lifecycle === 'customer' ? rng.int(1, 2) : 0);
  const typeOdds: Record<Mood, readonly (readonly [SignalType, number])[]> = {
    happy: [
      ['praise', 30],
      ['nps', 25],
      ['feature_request', 30],
      ['bug', 10],
      ['question', 5],
    ],
    neutral: [
      ['feature_request', 30],
      ['nps', 20],
      ['bug', 20],
      ['question', 10],
      ['praise', 10],
      ['complaint', 10],
    ],
    unhappy: [
      ['complaint', 30],
      ['escalation', 15],
      ['nps', 20],
      ['bug', 20],
      ['feature_request', 15],
    ],
  };
  const span = Math.max(1, (window.to.getTime() - window.from.getTime()) / dayMs);
  for (let k = 0; k < count; k++) {
    const type = rng.weighted(typeOdds[profile.mood]);
    const topic = rng.chance(0.6) ? ctx.topic : rng.pick(topics);
    // Bad news clusters near the present for unhappy accounts, which is what makes them urgent.
    const recency = profile.mood === 'unhappy' && type !== 'praise' ? rng.next() ** 2 : rng.next();
    const occurredAt = new Date(window.to.getTime() - recency * span * dayMs - rng.int(1, 20) * 3_600_000);
    const externalId = ids.local('sig');
    const source = signalSource(rng, type);
    let text: string;
    let score: number | null = null;
    let sentiment: Sentiment;
    if (type === 'nps') {
      score = profile.mood === 'happy' ? rng.int(8, 10) : profile.mood === 'neutral' ? rng.int(6, 9) : rng.int(0, 6);
      sentiment = score >= 9 ? 'positive' : score >= 7 ? 'neutral' : 'negative';
      const band = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
      text = `NPS ${score}: ${rng.pick(npsComments[band])}`;
    } else {
      text = rng.pick(signalTexts[type][topic]);
      sentiment =
        type === 'praise'
          ? 'positive'
          : type === 'complaint' || type === 'escalation' || type === 'bug'
            ? 'negative'
            : type === 'feature_request' && profile.mood === 'unhappy'
              ? 'negative'
              : 'neutral';
    }
    ctx.batch.signals.push({
      accountDomain: account.domain,
      provider: 'signals',
      externalId,
      type,
      sentiment,
      score,
      text,
      source,
      evidenceUrl: evidenceUrl(rng, source, externalId),
      occurredAt,
    });
  }
}

function buildActivities(ctx: AccountContext, window: { from: Date; to: Date }): void {
  const { rng, ids, profile, account, owner, contacts, now } = ctx;
  const span = Math.max(1, (window.to.getTime() - window.from.getTime()) / dayMs);
  const when = () => new Date(window.to.getTime() - rng.next() * span * dayMs);
  const calls = { customer: rng.int(1, 4), trial: rng.int(1, 3), prospect: rng.int(0, 2), churned: rng.int(0, 1) }[
    profile.lifecycle
  ];
  for (let k = 0; k < calls; k++) {
    const contact = rng.pick(contacts);
    const kind = rng.pick(callKinds[profile.lifecycle]);
    const occurredAt = when();
    const others = rng.int(0, 3);
    const topicKey = rng.chance(0.7) ? ctx.topic : rng.pick(topics);
    const summary = [
      `${owner.name} met with ${contact.name} (${contact.title})${others > 0 ? ` and ${others} ${others === 1 ? 'other' : 'others'}` : ''} from ${account.name}.`,
      rng.pick(callDetails[topicKey]),
      rng.pick(callMoodLines[profile.mood]),
      `Next step: ${owner.name.split(' ')[0] ?? owner.name} to ${rng.pick(nextSteps)} by ${rng.pick(weekdays)}.`,
    ].join(' ');
    const externalId = ids.local('call');
    ctx.batch.activities.push({
      accountDomain: account.domain,
      provider: 'demo-calls',
      externalId,
      type: 'call',
      title: `${kind} with ${account.name}`,
      summary,
      actor: owner.name,
      url: `https://calls.piedpiper.com/recordings/${externalId}`,
      metadata: { durationMinutes: rng.pick([15, 25, 30, 45, 60]), attendees: others + 2 },
      occurredAt,
    });
  }

  const emails = rng.int(profile.lifecycle === 'prospect' ? 0 : 1, 4);
  for (let k = 0; k < emails; k++) {
    const contact = rng.pick(contacts);
    const isInbound = rng.chance(0.4);
    const topic = topicPhrases[rng.chance(0.6) ? ctx.topic : rng.pick(topics)];
    const subject = isInbound
      ? rng.pick([`Question about ${topic}`, `Re: ${topic}`, 'Re: Renewal quote', 'Seat count for next year'])
      : rng.pick([
          `Follow-up: ${topic}`,
          `Your monthly compression report`,
          `Renewal quote for ${account.name}`,
          `Recap of our call`,
          `New: middle-out compression v2`,
        ]);
    const externalId = ids.numeric();
    ctx.batch.activities.push({
      accountDomain: account.domain,
      provider: 'hubspot',
      externalId,
      type: 'email',
      title: subject,
      summary: isInbound
        ? `${contact.name} wrote to ${owner.name} about ${topic}.`
        : `${owner.name} emailed ${contact.name} about ${topic}.`,
      actor: isInbound ? contact.name : owner.name,
      url: `https://app.hubspot.com/contacts/4815162342/record/0-1/${externalId}`,
      metadata: { direction: isInbound ? 'inbound' : 'outbound', to: isInbound ? owner.email : contact.email },
      occurredAt: when(),
    });
  }

  if (profile.lifecycle === 'customer' || profile.lifecycle === 'trial') {
    const projects = rng.int(0, 2);
    const projectTitles = [
      'Onboarding: migrate archive to middle-out v2',
      'SSO rollout',
      'Data residency migration to eu-central',
      'API key rotation and rate-limit review',
      'Export pipeline to the data warehouse',
      'Executive business review prep',
    ];
    for (let k = 0; k < projects; k++) {
      const status = rng.weighted([
        ['in_progress', 5],
        ['done', 4],
        ['blocked', profile.mood === 'unhappy' ? 4 : 1],
      ] as const);
      const occurredAt = when();
      ctx.batch.activities.push({
        accountDomain: account.domain,
        provider: 'demo-projects',
        externalId: ids.local('proj'),
        type: 'project',
        title: rng.pick(projectTitles),
        summary: {
          in_progress: 'On track; next milestone is the pilot team sign-off.',
          done: 'Completed and handed over to the customer team.',
          blocked: `Blocked on ${topicPhrases[ctx.topic]}; waiting on Pied Piper engineering.`,
        }[status],
        actor: owner.name,
        url: null,
        metadata: { status, dueDate: isoDay(addDays(occurredAt, rng.int(7, 45))) },
        occurredAt,
      });
    }
  }

  // Payment activity worth a CSM's attention: failures, refunds, disputes and the latest payment.
  const windowStart = addDays(now, -180).getTime();
  const payments = ctx.payments.filter((p) => p.occurredAt.getTime() >= windowStart && p.provider === 'stripe');
  const latestSuccess = payments.filter((p) => p.type === 'payment_succeeded').at(-1);
  for (const payment of payments) {
    if (payment.type === 'payment_succeeded' && payment !== latestSuccess) continue;
    const amount = formatMoney(payment.amountMinor, payment.currency);
    const title = {
      payment_succeeded: `Payment received: ${amount}`,
      payment_failed: `Payment failed: ${amount} (${payment.failureReason ?? 'unknown'})`,
      refund: `Refund issued: ${amount}`,
      dispute: `Payment disputed: ${amount}`,
    }[payment.type];
    ctx.batch.activities.push({
      accountDomain: account.domain,
      provider: 'stripe',
      externalId: ids.stripe('evt'),
      type: 'payment_event',
      title,
      summary: null,
      actor: null,
      url: `https://dashboard.stripe.com/payments/${payment.externalId}`,
      metadata: {
        paymentExternalId: payment.externalId,
        invoiceExternalId: payment.invoiceExternalId,
        amountMinor: payment.amountMinor,
        currency: payment.currency,
      },
      occurredAt: payment.occurredAt,
    });
  }
}

function buildDeals(ctx: AccountContext, revenue: { start: Date | null; end: Date | null; arrHint: number }): void {
  const { rng, ids, profile, account, owner, today } = ctx;
  const listArr = () =>
    Math.max(500_000, Math.round((profile.seats * price(4900 * 12, profile.currency)) / 100_000) * 100_000);
  const deal = (
    provider: DemoDeal['provider'],
    name: string,
    stage: string,
    status: DealStatus,
    amountMinor: number,
    closeDate: Date,
    lostReason: string | null = null,
  ) => {
    ctx.batch.deals.push({
      accountDomain: account.domain,
      provider,
      externalId: ids.uuid(),
      name: `${account.name} — ${name}`,
      stage,
      status,
      amountMinor,
      currency: profile.currency,
      closeDate: isoDay(closeDate),
      lostReason,
      ownerName: owner.name,
    });
  };
  const provider = () => (rng.chance(0.55) ? 'attio' : 'salesbricks');
  const lostReason = () => profile.lostReason ?? rng.pick(lostReasons);
  const openStage = (stages: readonly string[]) => rng.pick(stages);

  switch (profile.lifecycle) {
    case 'prospect': {
      if (profile.lostReason || rng.chance(0.35)) {
        // Re-engage reads Salesbricks closed-lost orders, so most losses live there.
        deal(
          rng.chance(0.75) ? 'salesbricks' : 'attio',
          'New business',
          'Closed Lost',
          'lost',
          listArr(),
          addDays(today, -rng.int(20, 400)),
          lostReason(),
        );
      }
      if (!profile.lostReason || rng.chance(0.3)) {
        deal(provider(), 'New business', openStage(openStages), 'open', listArr(), addDays(today, rng.int(10, 120)));
      }
      break;
    }
    case 'trial': {
      if (rng.chance(0.85)) {
        deal(
          provider(),
          'Trial conversion',
          openStage(['Demo', 'Proposal', 'Negotiation']),
          'open',
          Math.round(revenue.arrHint) || listArr(),
          addDays(today, rng.int(5, 45)),
        );
      }
      break;
    }
    case 'customer': {
      if (revenue.start)
        deal(provider(), 'New business', 'Closed Won', 'won', Math.round(revenue.arrHint), revenue.start);
      if (rng.chance(profile.mood === 'happy' ? 0.45 : 0.2)) {
        deal(
          provider(),
          'Expansion',
          openStage(openStages),
          'open',
          Math.round((revenue.arrHint * rng.float(0.15, 0.6)) / 100) * 100,
          addDays(today, rng.int(10, 150)),
        );
      }
      if (rng.chance(0.12)) {
        deal(
          rng.chance(0.7) ? 'salesbricks' : 'attio',
          'Expansion',
          'Closed Lost',
          'lost',
          Math.round((revenue.arrHint * rng.float(0.2, 0.5)) / 100) * 100,
          addDays(today, -rng.int(15, 300)),
          lostReason(),
        );
      }
      break;
    }
    case 'churned': {
      if (revenue.start)
        deal(provider(), 'New business', 'Closed Won', 'won', Math.round(revenue.arrHint), revenue.start);
      if (revenue.end && (profile.lostReason || rng.chance(0.7))) {
        deal(
          rng.chance(0.75) ? 'salesbricks' : 'attio',
          'Renewal',
          'Closed Lost',
          'lost',
          Math.round(revenue.arrHint),
          revenue.end,
          lostReason(),
        );
      }
      break;
    }
  }
}

function buildRequests(ctx: AccountContext): void {
  const { rng, ids, profile, account, today } = ctx;
  const count =
    profile.lifecycle === 'prospect'
      ? rng.weighted([
          [0, 7],
          [1, 3],
        ] as const)
      : rng.weighted([
          [0, 4],
          [1, 4],
          [2, 2],
        ] as const);
  for (const request of rng.sample(requestCatalogue, count)) {
    ctx.batch.requests.push({
      accountDomain: account.domain,
      provider: 'signals',
      externalId: ids.local('req'),
      title: request.title,
      text: request.text,
      status: rng.chance(0.88) ? 'open' : 'closed',
      requestedAt: addHours(addDays(today, -rng.int(20, 365)), rng.int(8, 20)),
    });
  }
}

function generateAccount(options: DemoOptions, index: number, batch: DemoBatch): void {
  const rng = createRandom(hashSeed(options.seed, 'account', index));
  const known = universe[index];
  const identity = describeDemoAccount(options.seed, index);
  const profile = buildProfile(rng, known);
  const ownerName = known?.owner;
  const owner = demoOwners.find((o) => o.name === ownerName) ?? rng.pick(demoOwners);
  const now = options.now;
  const ctx: AccountContext = {
    index,
    rng,
    ids: createIds(index, rng),
    options,
    now,
    today: startOfUtcDay(now),
    owner,
    profile,
    contacts: [],
    payments: [],
    topic: rng.pick(topics),
    batch,
    account: {
      domain: identity.domain,
      name: identity.name,
      logoUrl: null,
      primaryContactName: '',
      primaryContactEmail: '',
      ownerName: owner.name,
      ownerEmail: owner.email,
      isTracked: profile.isTracked,
      lifecycleStage: profile.lifecycle,
    },
  };
  buildContacts(ctx, known);
  const primary = ctx.contacts[0];
  if (primary) {
    ctx.account.primaryContactName = primary.name;
    ctx.account.primaryContactEmail = primary.email;
  }
  batch.accounts.push(ctx.account);
  append(batch.contacts, ctx.contacts);

  const revenue = buildRevenue(ctx);
  buildUsage(ctx, revenue.start);
  // Everything happens in the last 180 days; churned accounts went quiet when they left (10–170 days ago).
  const windowEnd = revenue.end ? earlier(revenue.end, now) : now;
  const windowStart = addDays(now, -180);
  const from = revenue.start && revenue.start.getTime() > windowStart.getTime() ? revenue.start : windowStart;
  buildSignals(ctx, { from, to: windowEnd });
  buildActivities(ctx, { from, to: windowEnd });
  buildDeals(ctx, revenue);
  buildRequests(ctx);
}

function emptyBatch(): DemoBatch {
  return {
    accounts: [],
    contacts: [],
    revenueSources: [],
    invoices: [],
    paymentEvents: [],
    usageDaily: [],
    signals: [],
    activities: [],
    deals: [],
    requests: [],
  };
}

function assertOptions(options: DemoOptions): void {
  if (!Number.isInteger(options.seed)) throw new RangeError('seed must be an integer');
  if (!Number.isInteger(options.accounts) || options.accounts < 0)
    throw new RangeError('accounts must be a non-negative integer');
  if (!Number.isInteger(options.usageDays) || options.usageDays < 0)
    throw new RangeError('usageDays must be a non-negative integer');
  if (Number.isNaN(options.now.getTime())) throw new RangeError('now must be a valid date');
}

/** Release notes are workspace-wide, not per account: the same ~15 features whatever the size. */
export function generateShippedFeatures(options: Pick<DemoOptions, 'now'>): DemoShippedFeature[] {
  const today = startOfUtcDay(options.now);
  return shippedSpecs.map((spec, k) => {
    const shippedAt = addHours(addDays(today, -spec.daysAgo), 17);
    switch (spec.provider) {
      case 'github':
        return {
          provider: spec.provider,
          externalId: String(148_290_000 + k * 7_919),
          title: spec.title,
          description: spec.description,
          url: `https://github.com/piedpiper/middle-out/releases/tag/${spec.version ?? spec.slug}`,
          shippedAt,
        };
      case 'rss':
        return {
          provider: spec.provider,
          externalId: `https://piedpiper.com/changelog/${spec.slug}`,
          title: spec.title,
          description: spec.description,
          url: `https://piedpiper.com/changelog/${spec.slug}`,
          shippedAt,
        };
      case 'manual':
        return {
          provider: spec.provider,
          externalId: `manual-${spec.slug}`,
          title: spec.title,
          description: spec.description,
          url: null,
          shippedAt,
        };
    }
  });
}

/**
 * Streams the dataset's account rows in batches of `batchSize` accounts (with all their child
 * rows). Output is identical whatever the batch size.
 */
export function* generateDemoBatches(options: DemoOptions, batchSize: number = demoBatchSize): Generator<DemoBatch> {
  assertOptions(options);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
  for (let first = 0; first < options.accounts; first += batchSize) {
    const batch = emptyBatch();
    const last = Math.min(options.accounts, first + batchSize);
    for (let index = first; index < last; index++) generateAccount(options, index, batch);
    yield batch;
  }
}

/** The whole dataset in memory: for tests and small sizes; large sizes should stream batches. */
export function generateDataset(options: DemoOptions): DemoDataset {
  const all: DemoDataset = { ...emptyBatch(), shippedFeatures: generateShippedFeatures(options) };
  for (const batch of generateDemoBatches(options)) appendBatch(all, batch);
  return all;
}

function append<T>(target: T[], rows: readonly T[]): void {
  // A loop rather than push(...rows): spreading hundreds of thousands of rows overflows the stack.
  for (const row of rows) target.push(row);
}

function appendBatch(target: DemoBatch, batch: DemoBatch): void {
  append(target.accounts, batch.accounts);
  append(target.contacts, batch.contacts);
  append(target.revenueSources, batch.revenueSources);
  append(target.invoices, batch.invoices);
  append(target.paymentEvents, batch.paymentEvents);
  append(target.usageDaily, batch.usageDaily);
  append(target.signals, batch.signals);
  append(target.activities, batch.activities);
  append(target.deals, batch.deals);
  append(target.requests, batch.requests);
}
