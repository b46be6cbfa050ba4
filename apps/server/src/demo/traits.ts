/**
 * The traits that shape one account's story. The hand-written accounts set them; the others draw
 * them at random (builders/profile.ts), and every builder reads them so usage, signals, calls and
 * revenue tell one coherent story.
 */

/** Which billing systems hold the account's revenue. */
export type Billing = 'stripe' | 'salesbricks' | 'both' | 'none';
/** How product usage moves over the last six months. */
export type Trend = 'growing' | 'flat' | 'declining' | 'dark';
export type Mood = 'happy' | 'neutral' | 'unhappy';
/** The Stripe price book's billing periods (a quarter is three months). */
export type StripeInterval = 'month' | 'quarter' | 'year';
/** Where Stripe and Salesbricks disagree about the same revenue, for the reconciliation view. */
export type Conflict = 'amount' | 'renewal' | null;
