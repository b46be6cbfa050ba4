/** Discounts as the providers record them: Stripe coupons (some for a few months) and contract discounts. */
import type { Discount } from '../../engines/ledger/types';
import { addMonths } from '../../lib/utc-dates';
import type { Random } from '../random';

export function buildDiscounts(rng: Random, startDate: Date, amountMinor: number, isContract: boolean): Discount[] {
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
