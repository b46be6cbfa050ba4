import { describe, expect, it } from 'vitest';
import { describeDemoAccount } from './builders/identity';
import { generateShippedFeatures } from './builders/shipped-features';
import type { DemoDataset } from './demo-rows';
import { generateDataset, generateDemoBatches } from './generator';
import { demoDefaults, type DemoOptions } from './options';
import { createRandom, hashSeed } from './random';

const now = new Date('2026-03-15T10:30:00Z');
const options: DemoOptions = { ...demoDefaults, now };
const dataset = generateDataset(options);

function countBy<T>(rows: readonly T[], key: (row: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
}

/** Every table's rows that carry an account, by table name. */
function accountRows(data: DemoDataset): Record<string, readonly { accountDomain: string }[]> {
  return {
    contacts: data.contacts,
    revenueSources: data.revenueSources,
    invoices: data.invoices,
    paymentEvents: data.paymentEvents,
    usageDaily: data.usageDaily,
    signals: data.signals,
    activities: data.activities,
    deals: data.deals,
    requests: data.requests,
  };
}

describe('random', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const first = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('keeps int() within its inclusive bounds and hits both ends', () => {
    const rng = createRandom(hashSeed('bounds'));
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('follows the weights of weighted()', () => {
    const rng = createRandom(1);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[
        rng.weighted([
          ['a', 9],
          ['b', 1],
        ] as const)
      ]++;
    expect(counts.a / 10_000).toBeGreaterThan(0.87);
    expect(counts.a / 10_000).toBeLessThan(0.93);
  });
});

describe('demo dataset generator', () => {
  it('produces identical output for the same seed and now', () => {
    expect(generateDataset(options)).toEqual(dataset);
  });

  it('produces a different dataset for a different seed', () => {
    const other = generateDataset({ ...options, seed: options.seed + 1 });
    expect(other.accounts.map((a) => a.domain)).not.toEqual(dataset.accounts.map((a) => a.domain));
    expect(other.revenueSources).not.toEqual(dataset.revenueSources);
  });

  it('does not depend on how accounts are batched', () => {
    const small = { ...options, accounts: 45, usageDays: 14 };
    const flatten = (batchSize: number) => [...generateDemoBatches(small, batchSize)].flatMap((b) => b.invoices);
    expect(flatten(7)).toEqual(flatten(500));
    expect([...generateDemoBatches(small, 7)]).toHaveLength(7);
  });

  it('changes only usage rows when the usage window changes', () => {
    const shorter = generateDataset({ ...options, usageDays: 30 });
    expect(shorter.usageDaily.length).toBe((dataset.usageDaily.length / 180) * 30);
    expect({ ...shorter, usageDaily: [] }).toEqual({ ...dataset, usageDaily: [] });
  });

  it('generates 60 accounts by default, opening with companies from the show', () => {
    expect(dataset.accounts).toHaveLength(60);
    const names = dataset.accounts.slice(0, 6).map((a) => `${a.name} ${a.domain}`);
    expect(names).toEqual([
      'Hooli hooli.com',
      'Raviga Capital raviga.com',
      'Aviato aviato.com',
      'Bachmanity bachmanity.com',
      'Endframe endframe.com',
      'Nucleus Systems nucleus-systems.com',
    ]);
    const domains = dataset.accounts.map((a) => a.domain);
    expect(domains).toContain('bream-hall.com');
    expect(new Set(domains).size).toBe(60);
  });

  it('fills every account with a primary contact at its domain and a Pied Piper owner, and no third-party logo', () => {
    for (const account of dataset.accounts) {
      expect(account.logoUrl).toBeNull();
      expect(account.primaryContactEmail.endsWith(`@${account.domain}`)).toBe(true);
      expect(account.primaryContactName.length).toBeGreaterThan(0);
      expect(account.ownerEmail).toMatch(/@piedpiper\.com$/);
    }
    expect(new Set(dataset.accounts.map((a) => a.ownerName)).size).toBe(5);
    const tracked = dataset.accounts.filter((a) => a.isTracked).length;
    expect(tracked).toBeGreaterThanOrEqual(54);
    expect(tracked).toBeLessThan(60);
  });

  it('keeps 100,000 account names and domains unique', () => {
    const names = new Set<string>();
    const domains = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      const { name, domain } = describeDemoAccount(demoDefaults.seed, i);
      names.add(name);
      domains.add(domain);
      if (i >= 20) expect(domain).toMatch(/^[a-z0-9-]+\.(com|io|ai|co)$/);
    }
    expect(names.size).toBe(100_000);
    expect(domains.size).toBe(100_000);
  });

  it('has a realistic mix of lifecycle stages', () => {
    const stages = countBy(dataset.accounts, (a) => a.lifecycleStage);
    expect(stages.customer).toBeGreaterThan(30);
    expect(stages.trial).toBeGreaterThanOrEqual(3);
    expect(stages.prospect).toBeGreaterThanOrEqual(3);
    expect(stages.churned).toBeGreaterThanOrEqual(2);
  });

  it('records every revenue source amount as integer minor units with an ISO currency', () => {
    expect(dataset.revenueSources.length).toBeGreaterThan(40);
    for (const source of [...dataset.revenueSources, ...dataset.invoices, ...dataset.paymentEvents, ...dataset.deals]) {
      expect(['USD', 'EUR', 'GBP']).toContain(source.currency);
    }
    for (const source of dataset.revenueSources) {
      expect(Number.isSafeInteger(source.amountMinor)).toBe(true);
      expect(source.amountMinor).toBeGreaterThan(0);
      const recurring = source.items.filter((item) => item.isRecurring && !item.isMetered);
      expect(source.amountMinor).toBe(recurring.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0));
      for (const item of source.items) {
        expect(Number.isSafeInteger(item.unitAmount)).toBe(true);
        expect(item.interval).toBe(source.billingInterval);
      }
      for (const discount of source.discounts) {
        expect(Number.isInteger(discount.value)).toBe(true);
        if (discount.kind === 'percent') expect(discount.value).toBeLessThanOrEqual(100);
      }
    }
    for (const invoice of dataset.invoices) {
      expect(Number.isSafeInteger(invoice.amountDueMinor)).toBe(true);
      expect(Number.isSafeInteger(invoice.taxMinor)).toBe(true);
    }
    expect(dataset.invoices.some((i) => i.taxMinor > 0)).toBe(true);
  });

  it('describes Stripe subscriptions and Salesbricks contracts with their own shapes', () => {
    const stripe = dataset.revenueSources.filter((s) => s.provider === 'stripe');
    const salesbricks = dataset.revenueSources.filter((s) => s.provider === 'salesbricks');
    expect(
      stripe.every(
        (s) => s.kind === 'subscription' && s.sourceUrl.startsWith('https://dashboard.stripe.com/subscriptions/sub_'),
      ),
    ).toBe(true);
    expect(
      salesbricks.every((s) => s.kind === 'contract' && s.sourceUrl.startsWith('https://app.salesbricks.com/orders/')),
    ).toBe(true);
    expect(salesbricks.every((s) => s.billingInterval === 'year')).toBe(true);
    const intervals = new Set(stripe.map((s) => `${s.billingInterval}/${s.intervalCount}`));
    expect(intervals).toEqual(new Set(['month/1', 'month/3', 'year/1']));
    expect(stripe.some((s) => s.discounts.length > 0)).toBe(true);
    expect(stripe.some((s) => s.isCancelAtPeriodEnd)).toBe(true);
    expect(stripe.some((s) => s.currency !== 'USD')).toBe(true);
    expect(stripe.filter((s) => s.currency === 'USD').length).toBeGreaterThan(stripe.length / 2);
  });

  it('includes trials, past-due and churned revenue', () => {
    const statuses = countBy(dataset.revenueSources, (s) => s.status);
    expect(statuses.trialing).toBeGreaterThanOrEqual(2);
    expect(statuses.past_due).toBeGreaterThanOrEqual(1);
    expect(statuses.canceled).toBeGreaterThanOrEqual(2);
    for (const trial of dataset.revenueSources.filter((s) => s.status === 'trialing')) {
      expect(trial.trialEnd?.getTime()).toBeGreaterThan(now.getTime());
    }
    for (const ended of dataset.revenueSources.filter((s) => s.status === 'canceled')) {
      expect(ended.endDate?.getTime()).toBeLessThan(now.getTime());
      expect(ended.renewalDate).toBeNull();
    }
  });

  it('spreads renewals over the next 400 days, with some inside 30, 60 and 90 days', () => {
    const days = dataset.revenueSources
      .filter((s) => s.status !== 'canceled')
      .map((s) => ((s.renewalDate?.getTime() ?? 0) - now.getTime()) / 86_400_000);
    expect(days.every((d) => d > 0 && d <= 401)).toBe(true);
    expect(days.some((d) => d <= 30)).toBe(true);
    expect(days.some((d) => d > 30 && d <= 60)).toBe(true);
    expect(days.some((d) => d > 60 && d <= 90)).toBe(true);
    expect(days.some((d) => d > 180)).toBe(true);
  });

  it('links about a fifth of customers across Salesbricks and Stripe, with a few conflicts', () => {
    const byId = new Map(dataset.revenueSources.map((s) => [`${s.provider}:${s.externalId}`, s]));
    const linked = dataset.revenueSources.filter((s) => s.provider === 'salesbricks' && s.linkedExternalId);
    expect(linked.length).toBeGreaterThanOrEqual(4);
    let conflicts = 0;
    for (const contract of linked) {
      const subscription = byId.get(`stripe:${contract.linkedExternalId}`);
      expect(subscription?.linkedExternalId).toBe(contract.externalId);
      expect(subscription?.accountDomain).toBe(contract.accountDomain);
      if (
        subscription?.amountMinor !== contract.amountMinor ||
        subscription.renewalDate?.getTime() !== contract.renewalDate?.getTime()
      ) {
        conflicts++;
      }
    }
    expect(conflicts).toBeGreaterThanOrEqual(2);
    expect(conflicts).toBeLessThan(linked.length);
  });

  it('bills past-due accounts with open invoices and failed payments', () => {
    const pastDue = dataset.revenueSources.filter((s) => s.status === 'past_due');
    for (const source of pastDue.filter((s) => !(s.provider === 'salesbricks' && s.linkedExternalId))) {
      const invoices = dataset.invoices.filter((i) => i.revenueSourceExternalId === source.externalId);
      expect(invoices.at(-1)?.status).toBe('open');
    }
    const statuses = countBy(dataset.invoices, (i) => i.status);
    expect((statuses.paid ?? 0) / dataset.invoices.length).toBeGreaterThan(0.9);
    const failures = dataset.paymentEvents.filter((p) => p.type === 'payment_failed');
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((p) => p.failureReason !== null)).toBe(true);
    expect(new Set(failures.map((p) => p.failureReason))).toContain('card_declined');
    const paid = dataset.invoices.filter((i) => i.status === 'paid');
    const succeeded = new Set(
      dataset.paymentEvents.filter((p) => p.type === 'payment_succeeded').map((p) => p.invoiceExternalId),
    );
    expect(paid.every((i) => succeeded.has(i.externalId) && i.paidAt !== null)).toBe(true);
  });

  it('has closed-lost deals with reasons, won deals and open deals across stages', () => {
    const lost = dataset.deals.filter((d) => d.status === 'lost');
    expect(lost.length).toBeGreaterThanOrEqual(5);
    expect(lost.every((d) => d.stage === 'Closed Lost' && d.lostReason)).toBe(true);
    expect(lost.some((d) => d.provider === 'salesbricks')).toBe(true);
    expect(dataset.deals.some((d) => d.status === 'won' && d.stage === 'Closed Won')).toBe(true);
    const openStages = new Set(dataset.deals.filter((d) => d.status === 'open').map((d) => d.stage));
    expect(openStages.size).toBeGreaterThanOrEqual(3);
    expect(new Set(dataset.deals.map((d) => d.provider))).toEqual(new Set(['attio', 'salesbricks']));
    expect(dataset.deals.every((d) => d.status !== 'lost' || d.lostReason !== null)).toBe(true);
  });

  it('scores NPS from 0 to 10 with sentiment that follows the score', () => {
    const nps = dataset.signals.filter((s) => s.type === 'nps');
    expect(nps.length).toBeGreaterThan(5);
    for (const signal of nps) {
      expect(Number.isInteger(signal.score)).toBe(true);
      expect(signal.score).toBeGreaterThanOrEqual(0);
      expect(signal.score).toBeLessThanOrEqual(10);
      const score = signal.score ?? -1;
      expect(signal.sentiment).toBe(score >= 9 ? 'positive' : score >= 7 ? 'neutral' : 'negative');
    }
    expect(dataset.signals.filter((s) => s.type !== 'nps').every((s) => s.score === null)).toBe(true);
    const types = new Set(dataset.signals.map((s) => s.type));
    for (const type of ['feature_request', 'complaint', 'escalation', 'praise', 'bug']) expect(types).toContain(type);
    expect(dataset.signals.every((s) => s.provider === 'signals' && s.evidenceUrl.startsWith('https://'))).toBe(true);
    expect(new Set(dataset.signals.map((s) => s.source))).toEqual(new Set(['call', 'support', 'survey', 'slack']));
  });

  it('writes one usage row per day for each account with a product, ending before now', () => {
    const perAccount = countBy(dataset.usageDaily, (u) => u.accountDomain);
    const withUsage = Object.keys(perAccount);
    expect(withUsage.length).toBeGreaterThan(30);
    expect(Object.values(perAccount).every((n) => n === options.usageDays)).toBe(true);
    const days = dataset.usageDaily.map((u) => u.day).sort();
    expect(days.at(-1)).toBe('2026-03-14');
    expect(days[0]).toBe('2025-09-16');
    for (const row of dataset.usageDaily) {
      expect(row.events).toBeGreaterThanOrEqual(row.activeUsers);
      if (row.lastActivityAt) expect(row.lastActivityAt.getTime()).toBeLessThanOrEqual(now.getTime());
      if (row.activeUsers === 0) expect(row.lastActivityAt).toBeNull();
    }
    const stages = new Map(dataset.accounts.map((a) => [a.domain, a.lifecycleStage]));
    expect(withUsage.every((domain) => ['customer', 'trial'].includes(stages.get(domain) ?? ''))).toBe(true);
  });

  it('shows growing, declining and weekend-shaped usage', () => {
    const series = (domain: string) => dataset.usageDaily.filter((u) => u.accountDomain === domain);
    const mean = (rows: readonly { activeUsers: number }[]) =>
      rows.reduce((sum, r) => sum + r.activeUsers, 0) / Math.max(1, rows.length);
    // Hooli is written as a sharply declining account, Bream-Hall as a growing one.
    const hooli = series('hooli.com');
    expect(mean(hooli.slice(-14))).toBeLessThan(mean(hooli.slice(0, 14)) * 0.6);
    const bream = series('bream-hall.com');
    expect(mean(bream.slice(-14))).toBeGreaterThan(mean(bream.slice(0, 14)) * 1.3);
    const weekday = dataset.usageDaily.filter((u) => ![0, 6].includes(new Date(`${u.day}T00:00:00Z`).getUTCDay()));
    const weekend = dataset.usageDaily.filter((u) => [0, 6].includes(new Date(`${u.day}T00:00:00Z`).getUTCDay()));
    expect(mean(weekend)).toBeLessThan(mean(weekday) * 0.5);
  });

  it('spreads activities of every kind over the last 180 days', () => {
    const kinds = new Set(dataset.activities.map((a) => `${a.provider}:${a.type}`));
    for (const kind of [
      'demo-calls:call',
      'hubspot:email',
      'demo-projects:project',
      'salesbricks:contract_change',
      'stripe:payment_event',
    ]) {
      expect(kinds).toContain(kind);
    }
    const oldest = now.getTime() - 181 * 86_400_000;
    for (const activity of dataset.activities) {
      expect(activity.occurredAt.getTime()).toBeGreaterThanOrEqual(oldest);
      expect(activity.occurredAt.getTime()).toBeLessThanOrEqual(now.getTime());
    }
    const calls = dataset.activities.filter((a) => a.type === 'call');
    expect(calls.every((c) => (c.summary ?? '').split('. ').length >= 3)).toBe(true);
  });

  it('ships about 15 features and about 40 requests, some worded like the features', () => {
    const features = generateShippedFeatures({ now });
    expect(features).toEqual(dataset.shippedFeatures);
    expect(features.length).toBe(15);
    expect(new Set(features.map((f) => f.provider))).toEqual(new Set(['github', 'rss', 'manual']));
    expect(features.map((f) => f.title)).toEqual(
      expect.arrayContaining(['SAML SSO', 'Bulk CSV export', 'EU data residency', 'Middle-out compression v2']),
    );
    expect(features.every((f) => f.shippedAt.getTime() < now.getTime())).toBe(true);
    expect(dataset.requests.length).toBeGreaterThanOrEqual(25);
    expect(dataset.requests.length).toBeLessThanOrEqual(60);
    const titles = dataset.requests.map((r) => r.title.toLowerCase());
    expect(titles.some((t) => t.includes('saml') || t.includes('csv') || t.includes('eu'))).toBe(true);
    expect(
      titles.some(
        (t) => t.includes('snowflake') || t.includes('dark mode') || t.includes('hipaa') || t.includes('mobile'),
      ),
    ).toBe(true);
  });

  it('points every child row at an account that exists', () => {
    const domains = new Set(dataset.accounts.map((a) => a.domain));
    for (const [table, rows] of Object.entries(accountRows(dataset))) {
      const orphans = rows.filter((row) => !domains.has(row.accountDomain));
      expect(orphans, table).toEqual([]);
    }
    const contactsByDomain = countBy(dataset.contacts, (c) => c.accountDomain);
    expect(Object.values(contactsByDomain).every((n) => n >= 1 && n <= 4)).toBe(true);
    expect(Object.keys(contactsByDomain)).toHaveLength(60);
    const sources = new Set(dataset.revenueSources.map((s) => `${s.provider}:${s.externalId}`));
    expect(dataset.invoices.every((i) => sources.has(`${i.provider}:${i.revenueSourceExternalId}`))).toBe(true);
    const invoices = new Set(dataset.invoices.map((i) => `${i.provider}:${i.externalId}`));
    expect(dataset.paymentEvents.every((p) => invoices.has(`${p.provider}:${p.invoiceExternalId}`))).toBe(true);
  });

  it('keeps external ids unique per table and provider', () => {
    const tables: Record<string, readonly { provider: string; externalId: string }[]> = {
      contacts: dataset.contacts,
      revenueSources: dataset.revenueSources,
      invoices: dataset.invoices,
      paymentEvents: dataset.paymentEvents,
      signals: dataset.signals,
      activities: dataset.activities,
      deals: dataset.deals,
      requests: dataset.requests,
      shippedFeatures: dataset.shippedFeatures,
    };
    for (const [table, rows] of Object.entries(tables)) {
      const keys = rows.map((r) => `${r.provider}:${r.externalId}`);
      expect(new Set(keys).size, table).toBe(keys.length);
    }
    const usageKeys = dataset.usageDaily.map((u) => `${u.accountDomain}:${u.provider}:${u.day}`);
    expect(new Set(usageKeys).size).toBe(usageKeys.length);
  });

  it('rejects nonsensical options', () => {
    expect(() => generateDataset({ ...options, accounts: -1 })).toThrow(RangeError);
    expect(() => generateDataset({ ...options, usageDays: 1.5 })).toThrow(RangeError);
    expect(() => generateDataset({ ...options, now: new Date('nope') })).toThrow(RangeError);
  });
});
