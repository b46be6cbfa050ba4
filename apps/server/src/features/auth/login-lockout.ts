/**
 * Per-account lockout after repeated failed sign-ins. Pure: the caller passes `now` and the
 * stored counters. Addresses are limited separately (rate limit on the route); this stops a
 * guesser who spreads one account's attempts over many addresses.
 */
export const loginLockoutPolicy = {
  /** Failures allowed before the first lockout (typos happen). */
  freeFailures: 5,
  /** The lockout after failure number freeFailures; each further failure doubles it. */
  firstLockoutSeconds: 30,
  /** No lockout is longer, so an attacker can keep a victim out for at most this long at a time. */
  maxLockoutSeconds: 15 * 60,
  /** A day without failures starts the count again. */
  forgetAfterSeconds: 24 * 60 * 60,
} as const;

export type LoginLockoutPolicy = typeof loginLockoutPolicy;

/** Seconds of lockout after the `failureCount`-th consecutive failure: 0,0,0,0,30,60,120,…,900. */
export function lockoutSecondsAfter(failureCount: number, policy: LoginLockoutPolicy = loginLockoutPolicy): number {
  if (failureCount < policy.freeFailures) return 0;
  const doublings = failureCount - policy.freeFailures;
  // 2^doublings overflows to Infinity long after it passes the cap, so Math.min settles it.
  return Math.min(policy.firstLockoutSeconds * 2 ** doublings, policy.maxLockoutSeconds);
}

/** Whole seconds until sign-in may be tried again, or 0 when it may be tried now. */
export function secondsUntilUnlocked(lockedUntil: Date | null, now: Date): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
}

/** Failures older than this no longer count. */
export function forgetFailuresBefore(now: Date, policy: LoginLockoutPolicy = loginLockoutPolicy): Date {
  return new Date(now.getTime() - policy.forgetAfterSeconds * 1000);
}
