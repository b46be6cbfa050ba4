import type { HealthBand, HealthState } from '@success/shared/health';

/** Words for health bands and states, the same on the Health queue, Contracts and Customer Detail. */
export const bandLabels: Record<HealthBand, string> = {
  healthy: 'Healthy',
  at_risk: 'At risk',
  critical: 'Critical',
};

/** What a score snapshot shows: its band, or "Not enough data" when too little of the input was known. */
export const stateLabels: Record<HealthBand | 'not_enough_data', string> = {
  ...bandLabels,
  not_enough_data: 'Not enough data',
};

/** What the Health queue shows for an account: a band, "Not enough data", or churned. */
export const healthStateLabels: Record<HealthState, string> = {
  ...stateLabels,
  churned: 'Churned',
};
