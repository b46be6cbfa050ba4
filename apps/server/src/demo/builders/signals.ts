/**
 * What customers said (feature requests, complaints, escalations, NPS, praise, bugs, questions),
 * in proportions that follow the account's mood, each with a link to where it was said.
 */
import { dayMs } from '../../lib/days';
import { npsComments, signalTexts } from '../catalogue/signal-texts';
import { topics } from '../catalogue/topics';
import type { DemoSignal, Sentiment, SignalType } from '../demo-rows';
import type { Random } from '../random';
import type { Mood } from '../traits';
import type { AccountStory } from './account-context';

function signalSource(rng: Random, type: SignalType): DemoSignal['source'] {
  if (type === 'nps') return 'survey';
  if (type === 'escalation') return rng.chance(0.6) ? 'support' : 'slack';
  return rng.weighted([
    ['call', 35],
    ['support', 35],
    ['slack', 25],
    ['survey', 5],
  ] as const);
}

function evidenceUrl(rng: Random, source: DemoSignal['source'], externalId: string): string {
  switch (source) {
    case 'call':
      return `https://calls.piedpiper.com/recordings/${externalId}`;
    case 'support':
      return `https://piedpiper.zendesk.com/agent/tickets/${rng.int(10_000, 99_999)}`;
    case 'slack':
      return `https://piedpiper.slack.com/archives/C04PIEDPIPER/p${rng.int(1_600_000_000, 1_790_000_000)}${rng.int(100_000, 999_999)}`;
    case 'survey':
      return `https://piedpiper.typeform.com/to/nps#response=${externalId}`;
  }
}

export function buildSignals(ctx: AccountStory): void {
  const { rng, ids, profile, account, window } = ctx;
  const base = { customer: rng.int(0, 4), trial: rng.int(0, 2), prospect: rng.int(0, 1), churned: rng.int(1, 3) }[
    profile.lifecycle
  ];
  const count = base + (profile.mood === 'unhappy' && profile.lifecycle === 'customer' ? rng.int(1, 2) : 0);
  const typeOdds: Record<Mood, readonly (readonly [SignalType, number])[]> = {
    happy: [
      ['praise', 30],
      ['nps', 25],
      ['feature_request', 30],
      ['bug', 10],
      ['question', 5],
    ],
    neutral: [
      ['feature_request', 30],
      ['nps', 20],
      ['bug', 20],
      ['question', 10],
      ['praise', 10],
      ['complaint', 10],
    ],
    unhappy: [
      ['complaint', 30],
      ['escalation', 15],
      ['nps', 20],
      ['bug', 20],
      ['feature_request', 15],
    ],
  };
  const span = Math.max(1, (window.to.getTime() - window.from.getTime()) / dayMs);
  for (let k = 0; k < count; k++) {
    const type = rng.weighted(typeOdds[profile.mood]);
    const topic = rng.chance(0.6) ? ctx.topic : rng.pick(topics);
    // Bad news clusters near the present for unhappy accounts, which is what makes them urgent.
    const recency = profile.mood === 'unhappy' && type !== 'praise' ? rng.next() ** 2 : rng.next();
    const occurredAt = new Date(window.to.getTime() - recency * span * dayMs - rng.int(1, 20) * 3_600_000);
    const externalId = ids.local('sig');
    const source = signalSource(rng, type);
    let text: string;
    let score: number | null = null;
    let sentiment: Sentiment;
    if (type === 'nps') {
      score = profile.mood === 'happy' ? rng.int(8, 10) : profile.mood === 'neutral' ? rng.int(6, 9) : rng.int(0, 6);
      sentiment = score >= 9 ? 'positive' : score >= 7 ? 'neutral' : 'negative';
      const band = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
      text = `NPS ${score}: ${rng.pick(npsComments[band])}`;
    } else {
      text = rng.pick(signalTexts[type][topic]);
      sentiment =
        type === 'praise'
          ? 'positive'
          : type === 'complaint' || type === 'escalation' || type === 'bug'
            ? 'negative'
            : type === 'feature_request' && profile.mood === 'unhappy'
              ? 'negative'
              : 'neutral';
    }
    ctx.batch.signals.push({
      accountDomain: account.domain,
      provider: 'signals',
      externalId,
      type,
      sentiment,
      score,
      text,
      source,
      evidenceUrl: evidenceUrl(rng, source, externalId),
      occurredAt,
    });
  }
}
