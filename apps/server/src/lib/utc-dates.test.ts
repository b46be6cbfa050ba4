import { describe, expect, it } from 'vitest';
import { addDays, addHours, addMonths, earlier, isoDay, startOfUtcDay } from './utc-dates';

const at = (iso: string) => new Date(iso);

describe('UTC date arithmetic', () => {
  it('adds whole days and hours as fixed spans of time', () => {
    expect(addDays(at('2025-03-30T00:30:00Z'), 1).toISOString()).toBe('2025-03-31T00:30:00.000Z');
    expect(addDays(at('2025-03-01T12:00:00Z'), -1).toISOString()).toBe('2025-02-28T12:00:00.000Z');
    expect(addHours(at('2025-03-01T23:00:00Z'), 2).toISOString()).toBe('2025-03-02T01:00:00.000Z');
  });

  it('adds calendar months, clamping to the last day of a shorter month', () => {
    expect(addMonths(at('2024-01-31T09:15:00Z'), 1).toISOString()).toBe('2024-02-29T09:15:00.000Z');
    expect(addMonths(at('2025-01-31T09:15:00Z'), 1).toISOString()).toBe('2025-02-28T09:15:00.000Z');
    expect(addMonths(at('2025-03-31T09:15:00Z'), -1).toISOString()).toBe('2025-02-28T09:15:00.000Z');
    expect(addMonths(at('2025-11-15T09:15:00Z'), 3).toISOString()).toBe('2026-02-15T09:15:00.000Z');
  });

  it('drops seconds when adding months, as billing periods start on the minute', () => {
    expect(addMonths(at('2025-01-10T09:15:42.500Z'), 12).toISOString()).toBe('2026-01-10T09:15:00.000Z');
  });

  it('reads the calendar day and its start in UTC', () => {
    expect(isoDay(at('2025-06-15T23:59:59Z'))).toBe('2025-06-15');
    expect(startOfUtcDay(at('2025-06-15T23:59:59Z')).toISOString()).toBe('2025-06-15T00:00:00.000Z');
  });

  it('picks the earlier of two instants', () => {
    const a = at('2025-01-01T00:00:00Z');
    const b = at('2025-01-02T00:00:00Z');
    expect(earlier(a, b)).toBe(a);
    expect(earlier(b, a)).toBe(a);
  });
});
