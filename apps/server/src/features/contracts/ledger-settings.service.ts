import { ledgerSettingsSchema, type LedgerSettingsInput } from '@success/shared/ledger';
import type { Db } from '../../db/client';
import type { Actor } from '../auth/actor';
import { loadLedgerConfig } from './ledger-inputs.queries';
import { updateLedgerSettings } from './ledger-settings.queries';
import { refreshDerivedData } from '../../jobs/refresh-workspace';

export async function getLedgerSettings(db: Db, actor: Actor): Promise<LedgerSettingsInput> {
  return (await loadLedgerConfig(db, actor.dataWorkspaceId)).settings;
}

/** Saves the counting rules (admins) and rebuilds the ledger under them. */
export async function saveLedgerSettings(db: Db, actor: Actor, settings: LedgerSettingsInput, now: Date) {
  const parsed = ledgerSettingsSchema.parse(settings);
  await updateLedgerSettings(db, actor.dataWorkspaceId, parsed);
  await refreshDerivedData(db, actor.dataWorkspaceId, now);
  return parsed;
}
