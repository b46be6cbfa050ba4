/**
 * CRM deals (Attio or Salesbricks): new business, trial conversions, expansions and renewals, won,
 * lost with a reason, or still open. Re-engage reads the lost ones.
 */
import { addDays, isoDay } from '../../lib/utc-dates';
import { lostReasons, openStages } from '../catalogue/deals';
import type { DealStatus, DemoDeal } from '../demo-rows';
import { price } from '../money';
import type { AccountStory } from './account-context';

export function buildDeals(ctx: AccountStory): void {
  const { rng, ids, profile, account, owner, today, revenue } = ctx;
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
