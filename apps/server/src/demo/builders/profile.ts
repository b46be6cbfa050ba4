/**
 * An account's story traits: drawn at random, except for the hand-written accounts, which get
 * exactly the story written for them.
 */
import type { KnownAccount } from '../catalogue/known-accounts';
import type { Currency, LifecycleStage } from '../demo-rows';
import type { Random } from '../random';
import type { Billing, Conflict, Mood, StripeInterval, Trend } from '../traits';

export type Profile = {
  lifecycle: LifecycleStage;
  billing: Billing;
  conflict: Conflict;
  isPastDue: boolean;
  isCancelAtPeriodEnd: boolean;
  isTracked: boolean;
  seats: number;
  trend: Trend;
  mood: Mood;
  currency: Currency;
  interval: StripeInterval;
  renewalInDays: number | null;
  termYears: number | null;
  lostReason: string | null;
  hasUsage: boolean;
  taxRate: number;
};

export function buildProfile(rng: Random, known: KnownAccount | undefined): Profile {
  const lifecycle =
    known?.lifecycle ??
    rng.weighted<LifecycleStage>([
      ['customer', 74],
      ['trial', 10],
      ['prospect', 9],
      ['churned', 7],
    ]);
  let billing: Billing = 'none';
  if (lifecycle === 'customer') {
    billing = rng.weighted<Billing>([
      ['stripe', 48],
      ['salesbricks', 32],
      ['both', 20],
    ]);
  } else if (lifecycle === 'trial') {
    billing = rng.chance(0.8) ? 'stripe' : 'salesbricks';
  } else if (lifecycle === 'churned') {
    billing = rng.chance(0.6) ? 'stripe' : 'salesbricks';
  }
  if (known) billing = known.billing ?? (lifecycle === 'prospect' ? 'none' : billing);

  const trend =
    known?.trend ??
    rng.weighted<Trend>([
      ['growing', 25],
      ['flat', 45],
      ['declining', 20],
      ['dark', 10],
    ]);
  // Mood follows usage most of the time, so signals, NPS and usage tell one coherent story.
  const moodOdds: Record<Trend, readonly (readonly [Mood, number])[]> = {
    growing: [
      ['happy', 70],
      ['neutral', 25],
      ['unhappy', 5],
    ],
    flat: [
      ['happy', 35],
      ['neutral', 50],
      ['unhappy', 15],
    ],
    declining: [
      ['happy', 5],
      ['neutral', 30],
      ['unhappy', 65],
    ],
    dark: [
      ['happy', 5],
      ['neutral', 25],
      ['unhappy', 70],
    ],
  };
  const mood = known?.mood ?? rng.weighted(moodOdds[trend]);

  const isLarge = billing === 'salesbricks' || billing === 'both';
  const seatDraw =
    lifecycle === 'trial'
      ? rng.int(5, 40)
      : Math.round(Math.exp(isLarge ? rng.normal(4.1, 0.9) : rng.normal(3.0, 0.9)));
  const seats = known?.seats ?? Math.max(3, Math.min(2500, seatDraw));

  const currency =
    known?.currency ??
    (billing === 'salesbricks' || billing === 'both'
      ? rng.weighted<Currency>([
          ['USD', 92],
          ['EUR', 8],
        ])
      : rng.weighted<Currency>([
          ['USD', 84],
          ['EUR', 10],
          ['GBP', 6],
        ]));
  const interval =
    known?.interval ??
    rng.weighted<StripeInterval>([
      ['month', 55],
      ['quarter', 15],
      ['year', 30],
    ]);
  // Hand-written accounts get exactly the story written for them; only the others are drawn at random.
  const conflict: Conflict = known
    ? (known.conflict ?? null)
    : billing === 'both' && rng.chance(0.25)
      ? rng.chance(0.5)
        ? 'amount'
        : 'renewal'
      : null;
  const isPastDue = known
    ? (known.isPastDue ?? false)
    : lifecycle === 'customer' && rng.chance(mood === 'unhappy' ? 0.12 : 0.04);
  const isCancelAtPeriodEnd = known
    ? (known.isCancelAtPeriodEnd ?? false)
    : lifecycle === 'customer' && billing === 'stripe' && !isPastDue && rng.chance(mood === 'unhappy' ? 0.15 : 0.03);
  const taxRate =
    currency === 'GBP'
      ? 0.2
      : currency === 'EUR'
        ? // EU business customers are often reverse-charged, so only some invoices carry VAT.
          rng.chance(0.6)
          ? 0.19
          : 0
        : rng.chance(0.25)
          ? rng.pick([0.0625, 0.0725, 0.08875])
          : 0;
  return {
    lifecycle,
    billing,
    conflict,
    isPastDue,
    isCancelAtPeriodEnd,
    isTracked: known ? (known.isTracked ?? true) : rng.chance(0.95),
    seats,
    trend,
    mood,
    currency,
    interval,
    renewalInDays: known?.renewalInDays ?? null,
    termYears: known?.termYears ?? null,
    lostReason: known?.lostReason ?? null,
    // Some customers never installed product analytics: their health shows "usage missing".
    hasUsage: lifecycle === 'trial' || (lifecycle === 'customer' && (known !== undefined || rng.chance(0.92))),
    taxRate,
  };
}
