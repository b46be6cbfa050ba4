/**
 * Exact money arithmetic: integer minor units, BigInt rationals, one half-up rounding, and the
 * conversion into the reporting currency (METRICS.md, "MRR and ARR").
 */

/**
 * Rounds numerator ÷ denominator to an integer, half-up on the magnitude: 2.5 → 3 and −2.5 → −3.
 * Rounding the magnitude (rather than toward +∞) makes a refund-like negative amount mirror its
 * positive counterpart exactly, so `round(−x) = −round(x)` and sums of signed lines stay symmetric.
 */
export function roundHalfUp(numerator: bigint, denominator: bigint): number {
  if (denominator === 0n) throw new RangeError('Cannot round a fraction with a zero denominator');
  const sign = numerator < 0n !== denominator < 0n ? -1n : 1n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = sign * ((2n * n + d) / (2n * d));
  if (rounded > BigInt(Number.MAX_SAFE_INTEGER) || rounded < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`Amount ${rounded} minor units is beyond the safe integer range`);
  }
  // `0n * -1n` is 0n, so there is no negative zero to guard against.
  return Number(rounded);
}

/** ISO 4217 currencies whose minor unit is not the cent (everything else has two decimals). */
const exponentByCurrency: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/** Decimal places of a currency's minor unit: JPY 0, USD 2, KWD 3; unknown codes 2. */
export function minorUnitExponent(currency: string): number {
  return exponentByCurrency[currency.trim().toUpperCase()] ?? 2;
}

/**
 * A plain positive decimal ('7.064195', '1', '0.92') as an exact fraction over a power of ten
 * (not reduced: '0.50' → 50/100). Anything else is rejected: empty, signed, zero, exponent forms,
 * a bare '.5' or '5.' — a rate table with such values is broken and should be fixed, not guessed.
 */
export function parseRate(rate: string): { numerator: bigint; denominator: bigint } {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(rate);
  if (!match) {
    throw new Error(`Exchange rate "${rate}" is not a plain positive decimal such as "7.064195"`);
  }
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  const numerator = BigInt(whole + fraction);
  if (numerator === 0n) throw new Error(`Exchange rate "${rate}" is zero`);
  return { numerator, denominator: 10n ** BigInt(fraction.length) };
}

/**
 * `amountMinor` of `from` in minor units of `to`, where `rate` is units of `from` per one unit of
 * `to` (E10: '7.064195' DKK per USD turns 100.00 DKK into 14.16 USD). Exact, rounded half-up once,
 * with each currency's own minor unit. Same currency → unchanged and the rate is not read.
 */
export function convertMinor(amountMinor: number, from: string, to: string, rate: string): number {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`Amount ${amountMinor} is not whole minor units`);
  if (from.trim().toUpperCase() === to.trim().toUpperCase()) return amountMinor;
  const parsed = parseRate(rate);
  // to_minor = amount ÷ 10^from_exp ÷ rate × 10^to_exp
  const numerator = BigInt(amountMinor) * 10n ** BigInt(minorUnitExponent(to)) * parsed.denominator;
  const denominator = 10n ** BigInt(minorUnitExponent(from)) * parsed.numerator;
  return roundHalfUp(numerator, denominator);
}

/** '1000.00 USD', '-5.50 EUR', '1200 JPY': minor units written in the currency's own decimals. */
export function formatMinor(amountMinor: number, currency: string): string {
  const exponent = minorUnitExponent(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const digits = String(Math.abs(amountMinor)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${sign}${whole}${fraction} ${currency.trim().toUpperCase()}`;
}
