import { z } from 'zod';
import type { SyncCursor } from '../connector';

/**
 * Where a pass stands. A full pass walks customers → subscriptions → invoices; an incremental pass
 * walks events. `startingAfter` is the last id of the previous page (Stripe's cursor); `seen` holds
 * the ids an incremental pass already mapped, because events arrive newest-first and an older
 * event must not overwrite what a newer one wrote.
 */
export const phases = ['customers', 'subscriptions', 'invoices', 'events'] as const;
export type Phase = (typeof phases)[number];

const stripeCursorSchema = z.object({
  phase: z.enum(phases),
  startingAfter: z.string().nullable(),
  /** Unix seconds: events strictly after this time (incremental only). */
  createdAfter: z.number().int().nullable().default(null),
  seen: z.array(z.string()).default([]),
});
export type StripeCursor = z.infer<typeof stripeCursorSchema>;

export const fullPassStart: StripeCursor = { phase: 'customers', startingAfter: null, createdAfter: null, seen: [] };

/** The next phase of a full pass, or null after invoices. */
export function nextFullPhase(phase: Phase): Phase | null {
  switch (phase) {
    case 'customers':
      return 'subscriptions';
    case 'subscriptions':
      return 'invoices';
    case 'invoices':
    case 'events':
      return null;
  }
}

/** A stored cursor this connector wrote, or null when there is none (or it is not ours). */
export function readCursor(cursor: SyncCursor | null): StripeCursor | null {
  if (cursor === null) return null;
  const parsed = stripeCursorSchema.safeParse(cursor);
  return parsed.success ? parsed.data : null;
}

export function toSyncCursor(cursor: StripeCursor): SyncCursor {
  return { ...cursor };
}
