import type { Integration, SyncRun } from '@success/shared/integrations';
import { describe, expect, it } from 'vitest';
import { formatDuration, formatInterval, getDisplayStatus, getProcessedCount, getProgressPercent } from './sync-run';

const run: SyncRun = {
  id: 'run_1',
  status: 'running',
  mode: 'full',
  trigger: 'manual',
  startedAt: '2026-03-01T10:00:00Z',
  finishedAt: null,
  pages: 2,
  recordsCreated: 10,
  recordsUpdated: 5,
  recordsUnchanged: 4,
  recordsQuarantined: 1,
  estimatedTotal: 80,
  error: null,
};

const integration: Integration = {
  provider: 'stripe',
  displayName: 'Stripe',
  powers: '',
  isAvailable: true,
  status: 'healthy',
  hasCredentials: true,
  baseUrl: null,
  settings: {},
  syncIntervalMinutes: 60,
  lastError: null,
  lastSyncedAt: null,
  nextSyncAt: null,
  credentialFields: [],
  settingFields: [],
  currentRun: null,
  lastRun: null,
};

describe('sync progress', () => {
  it('counts every handled record, quarantined ones included', () => {
    expect(getProcessedCount(run)).toBe(20);
  });

  it('gives a percent only when the provider estimated a total', () => {
    expect(getProgressPercent(run)).toBe(25);
    expect(getProgressPercent({ ...run, estimatedTotal: null })).toBeNull();
    expect(getProgressPercent({ ...run, estimatedTotal: 10 })).toBe(100);
  });
});

describe('formatting', () => {
  it('formats durations compactly', () => {
    expect(formatDuration(400)).toBe('0.4s');
    expect(formatDuration(45_000)).toBe('45s');
    expect(formatDuration(125_000)).toBe('2m 05s');
    expect(formatDuration(3_780_000)).toBe('1h 03m');
  });

  it('names sync intervals', () => {
    expect(formatInterval(60)).toBe('hourly');
    expect(formatInterval(15)).toBe('every 15 minutes');
    expect(formatInterval(360)).toBe('every 6 hours');
    expect(formatInterval(1440)).toBe('daily');
  });
});

describe('getDisplayStatus', () => {
  it('shows a running sync over the stored status, except when paused', () => {
    expect(getDisplayStatus({ ...integration, currentRun: run })).toBe('syncing');
    expect(getDisplayStatus({ ...integration, status: 'disabled', currentRun: run })).toBe('disabled');
    expect(getDisplayStatus(integration)).toBe('healthy');
  });

  it('shows a run whose worker stopped as stalled, not syncing', () => {
    expect(getDisplayStatus({ ...integration, currentRun: { ...run, status: 'stalled' } })).toBe('stalled');
    expect(getDisplayStatus({ ...integration, status: 'disabled', currentRun: { ...run, status: 'stalled' } })).toBe(
      'disabled',
    );
  });

  it('marks providers without a connector as coming soon', () => {
    expect(getDisplayStatus({ ...integration, isAvailable: false, status: 'not_connected' })).toBe('coming_soon');
    expect(getDisplayStatus({ ...integration, status: 'not_connected' })).toBe('not_connected');
  });
});
