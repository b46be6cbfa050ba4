import { describe, expect, it } from 'vitest';
import { describeConflicts, formatInterval, getStatusLabel } from './labels';

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

  it('lists conflicting fields with both sides', () => {
    expect(
      describeConflicts([
        { field: 'amount', stripe: '$1,000', salesbricks: '$1,200' },
        { field: 'renewal_date', stripe: '2026-04-01', salesbricks: '2026-05-01' },
      ]),
    ).toBe('Amount: Stripe $1,000 · Salesbricks $1,200\nRenewal date: Stripe 2026-04-01 · Salesbricks 2026-05-01');
  });
});
