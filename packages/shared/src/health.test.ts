import { describe, expect, it } from 'vitest';
import {
  healthBands,
  healthSettingsPreviewSchema,
  healthSnapshotStates,
  healthStateLabels,
  healthStates,
  healthSummaryBuckets,
  healthSummarySchema,
} from './health';

describe('health bands and states', () => {
  it('nests bands inside snapshot states inside queue states', () => {
    expect(healthSnapshotStates).toEqual([...healthBands, 'not_enough_data']);
    expect(healthStates).toEqual([...healthSnapshotStates, 'churned']);
  });

  it('has one distinct, non-empty label for every state', () => {
    const labels = healthStates.map((state) => healthStateLabels[state]);
    expect(labels.every((label) => label.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(healthStates.length);
    expect(Object.keys(healthStateLabels).sort()).toEqual([...healthStates].sort());
  });

  it('counts the summary per snapshot state plus unscored', () => {
    expect(healthSummaryBuckets).toEqual([...healthSnapshotStates, 'unscored']);
    expect(Object.keys(healthSummarySchema.shape.accountsByBand.shape)).toEqual([...healthSummaryBuckets]);
    expect(Object.keys(healthSummarySchema.shape.arrByBand.shape)).toEqual([...healthSummaryBuckets]);
  });

  it('counts the settings preview per snapshot state', () => {
    const counts = healthSettingsPreviewSchema.shape.counts.shape;
    expect(Object.keys(counts.before.shape)).toEqual([...healthSnapshotStates]);
    expect(Object.keys(counts.after.shape)).toEqual([...healthSnapshotStates]);
  });
});
