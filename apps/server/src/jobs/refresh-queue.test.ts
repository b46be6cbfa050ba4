import { describe, expect, it } from 'vitest';
import { createCoalescingQueue } from './refresh-queue';

/** A task whose end the test decides, recording when it started. */
function controlledTask(log: string[], name: string) {
  let finish: (value: string) => void = () => undefined;
  const done = new Promise<string>((resolve) => (finish = resolve));
  return {
    run: () => {
      log.push(`start ${name}`);
      return done;
    },
    finish: () => finish(name),
  };
}

describe('coalescing queue', () => {
  it('runs one task per key at a time; later callers share the single run queued behind it', async () => {
    const run = createCoalescingQueue<string>();
    const log: string[] = [];
    const first = controlledTask(log, 'first');
    const second = controlledTask(log, 'second');
    const third = controlledTask(log, 'third');
    const a = run('workspace-1', first.run);
    const b = run('workspace-1', second.run);
    const c = run('workspace-1', third.run);
    await Promise.resolve();
    expect(log).toEqual(['start first']);
    first.finish();
    expect(await a).toBe('first');
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The queued run starts only after the first ended, and the third caller joined it.
    expect(log).toEqual(['start first', 'start second']);
    second.finish();
    expect(await b).toBe('second');
    expect(await c).toBe('second');
    expect(log).not.toContain('start third');
  });

  it('runs different keys side by side and starts afresh once a key is idle', async () => {
    const run = createCoalescingQueue<string>();
    const log: string[] = [];
    const one = controlledTask(log, 'one');
    const two = controlledTask(log, 'two');
    const p1 = run('workspace-1', one.run);
    const p2 = run('workspace-2', two.run);
    expect(log).toEqual(['start one', 'start two']);
    one.finish();
    two.finish();
    expect(await Promise.all([p1, p2])).toEqual(['one', 'two']);
    expect(await run('workspace-1', () => Promise.resolve('again'))).toBe('again');
  });

  it('starts the queued run even when the running one fails, and gives each caller its own outcome', async () => {
    const run = createCoalescingQueue<string>();
    const failing = run('workspace-1', () => Promise.reject(new Error('deadlock detected')));
    const next = run('workspace-1', () => Promise.resolve('recovered'));
    await expect(failing).rejects.toThrow('deadlock detected');
    expect(await next).toBe('recovered');
  });
});
