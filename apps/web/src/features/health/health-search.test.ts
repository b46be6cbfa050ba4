import { describe, expect, it } from 'vitest';
import {
  countActiveFilters,
  getEffectiveSort,
  nextSort,
  normalizeHealthSearch,
  parseHealthSearch,
  toAccountQuery,
} from './health-search';

describe('parseHealthSearch', () => {
  it('keeps valid filters, sort and the untracked toggle', () => {
    expect(
      parseHealthSearch({
        q: ' hooli ',
        band: 'critical',
        renewalWithinDays: 30,
        owner: 'Monica Hall',
        source: 'merged',
        paymentState: 'past_due',
        sort: 'arr',
        order: 'asc',
        untracked: true,
      }),
    ).toEqual({
      q: 'hooli',
      band: 'critical',
      renewalWithinDays: 30,
      owner: 'Monica Hall',
      source: 'merged',
      paymentState: 'past_due',
      sort: 'arr',
      order: 'asc',
      untracked: true,
    });
  });

  it('drops what a hand-edited URL gets wrong, without losing the rest', () => {
    expect(
      parseHealthSearch({
        band: 'purple',
        renewalWithinDays: 45,
        sort: 'size',
        order: 'up',
        untracked: 'yes',
        q: '',
        owner: '  ',
        source: 'paypal',
      }),
    ).toEqual({});
    expect(parseHealthSearch({ band: 'at_risk', paymentState: 'bankrupt' })).toEqual({ band: 'at_risk' });
  });

  it('reads numbers and strings the router hands over', () => {
    // TanStack Router JSON-parses "?q=123" to a number and "?renewalWithinDays=60" may arrive as text.
    expect(parseHealthSearch({ q: 123, renewalWithinDays: '60', untracked: 'true' })).toEqual({
      q: '123',
      renewalWithinDays: 60,
      untracked: true,
    });
  });

  it('leaves out an order that only repeats the default', () => {
    expect(parseHealthSearch({ sort: 'arr', order: 'desc' })).toEqual({ sort: 'arr' });
    expect(parseHealthSearch({ sort: 'triage', order: 'asc' })).toEqual({});
    expect(parseHealthSearch({ sort: 'name', order: 'asc' })).toEqual({ sort: 'name' });
    expect(parseHealthSearch({ order: 'desc' })).toEqual({ order: 'desc' });
  });
});

describe('sorting', () => {
  it('defaults to the triage order and each key to its natural direction', () => {
    expect(getEffectiveSort({})).toEqual({ sort: 'triage', order: 'asc' });
    expect(getEffectiveSort({ sort: 'name' })).toEqual({ sort: 'name', order: 'asc' });
    expect(getEffectiveSort({ sort: 'arr' })).toEqual({ sort: 'arr', order: 'desc' });
    expect(getEffectiveSort({ sort: 'score' })).toEqual({ sort: 'score', order: 'asc' });
  });

  it('sorts a new column in its natural direction, then flips it', () => {
    const byArr = nextSort({}, 'arr');
    expect(byArr).toEqual({ sort: 'arr', order: undefined });
    const flipped = nextSort(byArr, 'arr');
    expect(flipped).toEqual({ sort: 'arr', order: 'asc' });
    expect(nextSort(flipped, 'arr')).toEqual({ sort: 'arr', order: undefined });
  });

  it('returns to the clean URL when the triage order comes back', () => {
    expect(nextSort({}, 'name')).toEqual({ sort: 'name', order: undefined });
    expect(nextSort({ sort: 'name' }, 'triage')).toEqual({ sort: undefined, order: undefined });
    expect(normalizeHealthSearch({ sort: 'triage' })).toEqual({});
  });
});

describe('toAccountQuery', () => {
  it('sends the effective sort and the untracked flag as the API expects', () => {
    expect(toAccountQuery({ band: 'critical', q: ' x ', untracked: true })).toEqual({
      q: 'x',
      band: 'critical',
      renewalWithinDays: undefined,
      owner: undefined,
      source: undefined,
      paymentState: undefined,
      sort: 'triage',
      order: 'asc',
      includeUntracked: 'true',
    });
    expect(toAccountQuery({ sort: 'renewal' })).toMatchObject({
      sort: 'renewal',
      order: 'asc',
      includeUntracked: 'false',
    });
  });

  it('counts filters but not search, sort or the toggle', () => {
    expect(countActiveFilters({ q: 'x', sort: 'arr', untracked: true })).toBe(0);
    expect(countActiveFilters({ band: 'critical', owner: 'Jared Dunn', renewalWithinDays: 30 })).toBe(3);
  });

  it('filters by "not enough data" and by churned, and drops an unknown state', () => {
    expect(parseHealthSearch({ band: 'not_enough_data' })).toEqual({ band: 'not_enough_data' });
    expect(parseHealthSearch({ band: 'churned' })).toEqual({ band: 'churned' });
    expect(parseHealthSearch({ band: 'gone' })).toEqual({});
    expect(toAccountQuery({ band: 'churned' })).toMatchObject({ band: 'churned', sort: 'triage' });
  });

  it('normalizes away undefined keys', () => {
    expect(normalizeHealthSearch({ q: undefined, band: 'healthy', owner: undefined })).toEqual({ band: 'healthy' });
  });
});
