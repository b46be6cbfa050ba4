import type { Db } from '../../db/client';
import { AppError } from '../../lib/errors';
import { createSecretToken, hashPassword, hashToken, verifyPassword } from '../../lib/secrets';
import type { Actor } from './actor';
import { createBoundedConcurrency } from './bounded-concurrency';
import { clearLoginFailures, countLoginFailure, extendLoginLock, findLoginLock } from './login-attempts.queries';
import { forgetFailuresBefore, lockoutSecondsAfter, secondsUntilUnlocked } from './login-lockout';
import {
  deleteSession,
  findActorByApiToken,
  findActorBySession,
  listUsersByEmail,
  insertApiToken,
  insertSession,
  listApiTokens,
  revokeApiToken,
} from './auth.queries';

/** Verifying against a real hash when the email is unknown keeps response times equal. */
let decoyHash: Promise<string> | undefined;

/**
 * Two scrypt checks at a time (libuv has four threads and this may be a two-core machine), and a
 * short queue; a flood beyond that is answered 429 without hashing, so other requests keep their
 * share of CPU. One limiter per process.
 */
const passwordChecks = createBoundedConcurrency({ maxActive: 2, maxQueued: 32 });

type UserRow = Awaited<ReturnType<typeof listUsersByEmail>>[number];

export type SignInResult =
  { outcome: 'signed-in'; user: UserRow } | { outcome: 'throttled'; retryAfterSeconds: number };

/** The user when the password matches, null otherwise; 'locked' when a lock began while queued. */
async function checkPassword(db: Db, email: string, password: string, now: Date): Promise<UserRow | null | 'locked'> {
  if (secondsUntilUnlocked(await findLoginLock(db, email), now) > 0) return 'locked';
  // One address may hold an account in several workspaces, each with its own password: the
  // password says which one signs in (the oldest when two share a password).
  const candidates = await listUsersByEmail(db, email);
  if (candidates.length === 0) {
    decoyHash ??= hashPassword('decoy-password-never-used');
    await verifyPassword(password, await decoyHash);
    return null;
  }
  for (const user of candidates) {
    if (await verifyPassword(password, user.passwordHash)) return user;
  }
  return null;
}

async function countFailure(db: Db, email: string, now: Date): Promise<void> {
  const failures = await countLoginFailure(db, email, now, forgetFailuresBefore(now));
  const lockSeconds = lockoutSecondsAfter(failures);
  if (lockSeconds > 0) await extendLoginLock(db, email, new Date(now.getTime() + lockSeconds * 1000));
}

/**
 * Signs in by email and password. Unknown emails are counted and locked exactly like known ones,
 * so neither the answer nor its timing tells whether an account exists. A locked email is refused
 * even with the right password, and never reaches the password hash.
 */
export async function authenticate(db: Db, email: string, password: string, now: Date): Promise<SignInResult> {
  const lockedFor = secondsUntilUnlocked(await findLoginLock(db, email), now);
  if (lockedFor > 0) return { outcome: 'throttled', retryAfterSeconds: lockedFor };
  const pending = passwordChecks.run(() => checkPassword(db, email, password, now));
  if (!pending) return { outcome: 'throttled', retryAfterSeconds: 1 };
  const user = await pending;
  if (user === 'locked') {
    return {
      outcome: 'throttled',
      retryAfterSeconds: Math.max(1, secondsUntilUnlocked(await findLoginLock(db, email), now)),
    };
  }
  if (!user) {
    await countFailure(db, email, now);
    throw new AppError('unauthenticated', 'The email or password is not correct.');
  }
  await clearLoginFailures(db, email);
  return { outcome: 'signed-in', user };
}

export async function createSession(
  db: Db,
  user: { id: string; workspaceId: string },
  ttlDays: number,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = createSecretToken('sess');
  const expiresAt = new Date(now.getTime() + ttlDays * 86_400_000);
  await insertSession(db, { userId: user.id, workspaceId: user.workspaceId, tokenHash: hashToken(token), expiresAt });
  return { token, expiresAt };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashToken(token));
}

export async function resolveActor(
  db: Db,
  credentials: { sessionToken?: string | undefined; bearerToken?: string | undefined },
  now: Date,
): Promise<Actor | null> {
  if (credentials.bearerToken) return findActorByApiToken(db, hashToken(credentials.bearerToken));
  if (credentials.sessionToken) return findActorBySession(db, hashToken(credentials.sessionToken), now);
  return null;
}

export async function createApiToken(db: Db, actor: Actor, name: string) {
  const token = createSecretToken('sk');
  const row = await insertApiToken(db, {
    workspaceId: actor.workspaceId,
    userId: actor.userId,
    name,
    tokenHash: hashToken(token),
    prefix: token.slice(0, 10),
  });
  return { id: row.id, name: row.name, prefix: row.prefix, token };
}

export async function listTokens(db: Db, actor: Actor) {
  const rows = await listApiTokens(db, actor.workspaceId, actor.userId);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  }));
}

export async function deleteApiToken(db: Db, actor: Actor, tokenId: string): Promise<void> {
  if (!(await revokeApiToken(db, actor.workspaceId, actor.userId, tokenId))) {
    throw new AppError('not_found', `No active API token with id ${tokenId}.`);
  }
}
