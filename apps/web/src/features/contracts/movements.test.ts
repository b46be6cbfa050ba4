import type { Movements } from '@success/shared/ledger';
import { describe, expect, it } from 'vitest';
import { formatMonth, formatRatio, getMovementRange, hasMovement, monthKey, toMovementChartData } from './movements';

const usd = (amount: number) => ({ amount, currency: 'USD' });

function month(overrides: Partial<Movements['months'][number]> & { month: string }): Movements['months'][number] {
  return {
    new: usd(0),
    expansion: usd(0),
    contraction: usd(0),
    churn: usd(0),
    reactivation: usd(0),
    net: usd(0),
    mrr: usd(0),
    ...overrides,
  };
}

describe('movement periods', () => {
  const now = new Date('2026-03-15T12:00:00Z');

  it('covers the last N months, this month included', () => {
    expect(getMovementRange(12, now)).toEqual({ from: '2025-04', to: '2026-03' });
    expect(getMovementRange(3, now)).toEqual({ from: '2026-01', to: '2026-03' });
    expect(getMovementRange(1, now)).toEqual({ from: '2026-03', to: '2026-03' });
  });

  it('crosses year boundaries', () => {
    expect(monthKey(new Date('2026-01-31T23:00:00Z'), 1)).toBe('2025-12');
    expect(getMovementRange(6, new Date('2026-02-01T00:00:00Z'))).toEqual({ from: '2025-09', to: '2026-02' });
  });

  it('labels months', () => {
    expect(formatMonth('2026-03')).toBe('Mar 26');
    expect(formatMonth('soon')).toBe('soon');
  });
});

describe('toMovementChartData', () => {
  it('puts growth above the axis and losses below it, in major units', () => {
    const [point] = toMovementChartData([
      month({
        month: '2026-02',
        new: usd(120_000),
        expansion: usd(30_050),
        reactivation: usd(5_000),
        contraction: usd(20_000),
        churn: usd(-45_000),
        net: usd(90_050),
        mrr: usd(1_000_000),
      }),
    ]);
    expect(point).toEqual({
      month: '2026-02',
      label: 'Feb 26',
      new: 1200,
      expansion: 300.5,
      reactivation: 50,
      contraction: -200,
      churn: -450,
      net: 900.5,
      mrr: 10_000,
    });
  });

  it('respects currencies without minor units and never yields a negative zero', () => {
    const [point] = toMovementChartData([
      month({ month: '2026-01', churn: { amount: 0, currency: 'JPY' }, new: { amount: 5000, currency: 'JPY' } }),
    ]);
    expect(point?.new).toBe(5000);
    expect(Object.is(point?.churn, -0)).toBe(false);
  });

  it('tells an empty period from a quiet one', () => {
    expect(hasMovement(toMovementChartData([month({ month: '2026-01' })]))).toBe(false);
    expect(hasMovement(toMovementChartData([month({ month: '2026-01', mrr: usd(100) })]))).toBe(true);
  });
});

describe('formatRatio', () => {
  it('shows NRR and GRR as percentages', () => {
    expect(formatRatio(1.052)).toBe('105.2%');
    expect(formatRatio(0.9)).toBe('90.0%');
    expect(formatRatio(null)).toBe('—');
  });
});
