export type DemoOptions = {
  seed: number;
  /** How many accounts to generate. */
  accounts: number;
  /** The moment the dataset is "as of"; every date is relative to it. */
  now: Date;
  /** Days of daily usage per account with a product, ending the day before `now`. */
  usageDays: number;
};

export const demoDefaults = { seed: 42, accounts: 60, usageDays: 180 } as const;

/** Accounts per streamed batch: big enough for efficient inserts, small enough to keep memory flat. */
export const demoBatchSize = 500;

export function assertOptions(options: DemoOptions): void {
  if (!Number.isInteger(options.seed)) throw new RangeError('seed must be an integer');
  if (!Number.isInteger(options.accounts) || options.accounts < 0)
    throw new RangeError('accounts must be a non-negative integer');
  if (!Number.isInteger(options.usageDays) || options.usageDays < 0)
    throw new RangeError('usageDays must be a non-negative integer');
  if (Number.isNaN(options.now.getTime())) throw new RangeError('now must be a valid date');
}
