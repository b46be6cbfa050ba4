import { describe, expect, it } from 'vitest';
import type { Factor } from './factor';
import type { PaymentInput } from './inputs';
import { computePaymentFactors } from './payment';
import { defaultHealthSettings } from './settings';
import { daysAgo, daysFromNow, makeInputs } from './test-factories';

function payment(overrides: Partial<PaymentInput>, connected = true): Factor[] {
  return computePaymentFactors(
    makeInputs({
      payment: {
        sources: [{ provider: 'stripe', status: 'active' }],
        failedPayments: [],
        openInvoices: [],
        ...overrides,
      },
      connected: { usage: true, billing: connected, contracts: true, signals: true },
    }),
    defaultHealthSettings,
  );
}

describe('payment factors', () => {
  it('adds nothing for an active subscription paid on time', () => {
    expect(payment({})).toEqual([]);
  });

  it('scores one failed payment 10 days ago as −5 Payment failed (Stripe)', () => {
    expect(payment({ failedPayments: [{ occurredAt: daysAgo(10), provider: 'stripe' }] })).toEqual([
      {
        key: 'payment.failed',
        dimension: 'payment',
        label: 'Payment failed',
        source: 'Stripe',
        points: -5,
        detail: '1 failed payment in the last 90 days (10 days ago)',
      },
    ]);
  });

  it('adds 5 points per failed payment in 90 days, capped at 15, naming the latest one’s source', () => {
    const failures = (ages: number[]) =>
      payment({
        failedPayments: ages.map((age, index) => ({
          occurredAt: daysAgo(age),
          provider: index === 0 ? ('salesbricks' as const) : ('stripe' as const),
        })),
      })[0];
    expect(failures([40, 3])).toMatchObject({
      points: -10,
      source: 'Stripe',
      detail: '2 failed payments in the last 90 days, latest 3 days ago',
    });
    expect(failures([1, 2, 3, 4])).toMatchObject({ points: -15, source: 'Salesbricks' });
    expect(failures([90])?.points).toBe(-5);
    expect(failures([91])).toBeUndefined();
    expect(failures([-2])).toBeUndefined(); // after `now`: not yet happened as of this score
  });

  it('scores a past-due subscription as −10 Payment past due', () => {
    expect(payment({ sources: [{ provider: 'stripe', status: 'past_due' }] })).toEqual([
      {
        key: 'payment.past_due',
        dimension: 'payment',
        label: 'Payment past due',
        source: 'Stripe',
        points: -10,
        detail: 'Stripe subscription is past due',
      },
    ]);
  });

  it('counts past due once however many sources are past due', () => {
    const factors = payment({
      sources: [
        { provider: 'salesbricks', status: 'PAST_DUE' },
        { provider: 'stripe', status: 'unpaid' },
        { provider: 'stripe', status: 'active' },
      ],
    });
    expect(factors).toEqual([
      expect.objectContaining({
        points: -10,
        source: 'Salesbricks',
        detail: '2 revenue sources are past due (Salesbricks, Stripe)',
      }),
    ]);
    expect(payment({ sources: [{ provider: 'stripe', status: 'unpaid' }] })[0]?.detail).toBe(
      'Stripe subscription is unpaid',
    );
  });

  it('scores open invoices past their due day at 3 points each, capped at 6', () => {
    const invoice = (dueDaysAgo: number) => ({
      dueAt: daysAgo(dueDaysAgo),
      amountDueMinor: 49_00,
      provider: 'stripe' as const,
    });
    expect(payment({ openInvoices: [invoice(12)] })).toEqual([
      {
        key: 'payment.overdue_invoices',
        dimension: 'payment',
        label: 'Overdue invoice',
        source: 'Stripe',
        points: -3,
        detail: '1 open invoice past due (12 days overdue)',
      },
    ]);
    expect(payment({ openInvoices: [invoice(5), invoice(34), invoice(1)] })[0]).toMatchObject({
      label: 'Overdue invoices',
      points: -6,
      detail: '3 open invoices past due, oldest 34 days overdue',
    });
  });

  it('does not count invoices due today or later, without a due date, or with nothing left to pay', () => {
    expect(
      payment({
        openInvoices: [
          { dueAt: daysAgo(0), amountDueMinor: 100, provider: 'stripe' },
          { dueAt: daysFromNow(10), amountDueMinor: 100, provider: 'stripe' },
          { dueAt: null, amountDueMinor: 100, provider: 'stripe' },
          { dueAt: daysAgo(30), amountDueMinor: 0, provider: 'stripe' },
        ],
      }),
    ).toEqual([]);
  });

  it('adds the payment risks together when several are open', () => {
    const factors = payment({
      sources: [{ provider: 'stripe', status: 'past_due' }],
      failedPayments: [{ occurredAt: daysAgo(10), provider: 'stripe' }],
      openInvoices: [{ dueAt: daysAgo(10), amountDueMinor: 100, provider: 'stripe' }],
    });
    expect(factors.map((f) => [f.key, f.points])).toEqual([
      ['payment.past_due', -10],
      ['payment.failed', -5],
      ['payment.overdue_invoices', -3],
    ]);
  });

  it('shows "No billing data" as a zero-point line when no billing source is connected', () => {
    const factors = computePaymentFactors(
      makeInputs({ payment: null, connected: { usage: true, billing: false, contracts: false, signals: true } }),
      defaultHealthSettings,
    );
    expect(factors).toEqual([
      {
        key: 'payment.no_data',
        dimension: 'payment',
        label: 'No billing data',
        source: 'Stripe',
        points: 0,
        detail: 'Stripe and Salesbricks not connected; payment is not scored',
      },
    ]);
  });

  it('shows no billing data when billing is connected but nothing is billed to the account', () => {
    const factors = payment({ sources: [] });
    expect(factors).toEqual([expect.objectContaining({ key: 'payment.no_data', points: 0 })]);
    expect(factors[0]?.detail).toContain('No subscription, contract, invoice or payment is linked');
  });
});
