import { describe, expect, it } from 'vitest';
import { item, revision, utc } from './test-factories';
import { monthMeasureAt, monthRange, mrrAt } from './timeline';
import type { LedgerSettings } from './types';

describe('mrrAt', () => {
  const plan = { items: [item(1, 5_000)] };
  const revisions = [
    revision('2025-03-01T00:00:00Z', { items: [item(2, 5_000)] }),
    revision('2025-01-01T00:00:00Z', plan),
    revision('2025-05-01T00:00:00Z', { items: [item(3, 5_000)] }),
  ];

  it('uses the latest revision observed at or before `at`, whatever the input order', () => {
    expect(mrrAt(revisions, utc('2025-02-28T23:59:59.999Z')).mrrMinor).toBe(5_000);
    expect(mrrAt(revisions, utc('2025-03-01T00:00:00Z')).mrrMinor).toBe(10_000);
    expect(mrrAt(revisions, utc('2025-04-15Z')).mrrMinor).toBe(10_000);
    expect(mrrAt(revisions, utc('2026-01-01Z')).mrrMinor).toBe(15_000);
  });

  it('before the first revision, assumes the first state held (its dates still apply)', () => {
    expect(mrrAt(revisions, utc('2024-06-01Z')).mrrMinor).toBe(5_000);
    const started = [revision('2025-01-10T00:00:00Z', { ...plan, startDate: utc('2025-01-05T00:00:00Z') })];
    expect(mrrAt(started, utc('2025-01-07Z')).mrrMinor).toBe(5_000);
    expect(mrrAt(started, utc('2025-01-01Z'))).toMatchObject({ mrrMinor: 0, reason: 'not_started' });
  });

  it('lets the later of two revisions observed at the same instant win', () => {
    const same = [
      revision('2025-01-01T00:00:00Z', plan),
      revision('2025-01-01T00:00:00Z', { items: [item(2, 5_000)] }),
    ];
    expect(mrrAt(same, utc('2025-02-01Z')).mrrMinor).toBe(10_000);
  });

  it('returns 0 not_started without revisions', () => {
    expect(mrrAt([], utc('2025-02-01Z'))).toEqual({
      mrrMinor: 0,
      reason: 'not_started',
      isCounted: false,
      isPastDue: false,
    });
  });

  it('counts pastDueChurnAfterDays from the first revision of the unbroken past_due run', () => {
    const settings: LedgerSettings = { discounts: 'while_active', pastDueChurnAfterDays: 30 };
    const history = [
      revision('2025-01-01T00:00:00Z', { ...plan, status: 'past_due' }),
      revision('2025-02-01T00:00:00Z', plan),
      revision('2025-03-01T00:00:00Z', { ...plan, status: 'past_due' }),
      revision('2025-03-20T00:00:00Z', { ...plan, status: 'past_due', items: [item(2, 5_000)] }),
    ];
    // Past due since 1 March (the January episode ended in February): 29 days on 30 March, 30 on 31 March.
    expect(mrrAt(history, utc('2025-03-30T00:00:00Z'), settings)).toMatchObject({ mrrMinor: 10_000, isPastDue: true });
    expect(mrrAt(history, utc('2025-03-31T00:00:00Z'), settings)).toMatchObject({
      mrrMinor: 0,
      reason: 'inactive_status',
      isPastDue: true,
    });
    expect(mrrAt(history, utc('2025-03-31T00:00:00Z')).mrrMinor).toBe(10_000);
  });
});

describe('monthRange', () => {
  it('lists months inclusive, across years', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthRange('2025-06', '2025-06')).toEqual(['2025-06']);
    expect(monthRange('2024-01', '2025-12')).toHaveLength(24);
  });

  it('throws when from is after to or a month is malformed', () => {
    expect(() => monthRange('2025-03', '2025-02')).toThrow(/starts \(2025-03\) after it ends/);
    expect(() => monthRange('2025-13', '2025-12')).toThrow(/YYYY-MM/);
    expect(() => monthRange('2025-1', '2025-12')).toThrow(/YYYY-MM/);
    expect(() => monthRange('2025-01', '2025-01-31')).toThrow(/YYYY-MM/);
  });
});

describe('monthMeasureAt', () => {
  const now = utc('2025-06-15T09:30:00Z');

  it('measures a past or future month at its last millisecond (UTC), February included', () => {
    expect(monthMeasureAt('2025-05', now).toISOString()).toBe('2025-05-31T23:59:59.999Z');
    expect(monthMeasureAt('2024-02', now).toISOString()).toBe('2024-02-29T23:59:59.999Z');
    expect(monthMeasureAt('2024-12', now).toISOString()).toBe('2024-12-31T23:59:59.999Z');
    expect(monthMeasureAt('2025-07', now).toISOString()).toBe('2025-07-31T23:59:59.999Z');
  });

  it('measures the month containing now at now, including its first and last millisecond', () => {
    expect(monthMeasureAt('2025-06', now)).toEqual(now);
    expect(monthMeasureAt('2025-06', utc('2025-06-01T00:00:00Z')).toISOString()).toBe('2025-06-01T00:00:00.000Z');
    expect(monthMeasureAt('2025-06', utc('2025-06-30T23:59:59.999Z')).toISOString()).toBe('2025-06-30T23:59:59.999Z');
  });

  it('throws on a malformed month', () => {
    expect(() => monthMeasureAt('June', now)).toThrow(/YYYY-MM/);
  });
});
