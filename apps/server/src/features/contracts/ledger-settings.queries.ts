import { eq } from 'drizzle-orm';
import type { LedgerSettingsInput } from '@success/shared/ledger';
import type { Db } from '../../db/client';
import { workspaces } from '../../db/schema';

/** Stores the workspace's counting rules; `loadLedgerConfig` reads them back. */
export async function updateLedgerSettings(db: Db, workspaceId: string, settings: LedgerSettingsInput) {
  await db.update(workspaces).set({ ledgerSettings: settings }).where(eq(workspaces.id, workspaceId));
}
