/**
 * The Salesbricks order history of a contract, as activities: signed, upgraded, renewal drafted,
 * ended. Only what falls in the last 180 days, as a feed would show it.
 */
import { dayMs } from '../../lib/days';
import { addDays } from '../../lib/utc-dates';
import type { DemoRevenueSource } from '../demo-rows';
import { formatMoney } from '../money';
import type { AccountContext } from './account-context';
import { activityDays } from './activity-window';

export function addContractActivities(ctx: AccountContext, contract: DemoRevenueSource, termYears: number): void {
  const { rng, ids, now, account, owner } = ctx;
  const windowStart = addDays(now, -activityDays).getTime();
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
