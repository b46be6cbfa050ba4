import {
  healthStateLabels as sharedHealthStateLabels,
  type HealthBand,
  type HealthSnapshotState,
  type HealthState,
} from '@success/shared/health';

// One list of words in packages/shared (the server's messages use it too); these name the subsets.

/** Words for health bands and states, the same on the Health queue, Contracts and Customer Detail. */
export const bandLabels: Record<HealthBand, string> = sharedHealthStateLabels;

/** What a score snapshot shows: its band, or "Not enough data" when too little of the input was known. */
export const stateLabels: Record<HealthSnapshotState, string> = sharedHealthStateLabels;

/** What the Health queue shows for an account: a band, "Not enough data", or churned. */
export const healthStateLabels: Record<HealthState, string> = sharedHealthStateLabels;
