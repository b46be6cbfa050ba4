/** The demo price book's arithmetic, in minor units, as the generated invoices and notes show it. */
import type { Discount, LineItem } from '../engines/ledger/types';
import { currencyRates, currencySymbols } from './catalogue/currencies';
import type { Currency } from './demo-rows';

/** Converts a USD list price to the account's currency, rounded to whole units as price books are. */
export function price(usdMinor: number, currency: Currency): number {
  return Math.max(100, Math.round((usdMinor * currencyRates[currency]) / 100) * 100);
}

/** "$1,234.50", as the demo's activity titles and contract notes write amounts. */
export function formatMoney(minor: number, currency: Currency): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const major = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${currencySymbols[currency]}${major}.${String(abs % 100).padStart(2, '0')}`;
}

/** The recurring, licensed (not metered) amount per billing period. */
export function lineTotal(items: readonly LineItem[]): number {
  let total = 0;
  for (const item of items) if (item.isRecurring && !item.isMetered) total += item.unitAmount * item.quantity;
  return total;
}

/** The amount the discounts in force at `at` take off `amount`, never more than the amount. */
export function discountAt(amount: number, discounts: readonly Discount[], at: Date): number {
  let off = 0;
  const t = at.getTime();
  for (const discount of discounts) {
    if (discount.startsAt && Date.parse(discount.startsAt) > t) continue;
    if (discount.endsAt && Date.parse(discount.endsAt) <= t) continue;
    off += discount.kind === 'percent' ? Math.round((amount * discount.value) / 100) : discount.value;
  }
  return Math.min(off, amount);
}
