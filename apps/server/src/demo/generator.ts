/**
 * The Pied Piper demo dataset: a pure, deterministic generator of canonical rows.
 *
 * Every account draws from its own PRNG seeded by (seed, account index), so the output does not
 * depend on how accounts are batched, and 100,000 accounts can be streamed in chunks without
 * ever sitting in memory together. Rows carry the account's domain instead of an account id
 * (the loader maps domains to ids) and stable external ids, so the same seed and `now` always
 * produce the same dataset.
 *
 * An account is built in steps: the account and its contacts (builders/accounts.ts), then its
 * revenue (builders/revenue.ts), then each entry of `accountSections` in order. Every step draws
 * from the account's one random stream, so a step added in the middle would change every row
 * drawn after it. A section that needs demo rows of its own (Convert, Pipeline, Re-engage, Close
 * the Loop) adds a builder file under builders/ and appends it to the END of `accountSections`;
 * the rows of every earlier step then stay exactly as they were for the same seed and `now`.
 * Workspace-wide rows that belong to no account are generated on their own, like
 * `generateShippedFeatures`.
 */
import { activityWindow } from './builders/activity-window';
import type { AccountBuilder, AccountStory } from './builders/account-context';
import { buildAccount } from './builders/accounts';
import { buildCalls } from './builders/calls';
import { buildDeals } from './builders/deals';
import { buildEmails } from './builders/emails';
import { buildPaymentActivities } from './builders/payment-activities';
import { buildProjects } from './builders/projects';
import { buildRequests } from './builders/requests';
import { buildRevenue } from './builders/revenue';
import { generateShippedFeatures } from './builders/shipped-features';
import { buildSignals } from './builders/signals';
import { buildUsage } from './builders/usage';
import { appendBatch, emptyBatch, type DemoBatch, type DemoDataset } from './demo-rows';
import { assertOptions, demoBatchSize, type DemoOptions } from './options';

/** The account's rows after its revenue, in the order they draw from its random stream. Append only. */
const accountSections: readonly AccountBuilder[] = [
  buildUsage,
  buildSignals,
  buildCalls,
  buildEmails,
  buildProjects,
  buildPaymentActivities,
  buildDeals,
  buildRequests,
];

function generateAccount(options: DemoOptions, index: number, batch: DemoBatch): void {
  const ctx = buildAccount(options, index, batch);
  const revenue = buildRevenue(ctx);
  const story: AccountStory = { ...ctx, revenue, window: activityWindow(ctx.now, revenue) };
  for (const build of accountSections) build(story);
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
