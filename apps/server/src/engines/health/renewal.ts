/**
 * Renewal pressure (Salesbricks or Stripe): a renewal inside the window is always a factor, small
 * alone and larger while other risks are open, because it makes them urgent. Points grow linearly
 * as the renewal date nears: pressure × (window − days) / window, rounded once, at least 1, where
 * pressure is pointsPerOtherRisk × min(risks, maxOtherRisks), or alonePoints with no other risk.
 */
import { calendarDaysUntil } from '@success/shared/days';
import { countOf, noDataKey, penalty, providerSource, roundPoints, type Factor } from './factor';
import type { HealthInputs } from './inputs';
import type { HealthSettings } from '@success/shared/health-settings';

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
  // The one day-count rule, so this text matches the daysToRenewal every screen shows.
  const daysToRenewal = calendarDaysUntil(renewal.date, inputs.now, inputs.timeZone);
  if (daysToRenewal > s.windowDays) return [];
  const risks = otherFactors.filter((factor) => factor.dimension !== 'renewal' && factor.points < 0).length;
  // A renewal date already passed (and not yet rolled forward) presses as hard as one due today.
  const proximity = daysToRenewal <= 0 ? 1 : (s.windowDays - daysToRenewal) / s.windowDays;
  const pressure = risks === 0 ? s.alonePoints : s.pointsPerOtherRisk * Math.min(risks, s.maxOtherRisks);
  // Inside the window a renewal always shows, even where the proximity rounds to nothing;
  // a setting of 0 points is the one way to switch it off.
  const magnitude = pressure === 0 ? 0 : Math.max(1, roundPoints(pressure * proximity));
  if (magnitude === 0) return [];
  const detail =
    risks === 0
      ? `${whenText(daysToRenewal)}; no other risk is open`
      : `${whenText(daysToRenewal)} while ${countOf(risks, 'other risk')} ${risks === 1 ? 'is' : 'are'} open`;
  return [
    {
      key: 'renewal.approaching',
      dimension: 'renewal',
      label: 'Approaching renewal',
      source: providerSource(renewal.provider),
      points: penalty(magnitude),
      detail,
    },
  ];
}
