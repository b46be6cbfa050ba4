import { describe, expect, it } from 'vitest';
import { toggleListValue } from './list-values';

describe('toggleListValue', () => {
  it('toggles list values in their canonical order', () => {
    const allowed = ['stripe', 'salesbricks'] as const;
    expect(toggleListValue(['salesbricks'], 'stripe', allowed)).toEqual(['stripe', 'salesbricks']);
    expect(toggleListValue(['stripe', 'salesbricks'], 'stripe', allowed)).toEqual(['salesbricks']);
  });
});
