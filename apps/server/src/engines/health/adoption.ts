/**
 * Adoption factors from product usage (PostHog): active vs licensed seats, the usage trend, and
 * days since the last activity. Usage counts come as daily active users per UTC day.
 */
import { dayNumber, parseDay } from './calendar';
import { countOf, daysAgoText, noDataKey, penalty, type Factor } from './factor';
import type { HealthInputs, LicensedSeatsSource, UsageInput } from './inputs';
import type { HealthSettings } from '@success/shared/health-settings';

type AdoptionSettings = HealthSettings['adoption'];

const source = 'PostHog';

const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 1200 → "1,200": the way the Customer Detail card writes the same number. */
function formatCount(count: number): string {
  return countFormat.format(count);
}

/** Names where the licensed seats came from, in the factor's detail and on the seats card. */
export function licensedSeatsSourceLabel(from: LicensedSeatsSource): string {
  switch (from) {
    case 'ledger':
      return 'Stripe subscription';
    case 'salesbricks_contract':
      return 'Salesbricks contract';
  }
}

/** Active users per day number, up to and including `today`; the highest count wins on a repeated day. */
function readHistory(usage: UsageInput, today: number): Map<number, number> {
  const history = new Map<number, number>();
  for (const row of usage.daily) {
    const day = parseDay(row.day);
    if (day === null || day > today) continue;
    const active = Number.isFinite(row.activeUsers) ? Math.max(0, row.activeUsers) : 0;
    history.set(day, Math.max(history.get(day) ?? 0, active));
  }
  return history;
}

function sumDays(history: Map<number, number>, from: number, to: number): number {
  let total = 0;
  for (let day = from; day <= to; day += 1) total += history.get(day) ?? 0;
  return total;
}

function missingUsageFactor(isConnected: boolean): Factor {
  return {
    key: noDataKey('adoption'),
    dimension: 'adoption',
    label: 'No usage data',
    source,
    points: 0,
    detail: isConnected
      ? 'PostHog is connected but has no usage for this account yet; adoption is not scored'
      : 'PostHog not connected; adoption is not scored',
  };
}

/** Peak daily active users over the last 7 days (today included) against licensed seats. */
function seatFactor(
  usage: UsageInput,
  history: Map<number, number>,
  today: number,
  s: AdoptionSettings,
): Factor | null {
  const key = 'adoption.seats';
  const licensed = usage.licensedSeats;
  if (licensed === null || !(licensed > 0)) {
    return {
      key,
      dimension: 'adoption',
      label: 'Licensed seats unknown',
      source,
      points: 0,
      detail: 'No contract or subscription gives a seat count; seat adoption is not scored',
    };
  }
  if (history.size === 0) {
    return {
      key,
      dimension: 'adoption',
      label: 'Active users unknown',
      source,
      points: 0,
      detail: 'PostHog reports a last activity but no daily active users; seat adoption is not scored',
    };
  }
  let active = 0;
  for (let day = today - 6; day <= today; day += 1) active = Math.max(active, history.get(day) ?? 0);
  const ratio = active / licensed;
  const from = usage.licensedSeatsSource ? `, ${licensedSeatsSourceLabel(usage.licensedSeatsSource)}` : '';
  const detail = `${active} of ${formatCount(licensed)} licensed seats active (${Math.round(ratio * 100)}%${from})`;
  const factor = (label: string, points: number): Factor | null =>
    points === 0 ? null : { key, dimension: 'adoption', label, source, points, detail };
  if (ratio < s.criticalRatio) return factor('Very low product adoption', penalty(s.criticalPoints));
  if (ratio < s.lowRatio) return factor('Low product adoption', penalty(s.lowPoints));
  if (ratio >= s.strongRatio) return factor('Strong product adoption', s.strongPoints);
  return null;
}

/**
 * Average daily active users in the latest complete week (today is still being counted) against
 * the weeks before it in the trend window. Days before the first recorded day are not counted
 * as zero, so a short history cannot fake a decline.
 */
function trendFactor(history: Map<number, number>, today: number, s: AdoptionSettings): Factor | null {
  if (history.size === 0) return null;
  const firstDay = Math.min(...history.keys());
  const recentFrom = today - 7;
  const recentTo = today - 1;
  const priorFrom = Math.max(today - 7 * s.trendWeeks, firstDay);
  const priorTo = recentFrom - 1;
  const priorDays = priorTo - priorFrom + 1;
  if (priorDays <= 0) return null;
  const priorAverage = sumDays(history, priorFrom, priorTo) / priorDays;
  if (priorAverage <= 0) return null;
  const recentAverage = sumDays(history, recentFrom, recentTo) / 7;
  const declinePercent = ((priorAverage - recentAverage) / priorAverage) * 100;
  const magnitude =
    declinePercent >= s.steepDeclinePercent
      ? s.steepDeclinePoints
      : declinePercent >= s.declinePercent
        ? s.declinePoints
        : 0;
  if (magnitude === 0) return null;
  const period =
    priorDays % 7 === 0 ? `previous ${countOf(priorDays / 7, 'week')}` : `previous ${countOf(priorDays, 'day')}`;
  return {
    key: 'adoption.trend',
    dimension: 'adoption',
    label: 'Declining usage',
    source,
    points: penalty(magnitude),
    detail: `Average daily active users down ${Math.round(declinePercent)}% (${priorAverage.toFixed(1)} → ${recentAverage.toFixed(1)}) against the ${period}`,
  };
}

/** The most recent activity day from either the reported last activity or the daily counts. */
function lastActiveDay(usage: UsageInput, history: Map<number, number>, today: number): number | null {
  let latest: number | null = null;
  if (usage.lastActivityAt !== null) {
    const day = dayNumber(usage.lastActivityAt);
    if (day <= today) latest = day;
  }
  for (const [day, active] of history) {
    if (active > 0 && (latest === null || day > latest)) latest = day;
  }
  return latest;
}

function recencyFactor(usage: UsageInput, history: Map<number, number>, today: number, s: AdoptionSettings) {
  const lastDay = lastActiveDay(usage, history, today);
  const idleDays = lastDay === null ? null : today - lastDay;
  // With usage on record but no activity ever, the account is as idle as the longest tier.
  const tier = s.inactivity.filter((t) => idleDays === null || idleDays >= t.days).at(-1);
  if (!tier || tier.points === 0) return null;
  const factor: Factor = {
    key: 'adoption.recency',
    dimension: 'adoption',
    label: 'No recent product activity',
    source,
    points: penalty(tier.points),
    detail: idleDays === null ? 'No product activity recorded' : `Last product activity ${daysAgoText(idleDays)}`,
  };
  return factor;
}

export function computeAdoptionFactors(inputs: HealthInputs, settings: HealthSettings): Factor[] {
  const { usage } = inputs;
  const today = dayNumber(inputs.now);
  const history = usage ? readHistory(usage, today) : new Map<number, number>();
  const hasLastActivity = usage?.lastActivityAt != null && dayNumber(usage.lastActivityAt) <= today;
  if (!usage || (history.size === 0 && !hasLastActivity)) return [missingUsageFactor(inputs.connected.usage)];
  const s = settings.adoption;
  return [
    seatFactor(usage, history, today, s),
    trendFactor(history, today, s),
    recencyFactor(usage, history, today, s),
  ].filter((factor): factor is Factor => factor !== null);
}
