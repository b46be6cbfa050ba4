import { describe, expect, it } from 'vitest';
import { weightedAverage } from './weighted';

describe('weighted average (the vendors’ documented arithmetic)', () => {
  it('reproduces the Gainsight group score: weights 20/15/22, measures 47/59/21 → 40', () => {
    const score = weightedAverage([
      { score: 47, weight: 20 },
      { score: 59, weight: 15 },
      { score: 21, weight: 22 },
    ]);
    expect(score).toBeCloseTo(2287 / 57, 10);
    expect(Math.round(score ?? Number.NaN)).toBe(40);
  });

  it('reproduces Vitally: metric scores 10, 10, 0 averaged → 6.67', () => {
    const score = weightedAverage([10, 10, 0].map((value) => ({ score: value, weight: 1 })));
    expect(score?.toFixed(2)).toBe('6.67');
  });

  it('reproduces Totango: 5 good (100), 3 average (60), 2 poor (40) → 76', () => {
    const score = weightedAverage([
      { score: 100, weight: 5 },
      { score: 60, weight: 3 },
      { score: 40, weight: 2 },
    ]);
    expect(score).toBe(76);
  });

  it('returns null rather than 0 when nothing carries weight', () => {
    expect(weightedAverage([])).toBeNull();
    expect(weightedAverage([{ score: 80, weight: 0 }])).toBeNull();
  });

  it('refuses negative weights and non-finite scores', () => {
    expect(() => weightedAverage([{ score: 50, weight: -1 }])).toThrow('A weight must be 0 or more, not -1');
    expect(() => weightedAverage([{ score: Number.NaN, weight: 1 }])).toThrow(RangeError);
  });
});
