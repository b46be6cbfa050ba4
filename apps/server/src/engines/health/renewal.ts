/**
 * Renewal pressure (Salesbricks or Stripe): an upcoming renewal is not a risk by itself; it makes
 * the other open risks more urgent. Points grow with the number of other risks and linearly as
 * the renewal date nears: pointsPerOtherRisk × min(risks, maxOtherRisks) × (window − days) / window.
 */
import { calendarDaysBetween } from './calendar';
import { countOf, noDataKey, penalty, providerSource, roundPoints, type Factor } from './factor';
import type { HealthInputs } from './inputs';
import type { HealthSettings } from './settings';

function missingRenewalFactor(isConnected: boolean): Factor {
  return {
    key: noDataKey('renewal'),
    dimension: 'renewal',
    label: 'No renewal date',
    source: 'Salesbricks',
    points: 0,
    detail: isConnected
      ? 'No contract or subscription gives a renewal date; renewal pressure is not scored'
      : 'Salesbricks and Stripe not connected; renewal pressure is not scored',
  };
}

function whenText(daysToRenewal: number): string {
  if (daysToRenewal > 0) return `Renews in ${countOf(daysToRenewal, 'day')}`;
  if (daysToRenewal === 0) return 'Renews today';
  return `Renewal date passed ${countOf(-daysToRenewal, 'day')} ago`;
}

/** `otherFactors`: the account's adoption, payment and signal factors; each negative one is a risk. */
export function computeRenewalFactors(
  inputs: HealthInputs,
  settings: HealthSettings,
  otherFactors: readonly Factor[],
): Factor[] {
  const { renewal } = inputs;
  if (!renewal) return [missingRenewalFactor(inputs.connected.contracts)];
  const s = settings.renewal;
  const daysToRenewal = calendarDaysBetween(inputs.now, renewal.date);
  if (daysToRenewal > s.windowDays) return [];
  const risks = otherFactors.filter((factor) => factor.dimension !== 'renewal' && factor.points < 0).length;
  if (risks === 0) return [];
  // A renewal date already passed (and not yet rolled forward) presses as hard as one due today.
  const proximity = daysToRenewal <= 0 ? 1 : (s.windowDays - daysToRenewal) / s.windowDays;
  const magnitude = roundPoints(s.pointsPerOtherRisk * Math.min(risks, s.maxOtherRisks) * proximity);
  if (magnitude === 0) return [];
  return [
    {
      key: 'renewal.approaching',
      dimension: 'renewal',
      label: 'Approaching renewal',
      source: providerSource(renewal.provider),
      points: penalty(magnitude),
      detail: `${whenText(daysToRenewal)} while ${countOf(risks, 'other risk')} ${risks === 1 ? 'is' : 'are'} open`,
    },
  ];
}
