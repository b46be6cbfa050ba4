import { describe, expect, it } from 'vitest';
import {
  formatCompactMajor,
  formatCount,
  formatCoverage,
  formatDate,
  formatDaysUntil,
  formatIntervalSuffix,
  formatMoney,
  formatNumber,
  formatPoints,
  formatRecurringMoney,
  formatRelativeTime,
  getInitials,
} from './format';

describe('formatMoney', () => {
  it('reads integer minor units and drops zero cents', () => {
    expect(formatMoney({ amount: 4_800_000, currency: 'USD' })).toBe('$48,000');
  });

  it('keeps cents when there are some', () => {
    expect(formatMoney({ amount: 123_450, currency: 'USD' })).toBe('$1,234.50');
  });

  it('knows currencies without minor units', () => {
    expect(formatMoney({ amount: 5000, currency: 'JPY' })).toBe('¥5,000');
  });

  it('abbreviates in compact mode', () => {
    expect(formatMoney({ amount: 4_800_000, currency: 'USD' }, { compact: true })).toBe('$48K');
  });

  it('does not throw on an unknown currency code', () => {
    expect(formatMoney({ amount: 1050, currency: 'ZZZ' })).toMatch(/10\.50/);
  });
});

describe('money conventions', () => {
  it('is compact in tables, whole where it can be, exact in details', () => {
    const money = { amount: 5_901_500, currency: 'USD' };
    expect(formatMoney(money, { compact: true })).toBe('$59K');
    expect(formatMoney({ amount: 5_800_000, currency: 'USD' })).toBe('$58,000');
    expect(formatMoney({ amount: 5_800_000, currency: 'USD' }, { exact: true })).toBe('$58,000.00');
    expect(formatMoney({ amount: 5_800, currency: 'JPY' }, { exact: true })).toBe('¥5,800');
  });

  it('shows a recurring amount with its period', () => {
    expect(formatRecurringMoney({ amount: 5_901_500, currency: 'USD' }, 'year')).toBe('$59,015.00/yr');
    expect(formatRecurringMoney({ amount: 49_900, currency: 'USD' }, 'month', 3)).toBe('$499.00/3 mo');
    expect(formatRecurringMoney({ amount: 5_901_500, currency: 'USD' }, 'month', 1, { compact: true })).toBe('$59K/mo');
    expect(formatIntervalSuffix('week')).toBe('/wk');
  });
});

describe('calendar dates', () => {
  it('shows an instant on its day in the zone day counts are taken in', () => {
    expect(formatDate('2026-12-11T23:00:00.000Z')).toBe('Dec 11, 2026');
    expect(formatDate('2026-12-11T23:00:00.000Z', 'Europe/Paris')).toBe('Dec 12, 2026');
    expect(formatDate('2026-12-11', 'America/Los_Angeles')).toBe('Dec 11, 2026');
    expect(formatDate('soon')).toBe('—');
  });
});

describe('dates', () => {
  const now = new Date('2026-03-01T15:00:00Z');

  it('words a day count from the API', () => {
    expect(formatDaysUntil(30)).toBe('in 30 days');
    expect(formatDaysUntil(-2)).toBe('2 days ago');
    expect(formatDaysUntil(0)).toBe('today');
  });

  it('describes activity relative to now', () => {
    expect(formatRelativeTime('2026-02-27T15:00:00Z', now)).toBe('2 days ago');
    expect(formatRelativeTime('2026-03-01T14:59:30Z', now)).toBe('just now');
    expect(formatRelativeTime('2026-03-01T12:00:00Z', now)).toBe('3 hours ago');
  });
});

describe('getInitials', () => {
  it('takes the first letters of up to two words', () => {
    expect(getInitials('Hooli')).toBe('H');
    expect(getInitials('pied piper inc')).toBe('PP');
    expect(getInitials('  ')).toBe('?');
  });
});

describe('whole money, numbers and points', () => {
  it('rounds money to whole major units for summary cards', () => {
    expect(formatMoney({ amount: 70_253_892, currency: 'USD' }, { whole: true })).toBe('$702,539');
    expect(formatMoney({ amount: 49, currency: 'USD' }, { whole: true })).toBe('$0');
    expect(formatMoney({ amount: 5000, currency: 'JPY' }, { whole: true })).toBe('¥5,000');
  });

  it('formats axis ticks in major units', () => {
    expect(formatCompactMajor(48_000, 'USD')).toBe('$48K');
    expect(formatCompactMajor(1_200_000, 'EUR')).toBe('€1.2M');
  });

  it('groups digits and counts', () => {
    expect(formatNumber(12_345)).toBe('12,345');
    expect(formatCount(1, 'record')).toBe('1 record');
    expect(formatCount(1_200, 'record')).toBe('1,200 records');
  });

  it('signs points with a true minus and clamps coverage', () => {
    expect(formatPoints(3)).toBe('+3');
    expect(formatPoints(-8)).toBe('\u22128');
    expect(formatPoints(0)).toBe('0');
    expect(formatCoverage(0.456)).toBe('46%');
    expect(formatCoverage(1.2)).toBe('100%');
  });
});
