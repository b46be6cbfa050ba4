/**
 * Salesbricks order stages as the app shows them (docs "Order stages": Open, Awaiting countersign,
 * Closed won, Closed lost, Closed delete, Migrating). The API spells them `BUILDING`, `CLOSED`, …
 * (upper-case in REST/GraphQL, lower-case in webhooks); spellings beyond BUILDING, BUILDING_UPGRADE
 * and CLOSED are unconfirmed, so several plausible forms are accepted.
 */
export type OrderStage = { key: string; label: string; status: 'open' | 'won' | 'lost' | 'deleted' };

const knownStages: { pattern: RegExp; label: string; status: OrderStage['status'] }[] = [
  { pattern: /^BUILDING(_UPGRADE|_RENEWAL|_RECAST)?$|^OPEN$/, label: 'Open', status: 'open' },
  { pattern: /^MIGRATING$/, label: 'Migrating', status: 'open' },
  { pattern: /^(SIGNING|DOCUMENTS_GENERATED)$/, label: 'Signing', status: 'open' },
  {
    pattern: /^(AWAITING_COUNTERSIGN(ATURE)?|COUNTERSIGNING|DOCUMENTS_SIGNED)$/,
    label: 'Awaiting countersign',
    status: 'open',
  },
  { pattern: /^(CLOSED|CLOSED_WON|WON|COMPLETE|COMPLETED)$/, label: 'Closed won', status: 'won' },
  { pattern: /^(CLOSED_LOST|LOST)$/, label: 'Closed lost', status: 'lost' },
  { pattern: /^(CLOSED_DELETE|CLOSED_DELETED|DELETED)$/, label: 'Closed delete', status: 'deleted' },
];

function titleCase(key: string): string {
  const words = key.toLowerCase().split('_').filter(Boolean);
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** `fallback` is the stage implied by where the order came from (order history lists closed orders). */
export function orderStage(raw: string | null | undefined, fallback: string): OrderStage {
  const key = (raw?.trim() || fallback).toUpperCase().replace(/[\s.-]+/g, '_');
  const known = knownStages.find((stage) => stage.pattern.test(key));
  if (known) return { key, label: known.label, status: known.status };
  return { key, label: titleCase(key), status: 'open' };
}

const orderTypeLabels: Record<string, string> = {
  TRIAL: 'Trial',
  STANDARD: 'New business',
  RENEWAL: 'Renewal',
  UPGRADE: 'Upgrade',
  RECAST: 'Recast',
};

export function orderTypeLabel(raw: string | null | undefined): string {
  const key = (raw ?? '').trim().toUpperCase();
  return orderTypeLabels[key] ?? (key ? titleCase(key) : 'Order');
}
