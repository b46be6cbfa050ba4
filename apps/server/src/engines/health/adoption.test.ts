import { describe, expect, it } from 'vitest';
import { computeAdoptionFactors } from './adoption';
import type { Factor } from './factor';
import type { HealthInputs } from './inputs';
import { defaultHealthSettings } from './settings';
import { dayAgo, daysAgo, makeInputs, makeUsage, usageSeries } from './test-factories';

function adoption(overrides: Partial<HealthInputs>): Factor[] {
  return computeAdoptionFactors(makeInputs(overrides), defaultHealthSettings);
}

function factor(factors: Factor[], key: string): Factor | undefined {
  return factors.find((f) => f.key === key);
}

describe('adoption factors', () => {
  it('scores 12 of 50 seats active as −8 Low product adoption (PostHog)', () => {
    const factors = adoption({ usage: makeUsage({ active: 12 }) });
    expect(factors).toEqual([
      {
        key: 'adoption.seats',
        dimension: 'adoption',
        label: 'Low product adoption',
        source: 'PostHog',
        points: -8,
        detail: '12 of 50 licensed seats active (24%)',
      },
    ]);
  });

  it('scores adoption below 15% as −15 Very low product adoption', () => {
    const seats = factor(adoption({ usage: makeUsage({ active: 5 }) }), 'adoption.seats');
    expect(seats).toMatchObject({
      label: 'Very low product adoption',
      points: -15,
      detail: '5 of 50 licensed seats active (10%)',
    });
  });

  it('puts the thresholds on the healthier side: exactly 15% is low, exactly 40% is fine, exactly 80% is strong', () => {
    const at = (active: number, licensedSeats: number) =>
      factor(adoption({ usage: makeUsage({ active, licensedSeats }) }), 'adoption.seats')?.points ?? 0;
    expect(at(15, 100)).toBe(-8);
    expect(at(14, 100)).toBe(-15);
    expect(at(40, 100)).toBe(0);
    expect(at(39, 100)).toBe(-8);
    expect(at(80, 100)).toBe(5);
    expect(at(79, 100)).toBe(0);
  });

  it('scores 45 of 50 seats active as +5 Strong product adoption', () => {
    const seats = factor(adoption({ usage: makeUsage({ active: 45 }) }), 'adoption.seats');
    expect(seats).toMatchObject({
      label: 'Strong product adoption',
      points: 5,
      detail: '45 of 50 licensed seats active (90%)',
    });
  });

  it('counts the peak day of the last 7 days, so a quiet weekend is not low adoption', () => {
    const daily = [
      { day: dayAgo(0), activeUsers: 2 },
      { day: dayAgo(1), activeUsers: 3 },
      { day: dayAgo(3), activeUsers: 30 },
      { day: dayAgo(7), activeUsers: 49 },
    ];
    const seats = factor(adoption({ usage: makeUsage({ daily }) }), 'adoption.seats');
    expect(seats).toBeUndefined(); // 30 of 50 = 60%; day 7 is outside the window
  });

  it('names where the licensed seats came from, with the count written as the seats card writes it', () => {
    const detail = (licensedSeatsSource: 'ledger' | 'salesbricks_contract') =>
      factor(
        adoption({ usage: makeUsage({ active: 236, licensedSeats: 1200, licensedSeatsSource }) }),
        'adoption.seats',
      )?.detail;
    expect(detail('ledger')).toBe('236 of 1,200 licensed seats active (20%, Stripe subscription)');
    expect(detail('salesbricks_contract')).toBe('236 of 1,200 licensed seats active (20%, Salesbricks contract)');
  });

  it('shows unknown licensed seats as a zero-point line, not a penalty', () => {
    const factors = adoption({ usage: makeUsage({ active: 3, licensedSeats: null }) });
    expect(factor(factors, 'adoption.seats')).toMatchObject({ label: 'Licensed seats unknown', points: 0 });
    expect(factors.filter((f) => f.points !== 0)).toEqual([]);
  });

  it('scores a 40% drop in average daily active users as −4 Declining usage', () => {
    const usage = makeUsage({ licensedSeats: 12, daily: usageSeries({ recent: 6, prior: 10 }) });
    expect(factor(adoption({ usage }), 'adoption.trend')).toEqual({
      key: 'adoption.trend',
      dimension: 'adoption',
      label: 'Declining usage',
      source: 'PostHog',
      points: -4,
      detail: 'Average daily active users down 40% (10.0 → 6.0) against the previous 3 weeks',
    });
  });

  it('scores a drop of 50% or more as −8 and a drop under 25% as nothing', () => {
    const trend = (recent: number, prior: number) =>
      factor(
        adoption({ usage: makeUsage({ licensedSeats: 10, daily: usageSeries({ recent, prior }) }) }),
        'adoption.trend',
      )?.points ?? 0;
    expect(trend(5, 10)).toBe(-8);
    expect(trend(6, 10)).toBe(-4);
    expect(trend(7.5, 10)).toBe(-4);
    expect(trend(8, 10)).toBe(0);
    expect(trend(12, 10)).toBe(0);
  });

  it('leaves today out of the trend, because today is still being counted', () => {
    const daily = usageSeries({ recent: 10, prior: 10 }).map((row) =>
      row.day === dayAgo(0) ? { ...row, activeUsers: 0 } : row,
    );
    expect(factor(adoption({ usage: makeUsage({ licensedSeats: 20, daily }) }), 'adoption.trend')).toBeUndefined();
  });

  it('does not count days before the usage history began as zero', () => {
    // History starts 10 days ago: the prior period is the 3 days before the latest week.
    const short = makeUsage({ licensedSeats: 10, daily: usageSeries({ recent: 6, prior: 10, historyDays: 10 }) });
    expect(factor(adoption({ usage: short }), 'adoption.trend')?.detail).toBe(
      'Average daily active users down 40% (10.0 → 6.0) against the previous 3 days',
    );
    const tooShort = makeUsage({ licensedSeats: 10, daily: usageSeries({ recent: 1, prior: 10, historyDays: 7 }) });
    expect(factor(adoption({ usage: tooShort }), 'adoption.trend')).toBeUndefined();
  });

  it('scores days since the last activity at 7, 14 and 30 days as −2, −5 and −10', () => {
    const idle = (days: number) => {
      const daily = usageSeries({ recent: 0, prior: 0 }).map((row) => ({
        ...row,
        activeUsers: row.day === dayAgo(days) ? 30 : 0,
      }));
      return factor(adoption({ usage: makeUsage({ daily, lastActivityAt: daysAgo(days) }) }), 'adoption.recency');
    };
    expect(idle(6)).toBeUndefined();
    expect(idle(7)).toMatchObject({
      label: 'No recent product activity',
      points: -2,
      detail: 'Last product activity 7 days ago',
    });
    expect(idle(13)?.points).toBe(-2);
    expect(idle(14)?.points).toBe(-5);
    expect(idle(16)).toMatchObject({ points: -5, detail: 'Last product activity 16 days ago' });
    expect(idle(29)?.points).toBe(-5);
  });

  it('scores 30+ idle days as −10 and takes the latest of the reported activity and the daily counts', () => {
    const usage = makeUsage({ daily: [{ day: dayAgo(45), activeUsers: 3 }], lastActivityAt: daysAgo(40) });
    expect(factor(adoption({ usage }), 'adoption.recency')).toMatchObject({
      points: -10,
      detail: 'Last product activity 40 days ago',
    });
  });

  it('treats usage on record with no activity ever as idle past the longest tier', () => {
    const usage = makeUsage({ daily: usageSeries({ recent: 0, prior: 0 }), lastActivityAt: null });
    const factors = adoption({ usage });
    expect(factor(factors, 'adoption.recency')).toMatchObject({ points: -10, detail: 'No product activity recorded' });
    expect(factor(factors, 'adoption.seats')).toMatchObject({
      points: -15,
      detail: '0 of 50 licensed seats active (0%)',
    });
  });

  it('ignores usage dated after now and malformed days', () => {
    const usage = makeUsage({
      daily: [
        { day: dayAgo(-3), activeUsers: 50 },
        { day: '2025-02-30', activeUsers: 50 },
        { day: 'yesterday', activeUsers: 50 },
        { day: dayAgo(2), activeUsers: 12 },
      ],
      lastActivityAt: daysAgo(2),
    });
    expect(factor(adoption({ usage }), 'adoption.seats')?.detail).toBe('12 of 50 licensed seats active (24%)');
  });

  it('shows "No usage data (PostHog not connected)" as a zero-point line when PostHog is not connected', () => {
    expect(
      adoption({ usage: null, connected: { usage: false, billing: true, contracts: true, signals: true } }),
    ).toEqual([
      {
        key: 'adoption.no_data',
        dimension: 'adoption',
        label: 'No usage data',
        source: 'PostHog',
        points: 0,
        detail: 'PostHog not connected; adoption is not scored',
      },
    ]);
  });

  it('shows no usage data when PostHog is connected but nothing matched the account', () => {
    const empty = adoption({ usage: makeUsage({ daily: [], lastActivityAt: null }) });
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatchObject({ key: 'adoption.no_data', points: 0 });
    expect(empty[0]?.detail).toContain('PostHog is connected');
    expect(adoption({ usage: null })[0]?.key).toBe('adoption.no_data');
  });

  it('scores recency from the last activity alone when no daily counts exist', () => {
    const factors = adoption({ usage: makeUsage({ daily: [], lastActivityAt: daysAgo(20) }) });
    expect(factor(factors, 'adoption.seats')).toMatchObject({ label: 'Active users unknown', points: 0 });
    expect(factor(factors, 'adoption.recency')?.points).toBe(-5);
  });
});
