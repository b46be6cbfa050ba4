import { describe, expect, it } from 'vitest';
import { convertMinor, formatMinor, minorUnitExponent, parseRate, roundHalfUp } from './money';

describe('roundHalfUp', () => {
  it('rounds exact halves up on the magnitude: 2.5 → 3, −2.5 → −3', () => {
    expect(roundHalfUp(5n, 2n)).toBe(3);
    expect(roundHalfUp(-5n, 2n)).toBe(-3);
    expect(roundHalfUp(5n, -2n)).toBe(-3);
  });

  it('rounds below a half down and above it up: 166.666… → 167, 1,415.588… → 1,416, 8.333… → 8', () => {
    expect(roundHalfUp(200_000n, 12n)).toBe(16_667);
    expect(roundHalfUp(10_000_000_000n, 7_064_195n)).toBe(1_416);
    expect(roundHalfUp(100n, 12n)).toBe(8);
    expect(roundHalfUp(-100n, 12n)).toBe(-8);
  });

  it('keeps whole numbers and zero as they are (no −0)', () => {
    expect(roundHalfUp(84n, 12n)).toBe(7);
    expect(Object.is(roundHalfUp(0n, 5n), 0)).toBe(true);
    expect(Object.is(roundHalfUp(-1n, 5n), 0)).toBe(true);
  });

  it('refuses a zero denominator and amounts beyond the safe integer range', () => {
    expect(() => roundHalfUp(1n, 0n)).toThrow(/zero denominator/);
    expect(() => roundHalfUp(2n ** 60n, 1n)).toThrow(/safe integer/);
  });
});

describe('minorUnitExponent', () => {
  it('knows zero-, two-, three- and four-decimal currencies, case-insensitively, defaulting to 2', () => {
    expect(minorUnitExponent('JPY')).toBe(0);
    expect(minorUnitExponent('krw')).toBe(0);
    expect(minorUnitExponent('USD')).toBe(2);
    expect(minorUnitExponent('DKK')).toBe(2);
    expect(minorUnitExponent('BHD')).toBe(3);
    expect(minorUnitExponent('KWD')).toBe(3);
    expect(minorUnitExponent('CLF')).toBe(4);
    expect(minorUnitExponent('XYZ')).toBe(2);
  });
});

describe('parseRate', () => {
  it('reads plain decimals exactly over a power of ten', () => {
    expect(parseRate('7.064195')).toEqual({ numerator: 7_064_195n, denominator: 1_000_000n });
    expect(parseRate('1')).toEqual({ numerator: 1n, denominator: 1n });
    expect(parseRate('0.92')).toEqual({ numerator: 92n, denominator: 100n });
  });

  it.each(['', '-1', '0', '0.000', 'abc', '1e3', '7.06e0', '.5', '5.', ' 1', '1,5', 'Infinity'])(
    'rejects %j with a clear error',
    (rate) => {
      expect(() => parseRate(rate)).toThrow(/Exchange rate/);
    },
  );
});

describe('convertMinor', () => {
  it('E10: 100.00 DKK at 7.064195 DKK per USD is 14.16 USD (1,415.588… cents, half-up once)', () => {
    expect(convertMinor(10_000, 'DKK', 'USD', '7.064195')).toBe(1_416);
  });

  it('divides by a rate below 1: 100.00 USD at 0.92 USD per EUR is 108.70 EUR (10,869.57 cents)', () => {
    expect(convertMinor(10_000, 'USD', 'EUR', '0.92')).toBe(10_870);
  });

  it('respects each side’s minor unit: 1,000 JPY at 150.25 JPY per USD is 6.66 USD; 10.00 USD at 0.0066 USD per JPY is 1,515 JPY', () => {
    // 1,000 × 100 ÷ 150.25 = 665.56 cents → 666
    expect(convertMinor(1_000, 'JPY', 'USD', '150.25')).toBe(666);
    // 10.00 ÷ 0.0066 = 1,515.15 yen → 1,515
    expect(convertMinor(1_000, 'USD', 'JPY', '0.0066')).toBe(1_515);
    // 1.000 KWD at 0.307 KWD per USD = 3.2573… USD → 326 cents
    expect(convertMinor(1_000, 'KWD', 'USD', '0.307')).toBe(326);
  });

  it('rounds a negative amount symmetrically to the positive one', () => {
    expect(convertMinor(-10_000, 'DKK', 'USD', '7.064195')).toBe(-1_416);
  });

  it('leaves a same-currency amount unchanged without reading the rate', () => {
    expect(convertMinor(12_345, 'USD', 'usd', '')).toBe(12_345);
  });

  it('throws on a malformed or zero rate and on a fractional amount', () => {
    expect(() => convertMinor(100, 'DKK', 'USD', '0')).toThrow(/zero/);
    expect(() => convertMinor(100, 'DKK', 'USD', 'abc')).toThrow(/not a plain positive decimal/);
    expect(() => convertMinor(1.5, 'DKK', 'USD', '7')).toThrow(/whole minor units/);
  });
});

describe('formatMinor', () => {
  it('writes minor units in the currency’s decimals', () => {
    expect(formatMinor(100_000, 'USD')).toBe('1000.00 USD');
    expect(formatMinor(5, 'usd')).toBe('0.05 USD');
    expect(formatMinor(-550, 'EUR')).toBe('-5.50 EUR');
    expect(formatMinor(1_200, 'JPY')).toBe('1200 JPY');
    expect(formatMinor(1_234, 'KWD')).toBe('1.234 KWD');
  });
});
