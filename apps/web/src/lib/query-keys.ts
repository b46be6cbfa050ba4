/** Every cached Contracts answer lives under this root, so one invalidation refreshes the page. */
export const contractsQueryKeyRoot = ['contracts'] as const;
