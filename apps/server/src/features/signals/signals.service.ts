import { normalizeDomain } from '@success/shared/domain';
import type { BatchResult } from '@success/shared/signals';
import { callItemSchema, signalItemSchema } from '@success/shared/signals';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import type { CanonicalRecord } from '../../integrations/connector';
import { writePage } from '../../integrations/record-writer';
import type { Actor } from '../auth/actor';
import { parseSignalsCsv } from './signals-csv';

/** Signals and calls pushed by scripts carry this provider, so re-sending an external id updates it. */
export const ingestionProvider = 'api';

type Parsed<T> = { index: number; item: T } | { index: number; error: { externalId: string | null; message: string } };

function externalIdOf(raw: unknown): string | null {
  return typeof raw === 'object' && raw !== null && 'externalId' in raw && typeof raw.externalId === 'string'
    ? raw.externalId
    : null;
}

function parseItems<T extends { companyDomain: string }>(
  schema: z.ZodType<T>,
  items: unknown[],
): Parsed<T & { domain: string }>[] {
  return items.map((raw, index) => {
    const result = schema.safeParse(raw);
    if (!result.success) {
      const message = result.error.issues
        .map((issue) => `${issue.path.join('.') || 'item'}: ${issue.message}`)
        .join('; ');
      return { index, error: { externalId: externalIdOf(raw), message } };
    }
    const domain = normalizeDomain(result.data.companyDomain);
    if (!domain)
      return {
        index,
        error: {
          externalId: externalIdOf(raw),
          message: 'companyDomain: not a company domain (for example hooli.com)',
        },
      };
    return { index, item: { ...result.data, domain } };
  });
}

function sentimentOf(type: string, score: number | undefined): 'positive' | 'neutral' | 'negative' {
  if (type === 'nps' && score !== undefined) return score >= 9 ? 'positive' : score >= 7 ? 'neutral' : 'negative';
  if (type === 'praise') return 'positive';
  if (type === 'complaint' || type === 'escalation' || type === 'bug') return 'negative';
  return 'neutral';
}

async function ingest(
  db: Db,
  actor: Actor,
  parsed: Parsed<unknown>[],
  records: CanonicalRecord[],
  now: Date,
): Promise<BatchResult> {
  const errors = parsed.flatMap((entry) => ('error' in entry ? [{ index: entry.index, ...entry.error }] : []));
  const counts = await db.transaction((tx) =>
    writePage(
      tx,
      {
        // While demo mode is on, pushed signals and calls belong to the demo data, never the real workspace.
        workspaceId: actor.dataWorkspaceId,
        provider: ingestionProvider,
        connectionId: null,
        syncRunId: null,
        observedAt: now,
      },
      records,
      [],
    ),
  );
  return { created: counts.created, updated: counts.updated, unchanged: counts.unchanged, errors };
}

/**
 * Valid items are written (idempotent by external id) even when others in the batch are not;
 * each invalid item comes back with its index and the reason.
 */
export async function ingestSignals(db: Db, actor: Actor, items: unknown[], now: Date): Promise<BatchResult> {
  const parsed = parseItems(signalItemSchema, items);
  const records = parsed.flatMap((entry): CanonicalRecord[] =>
    'item' in entry
      ? [
          {
            kind: 'signal',
            ref: { customerExternalId: entry.item.domain, domain: entry.item.domain, label: entry.item.domain },
            row: {
              externalId: entry.item.externalId,
              type: entry.item.type,
              sentiment: entry.item.sentiment ?? sentimentOf(entry.item.type, entry.item.score),
              score: entry.item.score ?? null,
              text: entry.item.text,
              source: entry.item.source,
              evidenceUrl: entry.item.evidenceUrl ?? null,
              occurredAt: new Date(entry.item.occurredAt),
            },
          },
        ]
      : [],
  );
  return ingest(db, actor, parsed, records, now);
}

export async function ingestCalls(db: Db, actor: Actor, items: unknown[], now: Date): Promise<BatchResult> {
  const parsed = parseItems(callItemSchema, items);
  const records = parsed.flatMap((entry): CanonicalRecord[] =>
    'item' in entry
      ? [
          {
            kind: 'activity',
            ref: { customerExternalId: entry.item.domain, domain: entry.item.domain, label: entry.item.domain },
            row: {
              externalId: entry.item.externalId,
              type: 'call',
              title: entry.item.title,
              summary: entry.item.summary ?? null,
              url: entry.item.url ?? null,
              metadata: { participants: entry.item.participants ?? [] },
              occurredAt: new Date(entry.item.occurredAt),
            },
          },
        ]
      : [],
  );
  return ingest(db, actor, parsed, records, now);
}

/** CSV import: the same validation as the API, reported by spreadsheet row; nothing is written on a dry run. */
export async function importSignalsCsv(db: Db, actor: Actor, csv: string, dryRun: boolean, now: Date) {
  const { items, errors: csvErrors } = parseSignalsCsv(csv);
  const parsed = parseItems(signalItemSchema, items);
  const rowErrors = parsed.flatMap((entry) => ('error' in entry ? [{ row: entry.index + 2, ...entry.error }] : []));
  const errors = [...csvErrors.map((error) => ({ ...error, externalId: null })), ...rowErrors].sort(
    (a, b) => a.row - b.row,
  );
  const valid = parsed.filter((entry) => 'item' in entry);
  const preview = valid.flatMap((entry) => ('item' in entry ? [entry.item] : [])).slice(0, 20);
  const written =
    dryRun || valid.length === 0
      ? null
      : await ingestSignals(
          db,
          actor,
          valid.map((entry) => ('item' in entry ? entry.item : {})),
          now,
        );
  return {
    rows: items.length,
    valid: valid.length,
    preview,
    errors,
    written: written ? { created: written.created, updated: written.updated, unchanged: written.unchanged } : null,
  };
}
