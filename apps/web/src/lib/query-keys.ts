/**
 * Query keys that more than one feature reads or invalidates: a write in one feature refreshes
 * another's lists through these roots, so the key lives here rather than in either feature.
 */

/** Every cached Contracts answer lives under this root, so one invalidation refreshes the page. */
export const contractsQueryKeyRoot = ['contracts'] as const;

/** Every page of the Health queue, whatever its filters. */
export const accountsQueryKeyRoot = ['accounts'] as const;

/** One account's Customer Detail; its activity, revenue and requests live under it. */
export const customerQueryKey = (domain: string) => ['customer', domain] as const;

/** Every section's setup readiness. */
export const readinessQueryKeyRoot = ['readiness'] as const;
