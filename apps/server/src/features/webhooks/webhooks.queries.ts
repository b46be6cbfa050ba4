import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { connections, webhookEvents } from '../../db/schema';

/** Every workspace's connection to the provider, with what verifying a delivery needs. */
export function listConnectionsOf(db: Db, provider: string) {
  return db
    .select({
      workspaceId: connections.workspaceId,
      encryptedCredentials: connections.encryptedCredentials,
      status: connections.status,
    })
    .from(connections)
    .where(eq(connections.provider, provider));
}

/** Records a delivery once per workspace; false when it was seen before. */
export async function isFirstDelivery(
  db: Db,
  delivery: { workspaceId: string; provider: string; eventId: string; type: string },
): Promise<boolean> {
  const inserted = await db
    .insert(webhookEvents)
    .values(delivery)
    .onConflictDoNothing()
    .returning({ eventId: webhookEvents.eventId });
  return inserted.length > 0;
}
