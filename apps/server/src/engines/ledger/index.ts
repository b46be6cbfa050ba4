/** The revenue ledger engine: pure functions from source states to MRR, movements and retention. */
export { defaultLedgerSettings } from './types';
export type { BillingInterval, LedgerSettings, Revision, SourceState } from './types';
export { arrOf, sourceMrr } from './mrr';
export type { MrrReason, SourceMrr } from './mrr';
export { convertMinor, formatMinor, minorUnitExponent, parseRate, roundHalfUp } from './money';
export { monthMeasureAt, monthOf, monthRange, mrrAt, shiftMonth } from './timeline';
export { defaultReconcileOptions, reconcile } from './reconcile';
export type { ConflictField, LedgerGroup, ReconcileOptions, ReconcileSource } from './reconcile';
export { computeMovements, totalsByMonth } from './movements';
export type { Movement, MovementKind, MonthTotals } from './movements';
export { computeRetention } from './retention';
export { accountChurn, lastPaymentStop } from './churn';
export type { AccountChurn, PaymentStop } from './churn';
export type { Retention } from './retention';
