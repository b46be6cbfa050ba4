import { describe, expect, it } from 'vitest';
import { getSafeRedirect } from './safe-redirect';

describe('getSafeRedirect', () => {
  it('follows same-origin paths with their search', () => {
    expect(getSafeRedirect('/success/health?q=hooli')).toBe('/success/health?q=hooli');
  });

  it('refuses other origins and protocol-relative URLs', () => {
    expect(getSafeRedirect('https://evil.example/')).toBeNull();
    expect(getSafeRedirect('//evil.example/')).toBeNull();
    expect(getSafeRedirect('/\\evil.example')).toBeNull();
    expect(getSafeRedirect(42)).toBeNull();
  });

  it('never loops back to the sign-in or setup pages', () => {
    expect(getSafeRedirect('/login?redirect=/x')).toBeNull();
    expect(getSafeRedirect('/setup')).toBeNull();
  });
});
