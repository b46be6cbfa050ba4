import { describe, expect, it } from 'vitest';
import {
  countActiveFilters,
  emptyLedgerFilters,
  filtersToSearch,
  getExportHref,
  getLedgerFilters,
  getLedgerSort,
  nextSort,
  parseContractsSearch,
  parseList,
  toLedgerQuery,
} from './filters';

describe('parseContractsSearch', () => {
  it('keeps valid keys in the API spelling and drops defaults', () => {
    expect(
      parseContractsSearch({
        view: 'ledger',
        source: 'salesbricks',
        reconciliation: 'conflict',
        sort: 'arr',
        order: 'desc',
        renewalWithinDays: 30,
      }),
    ).toEqual({ source: 'salesbricks', reconciliation: 'conflict', renewalWithinDays: 30, sort: 'arr', order: 'desc' });
  });

  it('drops unknown values one key at a time instead of failing the page', () => {
    expect(
      parseContractsSearch({
        view: 'board',
        source: 'paypal',
        status: 'active,nope,past_due',
        renewalWithinDays: 45,
        sort: 'owner',
        period: 5,
        withinDays: '60',
        hideIgnored: 'yes',
        extra: 'x',
      }),
    ).toEqual({ status: 'active,past_due', withinDays: 60 });
  });

  it('orders and de-duplicates list values, and reads numbers the router parsed', () => {
    expect(
      parseContractsSearch({
        source: 'salesbricks, stripe,stripe',
        q: 123,
        contract: 42,
        hideIgnored: true,
        view: 'renewals',
      }),
    ).toEqual({
      view: 'renewals',
      q: '123',
      source: 'stripe,salesbricks',
      hideIgnored: true,
      contract: '42',
    });
  });

  it('trims the search and leaves it out when blank', () => {
    expect(parseContractsSearch({ q: '  hooli ' })).toEqual({ q: 'hooli' });
    expect(parseContractsSearch({ q: '   ' })).toEqual({});
  });
});

describe('ledger filters', () => {
  it('round-trips between the URL and the page', () => {
    const filters = getLedgerFilters({ source: 'salesbricks', paymentState: 'past_due,unpaid', renewalWithinDays: 90 });
    expect(filters).toEqual({
      ...emptyLedgerFilters,
      source: ['salesbricks'],
      paymentState: ['past_due', 'unpaid'],
      renewalWithinDays: 90,
    });
    expect(filtersToSearch(filters)).toEqual({
      q: undefined,
      source: 'salesbricks',
      status: undefined,
      paymentState: 'past_due,unpaid',
      reconciliation: undefined,
      renewalWithinDays: 90,
      hideIgnored: undefined,
    });
    expect(countActiveFilters(filters)).toBe(3);
    expect(countActiveFilters(emptyLedgerFilters)).toBe(0);
  });

  it('clearing every filter removes every filter key', () => {
    expect(Object.values(filtersToSearch(emptyLedgerFilters)).every((value) => value === undefined)).toBe(true);
  });

  it('parses list values in their canonical order', () => {
    const allowed = ['stripe', 'salesbricks'] as const;
    expect(parseList(['stripe', 'salesbricks'], allowed)).toEqual(['stripe', 'salesbricks']);
    expect(parseList(undefined, allowed)).toEqual([]);
  });

  it('builds the API query and the CSV export link from the same filters', () => {
    const filters = {
      ...emptyLedgerFilters,
      q: 'hooli',
      source: ['salesbricks' as const],
      reconciliation: ['conflict' as const],
      hideIgnored: true,
    };
    expect(toLedgerQuery(filters, { sort: 'arr', order: 'desc' })).toEqual({
      q: 'hooli',
      source: 'salesbricks',
      reconciliation: 'conflict',
      includeIgnored: 'false',
      sort: 'arr',
      order: 'desc',
    });
    expect(getExportHref(filters, { sort: 'renewal', order: 'asc' })).toBe(
      '/v3/rest/success/contracts/export.csv?q=hooli&source=salesbricks&reconciliation=conflict&includeIgnored=false&sort=renewal&order=asc',
    );
    expect(getExportHref(emptyLedgerFilters)).toBe('/v3/rest/success/contracts/export.csv');
  });
});

describe('sorting', () => {
  it('defaults to ARR, highest first', () => {
    expect(getLedgerSort({})).toEqual({ sort: 'arr', order: 'desc' });
    expect(getLedgerSort({ sort: 'renewal' })).toEqual({ sort: 'renewal', order: 'asc' });
    expect(getLedgerSort({ sort: 'account', order: 'desc' })).toEqual({ sort: 'account', order: 'desc' });
  });

  it('flips the clicked column, and starts another column in its natural order', () => {
    expect(nextSort({ sort: 'arr', order: 'desc' }, 'arr')).toEqual({ sort: 'arr', order: 'asc' });
    expect(nextSort({ sort: 'arr', order: 'asc' }, 'arr')).toEqual({ sort: 'arr', order: 'desc' });
    expect(nextSort({ sort: 'arr', order: 'desc' }, 'renewal')).toEqual({ sort: 'renewal', order: 'asc' });
    expect(nextSort({ sort: 'renewal', order: 'asc' }, 'mrr')).toEqual({ sort: 'mrr', order: 'desc' });
  });
});
