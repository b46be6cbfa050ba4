/**
 * Gives the demo's subscriptions a past: some grew into their seats, a few shrank. The ledger
 * replays revisions month by month, so this is what makes expansions and contractions appear in
 * the movements chart. Deterministic: the same sources change the same way on every load.
 */
import type { Db } from '../db/client';
import type { LineItem } from '../engines/ledger/types';
import { dayMs } from '../lib/days';
import { hashSeed } from './random';
import {
  findSourceRevision,
  insertRevision,
  listStripeSourcesInForce,
  setRevisionObservedAt,
} from './revision-history.queries';

function monthsBefore(date: Date, months: number): Date {
  const shifted = new Date(date);
  shifted.setUTCMonth(shifted.getUTCMonth() - months);
  return shifted;
}

function withSeats(items: LineItem[], factor: number): LineItem[] {
  return items.map((item, index) =>
    index === 0 && item.isRecurring && !item.isMetered
      ? { ...item, quantity: Math.max(1, Math.round(item.quantity * factor)) }
      : item,
  );
}

export async function seedRevisionHistory(db: Db, workspaceId: string, now: Date): Promise<number> {
  const sources = await listStripeSourcesInForce(db, workspaceId);
  let changed = 0;
  for (const source of sources) {
    if (!source.startDate) continue;
    const monthsOld = Math.floor((now.getTime() - source.startDate.getTime()) / (30 * dayMs));
    const hash = hashSeed(source.externalId);
    // One in three grew into its seats; one in seven shrank. Both need a few months of history.
    const factor = hash % 3 === 0 ? 0.7 : hash % 7 === 1 ? 1.3 : null;
    if (factor === null || monthsOld < 3) continue;
    const current = await findSourceRevision(db, workspaceId, source.id);
    const items = current?.state.items as LineItem[] | undefined;
    if (!current || !items?.[0] || items[0].quantity < 4) continue;
    const changedAt = monthsBefore(now, 1 + (hash % Math.min(6, monthsOld - 1)));
    await setRevisionObservedAt(db, current.id, changedAt);
    await insertRevision(db, {
      workspaceId,
      revenueSourceId: source.id,
      stateHash: `${current.stateHash}:history`,
      state: { ...current.state, items: withSeats(items, factor) },
      observedAt: source.startDate,
    });
    changed += 1;
  }
  return changed;
}
