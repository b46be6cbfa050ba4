import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../lib/errors';

/**
 * zxcvbn's score runs 0–4; 2 means roughly 10^6–10^8 guesses ("somewhat guessable"), which with
 * per-account lockout and scrypt is out of reach online, and still accepts passphrases such as
 * `correct-horse-battery-9`. Repeats, sequences, keyboard walks and common passwords score 0–1.
 */
export const minimumPasswordScore = 3;

export const weakPasswordMessage = 'Add more words or characters; avoid repeats and common passwords.';

/** The estimator's dictionaries weigh about 1 MB, so it lives on the server only. */
let estimator: ZxcvbnFactory | undefined;

function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator;
}

export type PasswordVerdict = { isStrong: true } | { isStrong: false; message: string };

/**
 * Judges a password that already passed the shared length rule. `context` holds words the user
 * typed elsewhere in the form (email, workspace name): a password built from them is weak.
 */
export function judgePassword(password: string, context: readonly string[] = []): PasswordVerdict {
  if (password.trim() === '') return { isStrong: false, message: weakPasswordMessage };
  const userInputs = context.flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  const { score } = getEstimator().check(password, userInputs);
  return score >= minimumPasswordScore ? { isStrong: true } : { isStrong: false, message: weakPasswordMessage };
}

/**
 * Throws the same 400 problem a failed body validation gives, naming `body.password`, so forms
 * show it like any other field error.
 */
export function assertStrongPassword(password: string, context: readonly string[] = []): void {
  const verdict = judgePassword(password, context);
  if (verdict.isStrong) return;
  throw new AppError('validation_failed', `body.password: ${verdict.message}`, [
    { path: 'body.password', message: verdict.message },
  ]);
}
