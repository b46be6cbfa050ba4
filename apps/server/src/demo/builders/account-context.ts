/**
 * What the builders of one account share: its random stream and ids, its traits, the rows built
 * so far, and the batch every row is pushed to.
 */
import type { KnownAccount } from '../catalogue/known-accounts';
import type { DemoOwner } from '../catalogue/team';
import type { Topic } from '../catalogue/topics';
import type { DemoAccount, DemoBatch, DemoContact, DemoPaymentEvent } from '../demo-rows';
import type { Ids } from '../ids';
import type { DemoOptions } from '../options';
import type { Random } from '../random';
import type { Profile } from './profile';

export type AccountContext = {
  index: number;
  rng: Random;
  ids: Ids;
  options: DemoOptions;
  now: Date;
  today: Date;
  account: DemoAccount;
  /** The hand-written account at this index, if any. */
  known: KnownAccount | undefined;
  owner: DemoOwner;
  profile: Profile;
  contacts: DemoContact[];
  /** This account's payment events, kept aside so activities need not scan the whole batch. */
  payments: DemoPaymentEvent[];
  /** What this account mostly talks about in signals, calls and emails. */
  topic: Topic;
  batch: DemoBatch;
};

/** The account's main revenue: when it started and ended, its next renewal, and its ARR. */
export type RevenueSummary = {
  start: Date | null;
  end: Date | null;
  renewal: Date | null;
  arrHint: number;
};

/** The span the account's signals and activities fall in. */
export type ActivityWindow = { from: Date; to: Date };

/** An account once its revenue is known: what the section builders read. */
export type AccountStory = AccountContext & { revenue: RevenueSummary; window: ActivityWindow };

/** Adds one kind of row for one account, drawing from the account's random stream. */
export type AccountBuilder = (story: AccountStory) => void;
