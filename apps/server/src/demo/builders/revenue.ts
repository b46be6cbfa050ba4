/**
 * The account's revenue: a trial, or a Salesbricks contract, a Stripe subscription, or both (the
 * subscription then collects the contract), each with its invoices, payments and order history.
 */
import { addHours, startOfUtcDay } from '../../lib/utc-dates';
import { append, type DemoRevenueSource } from '../demo-rows';
import type { AccountContext, RevenueSummary } from './account-context';
import { addContractActivities } from './contract-activities';
import { buildContract } from './contracts';
import { buildInvoices } from './invoices';
import { periodMonths } from './source-plan';
import { buildSubscription } from './subscriptions';
import { buildTrial } from './trials';

const noRevenue: RevenueSummary = { start: null, end: null, renewal: null, arrHint: 0 };

export function buildRevenue(ctx: AccountContext): RevenueSummary {
  const { rng, profile } = ctx;
  if (profile.billing === 'none') return { ...noRevenue };
  // One hour of the day for all of the account's billing dates, as one billing system would use.
  const hour = rng.int(8, 20);
  const atHour = (date: Date) => addHours(startOfUtcDay(date), hour);

  if (profile.lifecycle === 'trial') return buildTrial(ctx, atHour);

  const isChurned = profile.lifecycle === 'churned';
  const status: DemoRevenueSource['status'] = isChurned ? 'canceled' : profile.isPastDue ? 'past_due' : 'active';
  const sources: DemoRevenueSource[] = [];
  let contract: DemoRevenueSource | null = null;

  if (profile.billing === 'salesbricks' || profile.billing === 'both') {
    const built = buildContract(ctx, status, atHour);
    contract = built.contract;
    sources.push(contract);
    // A contract paired with a subscription is collected, and so invoiced, through Stripe.
    if (profile.billing === 'salesbricks') {
      buildInvoices(ctx, {
        source: contract,
        unpaidNewest: profile.isPastDue ? 1 : 0,
        isUncollectibleLast: isChurned && rng.chance(0.3),
      });
      addContractActivities(ctx, contract, built.termYears);
    }
  }

  if (profile.billing === 'stripe' || profile.billing === 'both') {
    const subscription = buildSubscription(ctx, contract, status, atHour);
    sources.push(subscription);
    const isMonthly = periodMonths(subscription) < 12;
    buildInvoices(ctx, {
      source: subscription,
      unpaidNewest: profile.isPastDue ? (isMonthly && rng.chance(0.35) ? 2 : 1) : 0,
      isUncollectibleLast: isChurned && rng.chance(0.3),
    });
    if (contract) addContractActivities(ctx, contract, 1);
  }

  append(ctx.batch.revenueSources, sources);
  const main = contract ?? sources[0];
  if (!main) return { ...noRevenue };
  return {
    start: main.startDate,
    end: isChurned ? main.endDate : null,
    renewal: main.renewalDate,
    arrHint: Math.round(main.amountMinor * (12 / periodMonths(main))),
  };
}
