/**
 * At most one run per key at a time and at most one more waiting behind it. A caller that arrives
 * while a run is under way joins the waiting run rather than starting its own: that run starts
 * after the current one ends, so it sees every change the caller committed before asking, and
 * eight simultaneous callers cost two runs, not eight. Every caller gets the result of the run
 * it joined (or its error).
 */
export function createCoalescingQueue<T>() {
  type Slot = { running: Promise<T> | null; waiting: Promise<T> | null };
  const slots = new Map<string, Slot>();

  function start(key: string, slot: Slot, task: () => Promise<T>): Promise<T> {
    const running: Promise<T> = task().finally(() => {
      if (slot.running === running) slot.running = null;
      if (!slot.running && !slot.waiting && slots.get(key) === slot) slots.delete(key);
    });
    slot.running = running;
    return running;
  }

  return function run(key: string, task: () => Promise<T>): Promise<T> {
    const slot = slots.get(key) ?? { running: null, waiting: null };
    slots.set(key, slot);
    if (slot.waiting) return slot.waiting;
    if (!slot.running) return start(key, slot, task);
    const waiting = slot.running
      .catch(() => undefined)
      .then(() => {
        slot.waiting = null;
        return start(key, slot, task);
      });
    slot.waiting = waiting;
    return waiting;
  };
}
