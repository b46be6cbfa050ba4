import { describe, expect, it } from 'vitest';
import { judgePassword, weakPasswordMessage } from './password-strength';

describe('password strength', () => {
  it.each([
    'aaaaaaaaaa',
    '1234567890',
    '          ',
    'password123',
    'qwertyuiop',
    'abcdefghij',
    'letmein2024',
    'Password1!',
  ])('refuses %j with a helpful message', (password) => {
    expect(judgePassword(password)).toEqual({ isStrong: false, message: weakPasswordMessage });
  });

  // Passphrases the docs, demo and tests use must keep working.
  it.each([
    ['correct-horse-battery-9', ['admin1@ws1.test', 'Workspace 1']],
    ['another-password-1', ['richard@piedpiper.test', 'Pied Piper']],
    ['middle-out-2026', ['richard@piedpiper.com', 'Pied Piper']],
    ['middle-out-compression', ['richard@piedpiper.test', 'Pied Piper']],
    ['member-password-1', ['dinesh@hooli.xyz']],
    ['donald-dunn-1234', ['jared@piedpiper.test']],
    ['raviga-capital-1', ['monica@piedpiper.test']],
    ['gilfoyle-is-wrong', ['dinesh@piedpiper.test']],
    ['aviato-aviato-aviato', ['erlich@piedpiper.test']],
    ['whatever-pass-1', ['x@y.test']],
    ['satan-rules-666', ['gilfoyle@piedpiper.test']],
  ])('accepts %j', (password, context) => {
    expect(judgePassword(password, context)).toEqual({ isStrong: true });
  });

  it('refuses a password made of the email and workspace name', () => {
    expect(judgePassword('piedpiper2026', ['richard@piedpiper.test', 'Pied Piper']).isStrong).toBe(false);
    expect(judgePassword('piedpiper2026').isStrong).toBe(true);
  });
});
