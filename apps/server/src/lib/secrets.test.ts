import { describe, expect, it } from 'vitest';
import { createSecretToken, hashPassword, hashToken, verifyPassword } from './secrets';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('tabs-not-spaces-42');
    expect(await verifyPassword('tabs-not-spaces-42', hash)).toBe(true);
    expect(await verifyPassword('spaces-not-tabs-42', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same-password-1')).not.toBe(await hashPassword('same-password-1'));
  });

  it('refuses a stored value it does not understand', async () => {
    expect(await verifyPassword('anything', 'md5$abc')).toBe(false);
  });
});

describe('tokens', () => {
  it('creates distinct prefixed tokens and hashes them deterministically', () => {
    const a = createSecretToken('sk');
    expect(a).toMatch(/^sk_[A-Za-z0-9_-]{43}$/);
    expect(createSecretToken('sk')).not.toBe(a);
    expect(hashToken(a)).toBe(hashToken(a));
    expect(hashToken(a)).toHaveLength(64);
  });
});
