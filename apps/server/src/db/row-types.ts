/**
 * Row shapes of the tables, derived from the schema, for code that builds rows without querying
 * them (the demo generator and its loader). Type-only: importing it pulls in no database code,
 * and a column added to the schema shows up here without being restated.
 */
import type {
  accountEnrichments,
  accounts,
  activities,
  contacts,
  currencyRates,
  deals,
  invoices,
  paymentEvents,
  requests,
  revenueSourceRevisions,
  revenueSources,
  shippedFeatures,
  signals,
  usageDaily,
} from './schema';

export type AccountInsert = typeof accounts.$inferInsert;
export type AccountEnrichmentInsert = typeof accountEnrichments.$inferInsert;
export type ActivityInsert = typeof activities.$inferInsert;
export type ContactInsert = typeof contacts.$inferInsert;
export type CurrencyRateInsert = typeof currencyRates.$inferInsert;
export type DealInsert = typeof deals.$inferInsert;
export type InvoiceInsert = typeof invoices.$inferInsert;
export type PaymentEventInsert = typeof paymentEvents.$inferInsert;
export type RequestInsert = typeof requests.$inferInsert;
export type RevenueSourceInsert = typeof revenueSources.$inferInsert;
export type RevenueSourceRevision = typeof revenueSourceRevisions.$inferSelect;
export type RevenueSourceRevisionInsert = typeof revenueSourceRevisions.$inferInsert;
export type ShippedFeatureInsert = typeof shippedFeatures.$inferInsert;
export type SignalInsert = typeof signals.$inferInsert;
export type UsageDayInsert = typeof usageDaily.$inferInsert;
