/**
 * The settings preview: what saving the proposed settings would do. Both sides are recomputed from
 * the same inputs, so a change of magnitudes or weights shows up as well as a change of thresholds:
 * accounts per state before and after, how many scores move, and the accounts whose state changes.
 */
import type { HealthInputs } from './inputs';
import { computeHealth, type HealthState } from './score';
import { healthSnapshotStates } from '@success/shared/health';
import type { HealthSettings } from '@success/shared/health-settings';


/** "healthy->at_risk": an account that would move from one state to another. */
export type StateTransition = `${HealthState}->${HealthState}`;

export type StateCounts = Record<HealthState, number>;

export type BandChangePreview = {
  total: number;
  /** Accounts whose state (band or "not enough data") changes. */
  changed: number;
  /** Accounts whose score changes, band or not. */
  scoresChanged: number;
  /** Accounts per state under the current settings and under the proposed ones. */
  counts: { before: StateCounts; after: StateCounts };
  /** Only the transitions that happen. */
  byTransition: Partial<Record<StateTransition, number>>;
  /** The accounts that change state, in input order. */
  accounts: {
    accountId: string;
    before: { score: number; band: HealthState };
    after: { score: number; band: HealthState };
  }[];
};

export function emptyStateCounts(): StateCounts {
  return { healthy: 0, at_risk: 0, critical: 0, not_enough_data: 0 };
}

export function emptyPreview(): BandChangePreview {
  return {
    total: 0,
    changed: 0,
    scoresChanged: 0,
    counts: { before: emptyStateCounts(), after: emptyStateCounts() },
    byTransition: {},
    accounts: [],
  };
}

/** Adds one batch's preview into a running total; keeps at most `sampleSize` changed accounts. */
export function mergePreviews(
  total: BandChangePreview,
  batch: BandChangePreview,
  sampleSize: number,
): BandChangePreview {
  const byTransition = { ...total.byTransition };
  for (const from of healthSnapshotStates) {
    for (const to of healthSnapshotStates) {
      const transition: StateTransition = `${from}->${to}`;
      const count = batch.byTransition[transition];
      if (count !== undefined) byTransition[transition] = (byTransition[transition] ?? 0) + count;
    }
  }
  const add = (a: StateCounts, b: StateCounts): StateCounts => ({
    healthy: a.healthy + b.healthy,
    at_risk: a.at_risk + b.at_risk,
    critical: a.critical + b.critical,
    not_enough_data: a.not_enough_data + b.not_enough_data,
  });
  return {
    total: total.total + batch.total,
    changed: total.changed + batch.changed,
    scoresChanged: total.scoresChanged + batch.scoresChanged,
    counts: {
      before: add(total.counts.before, batch.counts.before),
      after: add(total.counts.after, batch.counts.after),
    },
    byTransition,
    accounts: [...total.accounts, ...batch.accounts].slice(0, Math.max(sampleSize, total.accounts.length)),
  };
}

export function previewBandChanges(
  results: readonly { accountId: string; inputs: HealthInputs }[],
  current: HealthSettings,
  proposed: HealthSettings,
): BandChangePreview {
  const preview = emptyPreview();
  preview.total = results.length;
  for (const { accountId, inputs } of results) {
    const before = computeHealth(inputs, current);
    const after = computeHealth(inputs, proposed);
    preview.counts.before[before.state] += 1;
    preview.counts.after[after.state] += 1;
    if (before.score !== after.score) preview.scoresChanged += 1;
    if (before.state === after.state) continue;
    const transition: StateTransition = `${before.state}->${after.state}`;
    preview.byTransition[transition] = (preview.byTransition[transition] ?? 0) + 1;
    preview.changed += 1;
    preview.accounts.push({
      accountId,
      before: { score: before.score, band: before.state },
      after: { score: after.score, band: after.state },
    });
  }
  return preview;
}
