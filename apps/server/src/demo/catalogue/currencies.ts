import type { Currency } from '../demo-rows';

export const currencyRates: Record<Currency, number> = { USD: 1, EUR: 0.92, GBP: 0.79 };
/** The rates the demo's price books use, as the ledger's rates table stores them (units per USD). */
export const demoCurrencyRates = [
  { currency: 'EUR', rate: String(currencyRates.EUR) },
  { currency: 'GBP', rate: String(currencyRates.GBP) },
];
export const currencySymbols: Record<Currency, string> = { USD: '$', EUR: '€', GBP: '£' };
