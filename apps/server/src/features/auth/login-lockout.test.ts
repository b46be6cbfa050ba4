import { describe, expect, it } from 'vitest';
import { createBoundedConcurrency } from './bounded-concurrency';
import { forgetFailuresBefore, lockoutSecondsAfter, secondsUntilUnlocked } from './login-lockout';

describe('login lockout', () => {
  it('allows four failures, then locks 30 s and doubles per failure up to 15 minutes', () => {
    const seconds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 50, 5000].map((failures) => lockoutSecondsAfter(failures));
    expect(seconds).toEqual([0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900, 900]);
  });

  it('rounds the wait up to whole seconds and never goes below zero', () => {
    const now = new Date('2026-03-01T12:00:00.000Z');
    expect(secondsUntilUnlocked(null, now)).toBe(0);
    expect(secondsUntilUnlocked(new Date('2026-03-01T12:00:29.200Z'), now)).toBe(30);
    expect(secondsUntilUnlocked(new Date('2026-03-01T11:59:00.000Z'), now)).toBe(0);
  });

  it('forgets failures after a day', () => {
    expect(forgetFailuresBefore(new Date('2026-03-02T12:00:00.000Z')).toISOString()).toBe('2026-03-01T12:00:00.000Z');
  });
});

describe('bounded concurrency', () => {
  it('runs two at a time, queues two more, and refuses the fifth without running it', async () => {
    const limiter = createBoundedConcurrency({ maxActive: 2, maxQueued: 2 });
    const releases: (() => void)[] = [];
    let started = 0;
    const task = () =>
      new Promise<number>((resolve) => {
        started += 1;
        const order = started;
        releases.push(() => resolve(order));
      });
    const runAccepted = () => {
      const pending = limiter.run(task);
      if (!pending) throw new Error('refused while there was room');
      return pending;
    };
    const accepted = [runAccepted(), runAccepted(), runAccepted(), runAccepted()];
    expect(limiter.run(task)).toBeNull();
    expect({ started, active: limiter.active, queued: limiter.queued }).toEqual({ started: 2, active: 2, queued: 2 });

    releases[0]?.();
    await accepted[0];
    await Promise.resolve();
    expect({ started, active: limiter.active, queued: limiter.queued }).toEqual({ started: 3, active: 2, queued: 1 });

    releases[1]?.();
    releases[2]?.();
    await Promise.all([accepted[1], accepted[2]]);
    await Promise.resolve();
    releases[3]?.();
    expect(await Promise.all(accepted)).toEqual([1, 2, 3, 4]);
    expect({ active: limiter.active, queued: limiter.queued }).toEqual({ active: 0, queued: 0 });
  });

  it('frees the slot when a task fails', async () => {
    const limiter = createBoundedConcurrency({ maxActive: 1, maxQueued: 0 });
    await expect(limiter.run(() => Promise.reject(new Error('scrypt failed')))).rejects.toThrow('scrypt failed');
    expect(await limiter.run(() => Promise.resolve('next'))).toBe('next');
  });
});
