/**
 * The settings preview: how many accounts would change band if the proposed settings were saved.
 * Both sides are recomputed from the same inputs, so a change of magnitudes shows up as well as a
 * change of thresholds.
 */
import type { HealthInputs } from './inputs';
import { computeHealth, type HealthBand } from './score';
import type { HealthSettings } from './settings';

export type BandTransition =
  | 'healthy->at_risk'
  | 'healthy->critical'
  | 'at_risk->healthy'
  | 'at_risk->critical'
  | 'critical->healthy'
  | 'critical->at_risk';

export type BandChangePreview = {
  total: number;
  changed: number;
  byTransition: Record<BandTransition, number>;
  /** The accounts that change band, in input order. */
  accounts: {
    accountId: string;
    before: { score: number; band: HealthBand };
    after: { score: number; band: HealthBand };
  }[];
};

function transitionOf(before: HealthBand, after: HealthBand): BandTransition | null {
  switch (`${before}->${after}` as const) {
    case 'healthy->healthy':
    case 'at_risk->at_risk':
    case 'critical->critical':
      return null;
    case 'healthy->at_risk':
      return 'healthy->at_risk';
    case 'healthy->critical':
      return 'healthy->critical';
    case 'at_risk->healthy':
      return 'at_risk->healthy';
    case 'at_risk->critical':
      return 'at_risk->critical';
    case 'critical->healthy':
      return 'critical->healthy';
    case 'critical->at_risk':
      return 'critical->at_risk';
  }
}

export function previewBandChanges(
  results: readonly { accountId: string; inputs: HealthInputs }[],
  current: HealthSettings,
  proposed: HealthSettings,
): BandChangePreview {
  const byTransition: Record<BandTransition, number> = {
    'healthy->at_risk': 0,
    'healthy->critical': 0,
    'at_risk->healthy': 0,
    'at_risk->critical': 0,
    'critical->healthy': 0,
    'critical->at_risk': 0,
  };
  const accounts: BandChangePreview['accounts'] = [];
  for (const { accountId, inputs } of results) {
    const before = computeHealth(inputs, current);
    const after = computeHealth(inputs, proposed);
    const transition = transitionOf(before.band, after.band);
    if (transition === null) continue;
    byTransition[transition] += 1;
    accounts.push({
      accountId,
      before: { score: before.score, band: before.band },
      after: { score: after.score, band: after.band },
    });
  }
  return { total: results.length, changed: accounts.length, byTransition, accounts };
}
