import { describe, expect, it } from 'vitest';
import { formatActiveUsers, formatWeeklyTrend, seatUtilization, trendTone } from './metrics';

describe('metric card words', () => {
  it('signs the weekly trend', () => {
    expect(formatWeeklyTrend(12.54)).toBe('+12.5% week over week');
    expect(formatWeeklyTrend(-8)).toBe('\u22128% week over week');
    expect(formatWeeklyTrend(0.01)).toBe('Flat week over week');
    expect(formatWeeklyTrend(null)).toBeNull();
    expect(trendTone(-3)).toBe('down');
    expect(trendTone(0.04)).toBe('flat');
    expect(trendTone(null)).toBe('flat');
  });

  it('shows active users against licensed seats', () => {
    expect(formatActiveUsers({ activeUsers: 12, licensedSeats: 50 })).toBe('12 / 50');
    expect(formatActiveUsers({ activeUsers: 1200, licensedSeats: null })).toBe('1,200');
    expect(formatActiveUsers({ activeUsers: null, licensedSeats: 50 })).toBeNull();
    expect(seatUtilization({ activeUsers: 12, licensedSeats: 50 })).toBe(24);
    expect(seatUtilization({ activeUsers: 12, licensedSeats: 0 })).toBeNull();
  });
});
