import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { loginAttempts } from '../../db/schema';

export async function findLoginLock(db: Db, email: string): Promise<Date | null> {
  const [row] = await db
    .select({ lockedUntil: loginAttempts.lockedUntil })
    .from(loginAttempts)
    .where(eq(loginAttempts.email, email))
    .limit(1);
  return row?.lockedUntil ?? null;
}

/**
 * Counts one more failure in one statement, so concurrent failures from many processes all count;
 * a count whose last failure is older than `forgetBefore` starts again at 1. Returns the new count.
 */
export async function countLoginFailure(db: Db, email: string, now: Date, forgetBefore: Date): Promise<number> {
  const [row] = await db
    .insert(loginAttempts)
    .values({ email, failureCount: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: loginAttempts.email,
      set: {
        failureCount: sql`case when ${loginAttempts.lastFailureAt} < ${forgetBefore.toISOString()}::timestamptz then 1 else ${loginAttempts.failureCount} + 1 end`,
        lastFailureAt: now,
      },
    })
    .returning({ failureCount: loginAttempts.failureCount });
  if (!row) throw new Error('upsert returned no login attempt');
  return row.failureCount;
}

/** Extends the lock only: a slower concurrent failure never shortens a longer lock. */
export async function extendLoginLock(db: Db, email: string, lockedUntil: Date): Promise<void> {
  await db
    .update(loginAttempts)
    .set({
      lockedUntil: sql`greatest(coalesce(${loginAttempts.lockedUntil}, ${lockedUntil.toISOString()}::timestamptz), ${lockedUntil.toISOString()}::timestamptz)`,
    })
    .where(eq(loginAttempts.email, email));
}

export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.email, email));
}
