/**
 * Test factories for the health engine: a quiet, fully connected account (score = baseline, no
 * factors) that each test bends with overrides. Used by the *.test.ts files beside it only.
 */
import type { HealthInputs, SignalInput, UsageDay, UsageInput } from './inputs';

export const now = new Date('2025-06-30T12:00:00Z');

const msPerDay = 86_400_000;

export function daysAgo(days: number): Date {
  return new Date(now.getTime() - days * msPerDay);
}

export function daysFromNow(days: number): Date {
  return new Date(now.getTime() + days * msPerDay);
}

/** 'YYYY-MM-DD' of the UTC day `days` before `now`. */
export function dayAgo(days: number): string {
  return daysAgo(days).toISOString().slice(0, 10);
}

/**
 * Daily active users for the trend window: `recent` for today and the latest complete week,
 * `prior` for the three weeks before it (28 days in all, today included).
 */
export function usageSeries(options: { recent: number; prior?: number; historyDays?: number }): UsageDay[] {
  const historyDays = options.historyDays ?? 28;
  return Array.from({ length: historyDays + 1 }, (_, index) => ({
    day: dayAgo(index),
    activeUsers: index <= 7 ? options.recent : (options.prior ?? options.recent),
  }));
}

export function makeUsage(overrides: Partial<UsageInput> & { active?: number } = {}): UsageInput {
  const { active = 25, ...rest } = overrides;
  return {
    licensedSeats: 50,
    licensedSeatsSource: null,
    daily: usageSeries({ recent: active }),
    lastActivityAt: daysAgo(0),
    ...rest,
  };
}

export function makeSignal(overrides: Partial<SignalInput> = {}): SignalInput {
  return { type: 'complaint', sentiment: 'negative', score: null, occurredAt: daysAgo(5), ...overrides };
}

export function makeInputs(overrides: Partial<HealthInputs> = {}): HealthInputs {
  return {
    now,
    timeZone: 'UTC',
    usage: makeUsage(),
    payment: { sources: [{ provider: 'stripe', status: 'active' }], failedPayments: [], openInvoices: [] },
    renewal: { date: daysFromNow(200), provider: 'salesbricks' },
    signals: [],
    connected: { usage: true, billing: true, contracts: true, signals: true },
    ...overrides,
  };
}

/** A PRNG with a seed, so a generated case that fails can be replayed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
