import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEncryptor, keyFromSecret } from './encryption';

describe('credential encryption', () => {
  const encryptor = createEncryptor(randomBytes(32));

  it('round-trips a secret and never stores it in clear', () => {
    const stored = encryptor.encrypt('sk_test_51Hooli');
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain('sk_test_51Hooli');
    expect(encryptor.decrypt(stored)).toBe('sk_test_51Hooli');
  });

  it('uses a fresh IV every time', () => {
    expect(encryptor.encrypt('same')).not.toBe(encryptor.encrypt('same'));
  });

  it('refuses a tampered value and a different key', () => {
    const stored = encryptor.encrypt('secret');
    const parts = stored.split('.');
    const tampered = [...parts.slice(0, 3), Buffer.from('other').toString('base64url')].join('.');
    expect(() => encryptor.decrypt(tampered)).toThrow();
    expect(() => createEncryptor(randomBytes(32)).decrypt(stored)).toThrow();
  });

  it('accepts hex keys as bytes and derives other secrets', () => {
    const hex = 'ab'.repeat(32);
    expect(keyFromSecret(hex)).toEqual(Buffer.from(hex, 'hex'));
    expect(keyFromSecret('a passphrase')).toHaveLength(32);
  });
});
