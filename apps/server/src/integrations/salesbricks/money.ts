/**
 * Salesbricks money: numbers in major units (`sub_total: 1200.5`) or display strings
 * (`contract_value: "$12,000.00"`, `"12,000.00 USD"`). Converted to integer minor units through
 * decimal strings, never float multiplication, so 1.005 stays 1.005 and rounds half-up once.
 */
import { minorUnitExponent } from '../../engines/ledger/money';

/** The ISO code inside a display string such as "12,000.00 EUR", or null. */
export function currencyInText(value: string | number | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const match = /\b([A-Z]{3})\b/.exec(value);
  return match?.[1] ?? null;
}

/** Normalizes "1.234,50" / "1,234.50" / "$1,234" to a plain "1234.50"; null when no number is present. */
function toDecimalString(value: string): string | null {
  const cleaned = value.replace(/[^\d.,-]/g, '');
  if (!/\d/.test(cleaned)) return null;
  const negative = cleaned.startsWith('-');
  const unsigned = cleaned.replace(/-/g, '');
  const lastDot = unsigned.lastIndexOf('.');
  const lastComma = unsigned.lastIndexOf(',');
  let decimal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: whichever comes last separates the decimals.
    const separator = lastDot > lastComma ? '.' : ',';
    const thousands = separator === '.' ? ',' : '.';
    decimal = unsigned.split(thousands).join('').replace(separator, '.');
  } else if (lastComma >= 0) {
    // Only commas: a single comma followed by exactly two digits at the end is a decimal comma.
    decimal = /^\d+,\d{2}$/.test(unsigned) ? unsigned.replace(',', '.') : unsigned.split(',').join('');
  } else {
    decimal = unsigned;
  }
  if (!/^\d*(\.\d*)?$/.test(decimal)) return null;
  return negative ? `-${decimal}` : decimal;
}

/** Major-unit amount → integer minor units (half-up), or null when the value holds no number. */
export function toMinorUnits(value: number | string | null | undefined, currency: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  const exponent = minorUnitExponent(currency);
  const raw = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'number' && /e/i.test(raw)) return Math.round(value * 10 ** exponent);
  const decimal = toDecimalString(raw);
  if (decimal === null) return null;
  const negative = decimal.startsWith('-');
  const [whole = '', fraction = ''] = decimal.replace('-', '').split('.');
  const kept = fraction.slice(0, exponent).padEnd(exponent, '0');
  const roundUp = (fraction[exponent] ?? '0') >= '5' ? 1 : 0;
  const minor = Number(whole || '0') * 10 ** exponent + Number(kept || '0') + roundUp;
  return negative ? -minor : minor;
}
