import { describe, expect, it } from 'vitest';
import { describeConflicts, formatConflicts, formatInterval, getStatusLabel } from './ledger-labels';

describe('ledger labels', () => {
  it('names billing intervals', () => {
    expect(formatInterval('month', 1)).toBe('Monthly');
    expect(formatInterval('year', 1)).toBe('Yearly');
    expect(formatInterval('month', 3)).toBe('Every 3 months');
  });

  it('humanizes statuses it does not know', () => {
    expect(getStatusLabel('past_due')).toBe('Past due');
    expect(getStatusLabel('draft_order')).toBe('Draft order');
  });

  it('lists conflicting fields with both sides formatted, amounts in the same period', () => {
    // The ledger compares MRR: 4,917.92 and 4,833.33 a month are $59,015.04 and $57,999.96 a year.
    const conflicts = [
      { field: 'amount' as const, stripe: '4917.92 USD', salesbricks: '4833.33 USD' },
      { field: 'renewal_date' as const, stripe: '2027-03-04', salesbricks: 'none' },
      { field: 'status' as const, stripe: 'past_due', salesbricks: 'active' },
    ];
    expect(describeConflicts({ conflicts, billingInterval: 'year' })).toBe(
      [
        'Amount: Stripe $59,015.04/yr · Salesbricks $57,999.96/yr',
        'Renewal date: Stripe Mar 4, 2027 · Salesbricks no renewal date',
        'Status: Stripe Past due · Salesbricks Active',
      ].join('\n'),
    );
    expect(formatConflicts({ conflicts, billingInterval: 'month' })[0]).toMatchObject({
      stripe: '$4,917.92/mo',
      salesbricks: '$4,833.33/mo',
    });
  });

  it('keeps a value it cannot read as it came', () => {
    const conflicts = [{ field: 'amount' as const, stripe: 'n/a', salesbricks: 'about 12' }];
    expect(formatConflicts({ conflicts, billingInterval: 'year' })[0]).toMatchObject({
      stripe: 'n/a',
      salesbricks: 'about 12',
    });
  });
});
