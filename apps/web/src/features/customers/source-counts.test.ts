import { describe, expect, it } from 'vitest';
import { formatSourceCounts, sourceCountsOf } from './source-counts';

describe('revenue source counts', () => {
  it('says a merged Stripe + Salesbricks pair is one source of two records', () => {
    expect(formatSourceCounts({ revenueSources: 1, revenueRecords: 2 })).toBe('2 records, 1 merged source');
    expect(formatSourceCounts({ revenueSources: 2, revenueRecords: 4 })).toBe('4 records, 2 merged sources');
  });

  it('says how many of several sources are merged', () => {
    expect(formatSourceCounts({ revenueSources: 2, revenueRecords: 3 })).toBe('3 records, 2 sources (1 merged)');
  });

  it('counts plain sources once', () => {
    expect(formatSourceCounts({ revenueSources: 1, revenueRecords: 1 })).toBe('1 source');
    expect(formatSourceCounts({ revenueSources: 0, revenueRecords: 0 })).toBe('0 sources');
  });

  it('counts ledger rows and the records each one merges', () => {
    expect(sourceCountsOf([{ sources: ['stripe', 'salesbricks'] }, { sources: ['stripe'] }])).toEqual({
      revenueSources: 2,
      revenueRecords: 3,
    });
  });
});
