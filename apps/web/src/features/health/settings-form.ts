/**
 * The Health scoring editor's model: the settings' shape, one descriptor per editable number, a
 * text draft keyed by path ("bands.healthy", "adoption.inactivity.1.days"), parsing back with
 * inline errors, the server's validation errors mapped onto fields, and the preview's words. Pure.
 */
import {
  healthSnapshotStates,
  healthStateLabels,
  type HealthSettingsPreview,
  type HealthSnapshotState,
} from '@success/shared/health';
import { healthSettingsShapeSchema, type HealthSettings } from '@success/shared/health-settings';

export type FieldKind = 'score' | 'points' | 'days' | 'weeks' | 'ratio' | 'percent' | 'weight' | 'count';

export type FieldDescriptor = { path: string; label: string; kind: FieldKind; hint?: string };

export type SectionDescriptor = {
  id: 'score' | 'weights' | 'adoption' | 'payment' | 'renewal' | 'signals';
  title: string;
  description: string;
  fields: FieldDescriptor[];
};

const kindRules: Record<
  FieldKind,
  { min: number; max: number; integer: boolean; step: string; unit: string; exclusiveMin?: boolean }
> = {
  score: { min: 0, max: 100, integer: true, step: '1', unit: '' },
  points: { min: 0, max: 100, integer: true, step: '1', unit: 'pts' },
  days: { min: 1, max: 3650, integer: true, step: '1', unit: 'days' },
  weeks: { min: 2, max: 12, integer: true, step: '1', unit: 'weeks' },
  ratio: { min: 0, max: 1, integer: false, step: '0.01', unit: '' },
  percent: { min: 0, max: 100, integer: false, step: '1', unit: '%', exclusiveMin: true },
  weight: { min: 0, max: 1000, integer: false, step: '1', unit: '' },
  count: { min: 1, max: 10, integer: true, step: '1', unit: '' },
};

export function getKindRules(kind: FieldKind) {
  return kindRules[kind];
}

const signalFields = (key: string, label: string): FieldDescriptor[] => [
  { path: `signals.${key}.points`, label: `${label}: points each`, kind: 'points' },
  { path: `signals.${key}.maxPoints`, label: `${label}: cap`, kind: 'points' },
];

export const settingsSections: SectionDescriptor[] = [
  {
    id: 'score',
    title: 'Score and bands',
    description:
      'Every account starts at the baseline; factors add or subtract points. The thresholds split scores into bands.',
    fields: [
      {
        path: 'baseline',
        label: 'Baseline score',
        kind: 'score',
        hint: 'Where an account with no factors sits (0–100).',
      },
      { path: 'bands.healthy', label: 'Healthy at or above', kind: 'score' },
      {
        path: 'bands.atRisk',
        label: 'At risk at or above',
        kind: 'score',
        hint: 'Below this, an account is critical.',
      },
      {
        path: 'minCoverage',
        label: 'Minimum input coverage',
        kind: 'ratio',
        hint: 'Share of dimension weight backed by data (0–1). Below it an account shows “Not enough data”.',
      },
    ],
  },
  {
    id: 'weights',
    title: 'Dimension weights',
    description:
      "How much each dimension counts: its factors' points are scaled by weight ÷ default weight, and the weights make up the input coverage.",
    fields: [
      { path: 'weights.adoption', label: 'Adoption', kind: 'weight' },
      { path: 'weights.payment', label: 'Payment', kind: 'weight' },
      { path: 'weights.renewal', label: 'Renewal', kind: 'weight' },
      { path: 'weights.signals', label: 'Signals', kind: 'weight' },
    ],
  },
  {
    id: 'adoption',
    title: 'Adoption',
    description: 'Active users against licensed seats, the usage trend and days since the last product activity.',
    fields: [
      { path: 'adoption.lowRatio', label: 'Low adoption below', kind: 'ratio', hint: 'Active ÷ licensed seats (0–1).' },
      { path: 'adoption.lowPoints', label: 'Low adoption', kind: 'points' },
      { path: 'adoption.criticalRatio', label: 'Critically low below', kind: 'ratio' },
      { path: 'adoption.criticalPoints', label: 'Critically low adoption', kind: 'points' },
      { path: 'adoption.strongRatio', label: 'Strong adoption at or above', kind: 'ratio' },
      { path: 'adoption.strongPoints', label: 'Strong adoption (adds)', kind: 'points' },
      { path: 'adoption.trendWeeks', label: 'Trend window', kind: 'weeks' },
      { path: 'adoption.declinePercent', label: 'Usage decline from', kind: 'percent' },
      { path: 'adoption.declinePoints', label: 'Declining usage', kind: 'points' },
      { path: 'adoption.steepDeclinePercent', label: 'Steep decline from', kind: 'percent' },
      { path: 'adoption.steepDeclinePoints', label: 'Steeply declining usage', kind: 'points' },
    ],
  },
  {
    id: 'payment',
    title: 'Payment',
    description: 'Past-due subscriptions, failed payments and overdue invoices.',
    fields: [
      { path: 'payment.pastDuePoints', label: 'Past-due subscription', kind: 'points' },
      { path: 'payment.failedPaymentPoints', label: 'Per failed payment', kind: 'points' },
      { path: 'payment.failedPaymentMaxPoints', label: 'Failed payments cap', kind: 'points' },
      { path: 'payment.failedPaymentWindowDays', label: 'Failed payments within', kind: 'days' },
      { path: 'payment.overdueInvoicePoints', label: 'Per overdue invoice', kind: 'points' },
      { path: 'payment.overdueInvoiceMaxPoints', label: 'Overdue invoices cap', kind: 'points' },
    ],
  },
  {
    id: 'renewal',
    title: 'Renewal pressure',
    description:
      'A renewal inside the window is always a factor: small alone, larger for every other open risk, scaled down over the window (at least 1 point).',
    fields: [
      { path: 'renewal.windowDays', label: 'Renewal window', kind: 'days' },
      { path: 'renewal.pointsPerOtherRisk', label: 'Per other open risk', kind: 'points' },
      { path: 'renewal.maxOtherRisks', label: 'Other risks counted', kind: 'count' },
      {
        path: 'renewal.alonePoints',
        label: 'With no other risk',
        kind: 'points',
        hint: 'At most the points per other risk; 0 turns the lone renewal line off.',
      },
    ],
  },
  {
    id: 'signals',
    title: 'Signals',
    description: 'Complaints, escalations, NPS and praise, decaying with age.',
    fields: [
      { path: 'signals.halfLifeDays', label: 'Half-life', kind: 'days', hint: 'A signal this old counts half.' },
      { path: 'signals.windowDays', label: 'Ignore signals older than', kind: 'days' },
      ...signalFields('complaint', 'Complaint'),
      ...signalFields('escalation', 'Escalation'),
      ...signalFields('negativeNps', 'NPS 0–6'),
      ...signalFields('positiveNps', 'NPS 9–10 (adds)'),
      ...signalFields('praise', 'Praise (adds)'),
    ],
  },
];

export type SectionId = SectionDescriptor['id'];

/** The section a path (or a section-level error key) belongs to: "bands.healthy" → "score". */
export function sectionOf(path: string): SectionId | null {
  const head = path.split('.')[0] ?? '';
  if (head === 'baseline' || head === 'bands' || head === 'score' || head === 'minCoverage') return 'score';
  return settingsSections.some((section) => section.id === head) ? (head as SectionId) : null;
}

export const MAX_INACTIVITY_TIERS = 5;

export type Draft = Record<string, string>;

/** Every number of the settings as text, keyed by dotted path. */
export function toDraft(settings: HealthSettings): Draft {
  const draft: Draft = {};
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'number') draft[path] = String(value);
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}.${index}`));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(settings, '');
  return draft;
}

/** How many inactivity tiers the draft holds. */
export function countTiers(draft: Draft): number {
  let count = 0;
  while (`adoption.inactivity.${count}.days` in draft) count += 1;
  return count;
}

export function addTier(draft: Draft): Draft {
  const count = countTiers(draft);
  if (count >= MAX_INACTIVITY_TIERS) return draft;
  const lastDays = Number(draft[`adoption.inactivity.${count - 1}.days`] ?? 0);
  const lastPoints = Number(draft[`adoption.inactivity.${count - 1}.points`] ?? 0);
  return {
    ...draft,
    [`adoption.inactivity.${count}.days`]: String(Number.isFinite(lastDays) && lastDays > 0 ? lastDays * 2 : 7),
    [`adoption.inactivity.${count}.points`]: String(Number.isFinite(lastPoints) ? lastPoints : 0),
  };
}

export function removeTier(draft: Draft, index: number): Draft {
  const count = countTiers(draft);
  if (count <= 1 || index < 0 || index >= count) return draft;
  const next: Draft = {};
  for (const [key, value] of Object.entries(draft)) if (!key.startsWith('adoption.inactivity.')) next[key] = value;
  let target = 0;
  for (let source = 0; source < count; source++) {
    if (source === index) continue;
    next[`adoption.inactivity.${target}.days`] = draft[`adoption.inactivity.${source}.days`] ?? '';
    next[`adoption.inactivity.${target}.points`] = draft[`adoption.inactivity.${source}.points`] ?? '';
    target += 1;
  }
  return next;
}

export function tierFields(index: number): [FieldDescriptor, FieldDescriptor] {
  return [
    { path: `adoption.inactivity.${index}.days`, label: `Tier ${index + 1}: silent for`, kind: 'days' },
    { path: `adoption.inactivity.${index}.points`, label: `Tier ${index + 1}: points`, kind: 'points' },
  ];
}

/** Every descriptor, inactivity tiers included, for the draft's current number of tiers. */
export function allFields(draft: Draft): FieldDescriptor[] {
  const tiers = Array.from({ length: countTiers(draft) }, (_, index) => tierFields(index)).flat();
  return [...settingsSections.flatMap((section) => section.fields), ...tiers];
}

/** A field's problem with the text typed, or null. Mirrors the server's ranges; cross-field rules stay on the server. */
export function validateField(descriptor: FieldDescriptor, text: string | undefined): string | null {
  const value = (text ?? '').trim();
  if (!value) return 'Enter a number.';
  const number = Number(value);
  if (!Number.isFinite(number)) return 'Enter a number.';
  const rules = kindRules[descriptor.kind];
  if (rules.integer && !Number.isInteger(number)) return 'Use a whole number.';
  if (rules.exclusiveMin ? number <= rules.min : number < rules.min) {
    return rules.exclusiveMin ? `Must be above ${rules.min}.` : `Must be ${rules.min} or more.`;
  }
  if (number > rules.max) return `Must be ${rules.max} or less.`;
  return null;
}

function setPath(target: Record<string, unknown>, path: string, value: number) {
  const keys = path.split('.');
  let node: Record<string, unknown> | unknown[] = target;
  keys.forEach((key, index) => {
    const isLast = index === keys.length - 1;
    const nextIsIndex = /^\d+$/.test(keys[index + 1] ?? '');
    const container = node as Record<string, unknown>;
    if (isLast) {
      container[key] = value;
      return;
    }
    container[key] ??= nextIsIndex ? [] : {};
    node = container[key] as Record<string, unknown>;
  });
}

/** The draft parsed back into settings, or the fields that need fixing first. */
export function fromDraft(
  draft: Draft,
): { settings: HealthSettings; errors: null } | { settings: null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const result: Record<string, unknown> = {};
  for (const descriptor of allFields(draft)) {
    const problem = validateField(descriptor, draft[descriptor.path]);
    if (problem) errors[descriptor.path] = problem;
    else setPath(result, descriptor.path, Number((draft[descriptor.path] ?? '').trim()));
  }
  if (Object.keys(errors).length > 0) return { settings: null, errors };
  // Shape only: the rules that relate fields to each other stay on the server, which names the fields.
  const parsed = healthSettingsShapeSchema.safeParse(result);
  if (!parsed.success)
    return { settings: null, errors: { '': 'Some settings are missing. Reload the page and try again.' } };
  return { settings: parsed.data, errors: null };
}

/**
 * The server names problems by path ("settings.bands.atRisk"); they map onto the field with that
 * path, or onto its section ("settings.weights" → "weights", "settings.adoption.inactivity" →
 * "adoption"). Anything else is kept under "".
 */
export function mapServerErrors(
  errors: readonly { path: string; message: string }[] | undefined,
  draft: Draft,
): Record<string, string> {
  const result: Record<string, string> = {};
  const known = new Set(allFields(draft).map((field) => field.path));
  for (const error of errors ?? []) {
    const path = error.path.replace(/^settings\.?/, '');
    const key = known.has(path) ? path : (sectionOf(path) ?? '');
    const message = error.message.replace(/^settings[.\w]*:\s*/, '');
    result[key] = result[key] ? `${result[key]} ${message}` : message;
  }
  return result;
}

/** Paths whose value differs between two drafts ("8" and "8.0" are the same number). */
export function changedPaths(saved: Draft, draft: Draft): string[] {
  const keys = new Set([...Object.keys(saved), ...Object.keys(draft)]);
  return [...keys].filter((key) => {
    const before = saved[key]?.trim();
    const after = draft[key]?.trim();
    if (before === undefined || after === undefined) return true;
    if (before === after) return false;
    return !(before !== '' && after !== '' && Number(before) === Number(after));
  });
}

/**
 * A baseline on a band threshold lets one small factor flip an account's band; saving is allowed
 * (older settings may have it) but the form says so.
 */
export function baselineWarning(draft: Draft): string | null {
  const baseline = Number(draft.baseline);
  const healthy = Number(draft['bands.healthy']);
  const atRisk = Number(draft['bands.atRisk']);
  if (!Number.isFinite(baseline) || draft.baseline?.trim() === '') return null;
  const on = baseline === healthy ? 'healthy' : baseline === atRisk ? 'at-risk' : null;
  if (!on) return null;
  return `The baseline (${baseline}) sits on the ${on} threshold, so a single 1-point factor moves an account with nothing else going on into another band. Pick a baseline inside a band.`;
}

/** Higher is better; "not enough data" is neither better nor worse than a band. */
const bandOrder: Record<HealthSnapshotState, number | null> = { critical: 0, at_risk: 1, healthy: 2, not_enough_data: null };
function directionOf(from: HealthSnapshotState, to: HealthSnapshotState): 'up' | 'down' | 'neutral' {
  const before = bandOrder[from];
  const after = bandOrder[to];
  if (before === null || after === null) return 'neutral';
  return after > before ? 'up' : 'down';
}

/**
 * The preview in words: a headline, how many get better or worse, each non-empty transition, and
 * the accounts per state before and after.
 */
export function describePreview(preview: HealthSettingsPreview) {
  const transitions = healthSnapshotStates
    .flatMap((from) => healthSnapshotStates.map((to) => ({ from, to })))
    .filter(({ from, to }) => from !== to)
    .map(({ from, to }) => {
      const transition = `${from}->${to}`;
      return {
        transition,
        from,
        to,
        count: preview.byTransition[transition] ?? 0,
        label: `${healthStateLabels[from]} → ${healthStateLabels[to]}`,
        direction: directionOf(from, to),
      };
    })
    .filter((item) => item.count > 0)
    .sort((a, b) => b.count - a.count);
  const improved = transitions.filter((item) => item.direction === 'up').reduce((sum, item) => sum + item.count, 0);
  const worsened = transitions.filter((item) => item.direction === 'down').reduce((sum, item) => sum + item.count, 0);
  const format = (n: number) => new Intl.NumberFormat('en-US').format(n);
  const accounts = (n: number) => `${format(n)} ${n === 1 ? 'account' : 'accounts'}`;
  const scores = (n: number) => `${format(n)} ${n === 1 ? 'score' : 'scores'}`;
  const headline =
    preview.changed === 0
      ? preview.scoresChanged === 0
        ? `No account would change band or score (${accounts(preview.total)} checked).`
        : `No account would change band; ${scores(preview.scoresChanged)} of ${format(preview.total)} would move.`
      : `${accounts(preview.changed)} of ${format(preview.total)} would change band (${scores(preview.scoresChanged)} would move).`;
  const counts = healthSnapshotStates.map((state) => ({
    state,
    label: healthStateLabels[state],
    before: preview.counts.before[state],
    after: preview.counts.after[state],
  }));
  return { headline, improved, worsened, transitions, counts };
}
