/**
 * METRICS.md worked examples E1–E15, each reproduced to the cent (amounts in USD minor units).
 */
import { describe, expect, it } from 'vitest';
import { convertMinor } from './money';
import { computeMovements } from './movements';
import { arrOf, sourceMrr } from './mrr';
import { monthRange } from './timeline';
import { amountOff, item, makeState, monthlySeries, percentOff, revision, utc } from './test-factories';

const at = utc('2025-06-15T12:00:00Z');
const mrrOf = (state: Parameters<typeof makeState>[0]) => sourceMrr(makeState(state), at).mrrMinor;

describe('METRICS.md worked examples', () => {
  it('E1 12,000 per year, quantity 1 → MRR 1,000.00; ARR 12,000.00', () => {
    const mrr = mrrOf({ items: [item(1, 1_200_000, 'year')], billingInterval: 'year' });
    expect(mrr).toBe(100_000);
    expect(arrOf(mrr)).toBe(1_200_000);
  });

  it('E2 90 per month, interval_count 3 → MRR 30.00', () => {
    expect(mrrOf({ items: [item(1, 9_000, 'month', { intervalCount: 3 })], intervalCount: 3 })).toBe(3_000);
    // The same through the fallback amount (no items).
    expect(mrrOf({ amountMinor: 9_000, billingInterval: 'month', intervalCount: 3 })).toBe(3_000);
  });

  it('E3 item A 100 seats × 100/month + item B 50 seats × 600/year → MRR 12,500.00', () => {
    // 100 × 100.00 = 10,000.00; 50 × 600.00 ÷ 12 = 2,500.00
    expect(mrrOf({ items: [item(100, 10_000, 'month'), item(50, 60_000, 'year')] })).toBe(1_250_000);
  });

  it('E4 4 seats × 500/year → MRR 166.67', () => {
    // 2,000.00 ÷ 12 = 166.666… → 166.67 (half-up once)
    expect(mrrOf({ items: [item(4, 50_000, 'year')], billingInterval: 'year' })).toBe(16_667);
  });

  it('E5 120 per year with 10% off forever → MRR 9.00', () => {
    expect(mrrOf({ items: [item(1, 12_000, 'year')], billingInterval: 'year', discounts: [percentOff(10)] })).toBe(900);
  });

  it('E6 10/month with a 50% coupon for 3 months → 5.00 for 3 months, then 10.00 (+5.00 Expansion)', () => {
    const coupon = percentOff(50, '2025-01-01T00:00:00Z', '2025-04-01T00:00:00Z');
    const state = makeState({ items: [item(1, 1_000)], startDate: utc('2025-01-01T00:00:00Z'), discounts: [coupon] });
    const months = monthRange('2025-01', '2025-05');
    const series = monthlySeries([[{ observedAt: utc('2025-01-01T00:00:00Z'), state }]], months, utc('2025-05-20Z'));
    expect(series).toEqual([500, 500, 500, 1_000, 1_000]);
    expect(sourceMrr(state, utc('2025-03-31T23:59:59.999Z')).mrrMinor).toBe(500);
    expect(sourceMrr(state, utc('2025-04-01T00:00:00Z')).mrrMinor).toBe(1_000);
    expect(computeMovements(months, new Map([['acme', series]]))).toEqual([
      { accountId: 'acme', month: '2025-01', kind: 'new', amountMinor: 500 },
      { accountId: 'acme', month: '2025-04', kind: 'expansion', amountMinor: 500 },
    ]);
  });

  it('E7 50/month trialing, then active with its first invoice unpaid → 0 while trialing; 50.00 New business at conversion', () => {
    const plan = { items: [item(1, 5_000)], startDate: utc('2025-01-10T00:00:00Z') };
    const revisions = [
      revision('2025-01-10T00:00:00Z', { ...plan, status: 'trialing', trialEnd: utc('2025-02-10T00:00:00Z') }),
      // Converted: active, its first invoice still open (an unpaid invoice does not change the status).
      revision('2025-02-10T00:00:00Z', { ...plan, status: 'active', trialEnd: utc('2025-02-10T00:00:00Z') }),
    ];
    const months = monthRange('2025-01', '2025-03');
    const series = monthlySeries([revisions], months, utc('2025-03-15Z'));
    expect(series).toEqual([0, 5_000, 5_000]);
    expect(computeMovements(months, new Map([['acme', series]]))).toEqual([
      { accountId: 'acme', month: '2025-02', kind: 'new', amountMinor: 5_000 },
    ]);
  });

  it('E8 monthly invoice of 120.00 that includes 20.00 tax → MRR 100.00', () => {
    // The invoice is not an input of the ledger at all: MRR reads the pre-tax recurring amount.
    const invoice = { amountMinor: 12_000, taxMinor: 2_000 };
    const state = makeState({ amountMinor: invoice.amountMinor - invoice.taxMinor });
    expect(sourceMrr(state, at).mrrMinor).toBe(10_000);
    expect(mrrOf({ items: [item(1, 10_000)] })).toBe(10_000);
  });

  it('E9 50/month past_due, then unpaid → 50.00 (flagged), then 0 (Churn −50.00)', () => {
    const plan = { items: [item(1, 5_000)], startDate: utc('2025-01-01T00:00:00Z') };
    const revisions = [
      revision('2025-01-01T00:00:00Z', plan),
      revision('2025-02-05T00:00:00Z', { ...plan, status: 'past_due' }),
      revision('2025-03-10T00:00:00Z', { ...plan, status: 'unpaid' }),
    ];
    const months = monthRange('2025-01', '2025-03');
    const series = monthlySeries([revisions], months, utc('2025-03-20Z'));
    expect(series).toEqual([5_000, 5_000, 0]);
    expect(sourceMrr(revisions[1]!.state, utc('2025-02-20Z'))).toEqual({
      mrrMinor: 5_000,
      reason: 'past_due',
      isCounted: true,
      isPastDue: true,
    });
    expect(sourceMrr(revisions[2]!.state, utc('2025-03-20Z'))).toMatchObject({
      mrrMinor: 0,
      reason: 'inactive_status',
    });
    expect(computeMovements(months, new Map([['acme', series]]))).toEqual([
      { accountId: 'acme', month: '2025-01', kind: 'new', amountMinor: 5_000 },
      { accountId: 'acme', month: '2025-03', kind: 'churn', amountMinor: -5_000 },
    ]);
  });

  it('E10 100 DKK/month at 7.064195 DKK per USD → 14.16 USD; a later rate change is no movement', () => {
    const dkk = sourceMrr(makeState({ currency: 'DKK', items: [item(1, 10_000)] }), at).mrrMinor;
    // 10,000 øre × 100 ÷ (100 × 7.064195) = 1,415.59 cents → 1,416
    expect(convertMinor(dkk, 'DKK', 'USD', '7.064195')).toBe(1_416);
    // The ledger converts every month of history at the current rate; after a rate change the whole
    // series is converted again, so the rate change moves every month alike and is never a movement.
    const months = monthRange('2025-01', '2025-03');
    const dkkSeries = [dkk, dkk, dkk];
    for (const rate of ['7.064195', '6.5']) {
      const usd = dkkSeries.map((value) => convertMinor(value, 'DKK', 'USD', rate));
      expect(computeMovements(months, new Map([['acme', usd]]), { openingMrr: new Map([['acme', usd[0]!]]) })).toEqual(
        [],
      );
    }
    expect(convertMinor(dkk, 'DKK', 'USD', '6.5')).toBe(1_538);
    // What the ledger avoids: old months at the old rate and new months at the new one would show a
    // +1.22 "expansion" that no customer made.
    const mixed = [1_416, 1_416, 1_538];
    expect(computeMovements(months, new Map([['acme', mixed]]), { openingMrr: new Map([['acme', 1_416]]) })).toEqual([
      { accountId: 'acme', month: '2025-03', kind: 'expansion', amountMinor: 122 },
    ]);
  });

  it('E11 100/month base item plus a metered item → MRR 100.00', () => {
    const metered = item(1_000, 5, 'month', { isMetered: true, productName: 'API calls' });
    expect(mrrOf({ items: [item(1, 10_000), metered] })).toBe(10_000);
  });

  it('E12 1,200/year, cancel_at_period_end set in month 4 → 100.00 until the period ends, then Churn −100.00', () => {
    const plan = { items: [item(1, 120_000, 'year')], billingInterval: 'year' as const, startDate: utc('2025-01-01Z') };
    const periodEnd = utc('2026-01-01T00:00:00Z');
    const revisions = [
      revision('2025-01-01T00:00:00Z', plan),
      revision('2025-04-15T00:00:00Z', { ...plan, isCancelAtPeriodEnd: true, endDate: periodEnd }),
      revision('2026-01-01T00:00:00Z', { ...plan, status: 'canceled', isCancelAtPeriodEnd: true, endDate: periodEnd }),
    ];
    expect(sourceMrr(revisions[1]!.state, utc('2025-12-31T23:59:59.999Z')).mrrMinor).toBe(10_000);
    expect(sourceMrr(revisions[1]!.state, periodEnd)).toMatchObject({ mrrMinor: 0, reason: 'ended' });
    const months = monthRange('2025-01', '2026-02');
    const series = monthlySeries([revisions], months, utc('2026-02-10Z'));
    expect(series).toEqual([...Array<number>(12).fill(10_000), 0, 0]);
    expect(computeMovements(months, new Map([['acme', series]]))).toEqual([
      { accountId: 'acme', month: '2025-01', kind: 'new', amountMinor: 10_000 },
      { accountId: 'acme', month: '2026-01', kind: 'churn', amountMinor: -10_000 },
    ]);
  });

  it('E13 100/month with 20.00 off forever → MRR 80.00', () => {
    expect(mrrOf({ items: [item(1, 10_000)], discounts: [amountOff(2_000)] })).toBe(8_000);
  });

  it('E14 17 seats × 49/month → MRR 833.00; ARR 9,996.00', () => {
    const mrr = mrrOf({ items: [item(17, 4_900)] });
    expect(mrr).toBe(83_300);
    expect(arrOf(mrr)).toBe(999_600);
  });

  it('E15 4×500/year → add 2×30/month → remove → Gold ends at term end → 3×50/month later: New, Expansion, Contraction, Churn, Reactivation', () => {
    const gold = item(4, 50_000, 'year', { productName: 'Gold' });
    const extraSeats = item(2, 3_000, 'month', { productName: 'Extra seats' });
    const term = { billingInterval: 'year' as const, startDate: utc('2025-01-01T00:00:00Z') };
    const termEnd = utc('2026-01-01T00:00:00Z');
    const revisions = [
      revision('2025-01-01T00:00:00Z', { ...term, items: [gold] }),
      revision('2025-03-10T00:00:00Z', { ...term, items: [gold, extraSeats] }),
      revision('2025-05-10T00:00:00Z', { ...term, items: [gold] }),
      revision('2025-10-01T00:00:00Z', { ...term, items: [gold], isCancelAtPeriodEnd: true, endDate: termEnd }),
      revision('2026-01-01T00:00:00Z', { ...term, items: [gold], status: 'canceled', endDate: termEnd }),
      revision('2026-04-05T00:00:00Z', {
        items: [item(3, 5_000, 'month', { productName: 'Silver' })],
        startDate: utc('2026-04-05T00:00:00Z'),
      }),
    ];
    const months = monthRange('2025-01', '2026-06');
    const series = monthlySeries([revisions], months, utc('2026-06-15Z'));
    // 2,000.00 ÷ 12 = 166.67; + 2 × 30.00 = 226.67 (the sum is rounded once: 22,666.67 → 22,667)
    expect(series).toEqual([
      16_667, 16_667, 22_667, 22_667, 16_667, 16_667, 16_667, 16_667, 16_667, 16_667, 16_667, 16_667, 0, 0, 0, 15_000,
      15_000, 15_000,
    ]);
    expect(computeMovements(months, new Map([['acme', series]]))).toEqual([
      { accountId: 'acme', month: '2025-01', kind: 'new', amountMinor: 16_667 },
      { accountId: 'acme', month: '2025-03', kind: 'expansion', amountMinor: 6_000 },
      { accountId: 'acme', month: '2025-05', kind: 'contraction', amountMinor: -6_000 },
      { accountId: 'acme', month: '2026-01', kind: 'churn', amountMinor: -16_667 },
      { accountId: 'acme', month: '2026-04', kind: 'reactivation', amountMinor: 15_000 },
    ]);
  });
});
