/**
 * Signal factors (complaints, escalations, NPS, praise), each weighted by its age: a signal loses
 * half its weight every `halfLifeDays` and none counts past `windowDays`. One factor per kind:
 * Σ points × weight, rounded once, capped at the kind's maximum.
 */
import { calendarDaysBetween } from './calendar';
import { countOf, daysAgoText, noDataKey, penalty, roundPoints, type Factor } from './factor';
import type { HealthInputs, SignalInput } from './inputs';
import type { HealthSettings } from '@success/shared/health-settings';

type SignalSettings = HealthSettings['signals'];
const signalKinds = ['complaint', 'escalation', 'negativeNps', 'positiveNps', 'praise'] as const;
type SignalKind = (typeof signalKinds)[number];

type KindText = { key: string; label: string; title: string; singular: string; plural: string; sign: 1 | -1 };

const kinds: Record<SignalKind, KindText> = {
  complaint: {
    key: 'signals.complaint',
    label: 'Recent complaint',
    title: 'Complaint',
    singular: 'complaint',
    plural: 'complaints',
    sign: -1,
  },
  escalation: {
    key: 'signals.escalation',
    label: 'Recent escalation',
    title: 'Escalation',
    singular: 'escalation',
    plural: 'escalations',
    sign: -1,
  },
  negativeNps: {
    key: 'signals.nps_negative',
    label: 'Recent negative NPS',
    title: 'NPS',
    singular: 'NPS response of 0–6',
    plural: 'NPS responses of 0–6',
    sign: -1,
  },
  positiveNps: {
    key: 'signals.nps_positive',
    label: 'Recent positive NPS',
    title: 'NPS',
    singular: 'NPS response of 9–10',
    plural: 'NPS responses of 9–10',
    sign: 1,
  },
  praise: {
    key: 'signals.praise',
    label: 'Recent praise',
    title: 'Praise',
    singular: 'praise signal',
    plural: 'praise signals',
    sign: 1,
  },
};

/** The share of its points a signal `ageDays` old still carries (1 today, ½ after one half-life). */
export function recencyWeight(ageDays: number, settings: SignalSettings): number {
  if (ageDays < 0 || ageDays > settings.windowDays) return 0;
  return 0.5 ** (ageDays / settings.halfLifeDays);
}

function kindOf(signal: SignalInput): SignalKind | null {
  switch (signal.type) {
    case 'complaint':
      return 'complaint';
    case 'escalation':
      return 'escalation';
    case 'praise':
      return 'praise';
    case 'nps':
      // Passives (7–8) and answers without a score say nothing either way.
      if (signal.score === null || !Number.isInteger(signal.score)) return null;
      if (signal.score >= 0 && signal.score <= 6) return 'negativeNps';
      if (signal.score >= 9 && signal.score <= 10) return 'positiveNps';
      return null;
    case 'feature_request':
    case 'bug':
    case 'question':
    case 'commitment':
      return null;
  }
}

function missingSignalsFactor(): Factor {
  return {
    key: noDataKey('signals'),
    dimension: 'signals',
    label: 'No signals',
    source: 'signal',
    points: 0,
    detail: 'No signal source connected; complaints, escalations, NPS and praise are not scored',
  };
}

type AgedSignal = { signal: SignalInput; age: number };

/** `signals` newest first. */
function describe(kind: SignalKind, signals: readonly AgedSignal[], windowDays: number): string {
  const text = kinds[kind];
  const latest = signals[0];
  if (!latest) return '';
  const what = text.title === 'NPS' ? `NPS ${latest.signal.score ?? ''}` : text.title;
  if (signals.length === 1) return `${what} from ${daysAgoText(latest.age)}`;
  const latestText = text.title === 'NPS' ? `${what} from ${daysAgoText(latest.age)}` : daysAgoText(latest.age);
  return `${countOf(signals.length, text.singular, text.plural)} in the last ${windowDays} days, latest ${latestText} (recency-weighted)`;
}

export function computeSignalFactors(inputs: HealthInputs, settings: HealthSettings): Factor[] {
  if (!inputs.connected.signals && inputs.signals.length === 0) return [missingSignalsFactor()];
  const s = settings.signals;
  const byKind = new Map<SignalKind, AgedSignal[]>();
  for (const signal of inputs.signals) {
    const kind = kindOf(signal);
    const age = calendarDaysBetween(signal.occurredAt, inputs.now);
    if (kind === null || recencyWeight(age, s) === 0) continue;
    byKind.set(kind, [...(byKind.get(kind) ?? []), { signal, age }]);
  }
  const factors: Factor[] = [];
  for (const kind of signalKinds) {
    const recent = (byKind.get(kind) ?? []).sort((a, b) => a.age - b.age);
    if (recent.length === 0) continue;
    const weighted = recent.reduce((sum, item) => sum + s[kind].points * recencyWeight(item.age, s), 0);
    const magnitude = Math.min(roundPoints(weighted), s[kind].maxPoints);
    if (magnitude === 0) continue;
    const { key, label, sign } = kinds[kind];
    factors.push({
      key,
      dimension: 'signals',
      label,
      source: 'signal',
      points: sign === 1 ? magnitude : penalty(magnitude),
      detail: describe(kind, recent, s.windowDays),
    });
  }
  return factors;
}
