/** The account row itself: its identity, owner and traits, and its contacts (the first is primary). */
import { knownAccounts } from '../catalogue/known-accounts';
import { demoOwners } from '../catalogue/team';
import { topics } from '../catalogue/topics';
import { append, type DemoBatch } from '../demo-rows';
import { createIds } from '../ids';
import type { DemoOptions } from '../options';
import { createRandom, hashSeed } from '../random';
import { startOfUtcDay } from '../../lib/utc-dates';
import type { AccountContext } from './account-context';
import { buildContacts } from './contacts';
import { describeDemoAccount } from './identity';
import { buildProfile } from './profile';

/**
 * Starts the account at `index`: its own random stream, seeded by (seed, index), so the account
 * comes out the same whichever batch it is generated in.
 */
export function buildAccount(options: DemoOptions, index: number, batch: DemoBatch): AccountContext {
  const rng = createRandom(hashSeed(options.seed, 'account', index));
  const known = knownAccounts[index];
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
    known,
    owner,
    profile,
    contacts: [],
    payments: [],
    topic: rng.pick(topics),
    batch,
    account: {
      domain: identity.domain,
      name: identity.name,
      // Always null: a logo comes only from the workspace's logo URL template, so no domain leaves the install.
      logoUrl: null,
      primaryContactName: '',
      primaryContactEmail: '',
      ownerName: owner.name,
      ownerEmail: owner.email,
      isTracked: profile.isTracked,
      lifecycleStage: profile.lifecycle,
    },
  };
  buildContacts(ctx);
  const primary = ctx.contacts[0];
  if (primary) {
    ctx.account.primaryContactName = primary.name;
    ctx.account.primaryContactEmail = primary.email;
  }
  batch.accounts.push(ctx.account);
  append(batch.contacts, ctx.contacts);
  return ctx;
}
