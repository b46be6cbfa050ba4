import { describe, expect, it } from 'vitest';
import { allowedTargets, canRoute } from './routing';

describe('routing rules', () => {
  it.each([
    ['health', 'convert'],
    ['health', 'pipeline'],
    ['health', 'contracts'],
    ['health', 're-engage'],
    ['convert', 'pipeline'],
    ['convert', 're-engage'],
    ['pipeline', 'contracts'],
    ['contracts', 'health'],
    ['re-engage', 'pipeline'],
    ['close-the-loop', 're-engage'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(canRoute(from, to)).toBe(true);
  });

  it('lets every section return an account to Health triage', () => {
    for (const from of ['convert', 'contracts', 'pipeline', 're-engage', 'close-the-loop'] as const) {
      expect(canRoute(from, 'health')).toBe(true);
    }
  });

  it.each([
    ['health', 'health'],
    ['convert', 'contracts'],
    ['pipeline', 'convert'],
    ['contracts', 'pipeline'],
    ['re-engage', 'convert'],
    ['health', 'close-the-loop'],
  ] as const)('refuses %s → %s', (from, to) => {
    expect(canRoute(from, to)).toBe(false);
  });

  it('names the allowed targets of a section', () => {
    expect(allowedTargets('convert')).toEqual(['pipeline', 're-engage', 'health']);
    expect(allowedTargets('health')).toEqual(['convert', 'pipeline', 'contracts', 're-engage']);
  });
});
