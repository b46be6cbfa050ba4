import type { CustomerDetail } from '@success/shared/customers';
import { describe, expect, it } from 'vitest';
import {
  buildDraftEmail,
  buildSubject,
  firstName,
  formatDraftForClipboard,
  latestRecentCall,
  toMailtoHref,
  type AccountFacts,
  type DraftEmailInput,
} from './draft-email';

const now = new Date('2026-03-01T12:00:00Z');

/** Customer Detail's account as the API sends it: scored, with internal risk factors. */
const critical: CustomerDetail['account'] = {
  id: 'acc-1',
  domain: 'hooli.com',
  name: 'Hooli',
  logoUrl: null,
  ownerName: 'Richard Hendricks',
  ownerEmail: 'richard@piedpiper.com',
  lifecycleStage: 'customer',
  isTracked: true,
  arr: { amount: 12_000_000, currency: 'USD' },
  mrr: { amount: 1_000_000, currency: 'USD' },
  arrAtRisk: { amount: 12_000_000, currency: 'USD' },
  renewalDate: '2026-03-21T00:00:00.000Z',
  daysToRenewal: 20,
  paymentState: 'payment_failed',
  revenueBadge: 'stripe',
  lastActivityAt: null,
  primaryContactName: 'Gavin Belson',
  primaryContactEmail: 'gavin@hooli.com',
  churn: null,
  health: {
    score: 27,
    band: 'critical',
    coverage: 0.9,
    topFactors: [
      { label: 'Very low product adoption', points: -12, source: 'PostHog' },
      { label: 'Declining usage', points: -8, source: 'PostHog' },
      { label: 'Approaching renewal', points: -6, source: 'Salesbricks' },
      { label: 'Payment failed', points: -5, source: 'Stripe' },
      { label: 'Negative NPS (3)', points: -5, source: 'BuildBetter' },
      { label: 'Open escalation', points: -4, source: 'Signals' },
      { label: 'Inactive for 14 days', points: -2, source: 'PostHog' },
    ],
  },
};

const facts: AccountFacts = {
  openRequests: [
    { title: 'SSO via SAML (Okta)', requestedAt: '2026-01-12T10:00:00Z' },
    { title: 'Audit logs for SOC 2', requestedAt: '2025-11-03T10:00:00Z' },
  ],
  calls: [
    { title: 'Renewal planning call', occurredAt: '2026-02-17T15:00:00Z' },
    { title: 'Trial kickoff', occurredAt: '2025-06-01T15:00:00Z' },
  ],
};

const quiet: DraftEmailInput['account'] = {
  name: 'Hooli',
  primaryContactName: 'Gavin Belson',
  primaryContactEmail: 'gavin@hooli.com',
  paymentState: 'ok',
  daysToRenewal: 200,
  renewalDate: '2026-09-17',
};

/** Words of the internal scoring model: bands, scores and the engine's vocabulary. */
const internalWords = /\b(healthy|at[ _]risk|critical|not enough data|churn\w*|score\w*|band|factor\w*|risk\w*)\b/i;

describe('buildDraftEmail for a customer', () => {
  const draft = buildDraftEmail({ account: critical, facts, senderName: 'Richard Hendricks', now });
  const text = `${draft.subject}\n${draft.body}`;

  it('never shows internal risk labels, bands or scores, however many factors the account has', () => {
    for (const factor of critical.health?.topFactors ?? []) expect(text).not.toContain(factor.label);
    expect(text).not.toMatch(internalWords);
    expect(text).not.toMatch(/\b27\b/);
    expect(text).not.toMatch(/adoption|declining|inactive|escalation|NPS/i);
  });

  it('is built from the facts the customer knows: renewal date, open requests, the recent call, billing', () => {
    expect(draft.subject).toBe('Hooli: a quick note about your billing');
    expect(draft.body).toContain('Thanks again for making time to talk on Feb 17, 2026 ("Renewal planning call")');
    // The API's day count is used as given.
    expect(draft.body).toContain('Your renewal is coming up on Mar 21, 2026 (in 20 days)');
    expect(draft.body).toContain(
      'share where they stand:\n- SSO via SAML (Okta) (requested Jan 12, 2026)\n- Audit logs for SOC 2 (requested Nov 3, 2025)',
    );
    expect(draft.body).toContain("a recent payment didn't go through");
    expect(draft.body).toContain('30 minutes this week or next');
    expect(draft.body).not.toContain('Trial kickoff');
  });

  it('addresses the primary contact by first name and signs with the sender', () => {
    expect(draft.to).toBe('gavin@hooli.com');
    expect(draft.body.startsWith('Hi Gavin,\n\n')).toBe(true);
    expect(draft.body.endsWith('Best,\nRichard Hendricks')).toBe(true);
  });
});

describe('latestRecentCall', () => {
  it('takes the newest call of the last 60 days, never one in the future', () => {
    expect(latestRecentCall({ account: quiet, facts, now })?.title).toBe('Renewal planning call');
    expect(latestRecentCall({ account: quiet, facts, now: new Date('2026-05-01T00:00:00Z') })).toBeNull();
    expect(latestRecentCall({ account: quiet, facts, now: new Date('2026-02-10T00:00:00Z') })).toBeNull();
  });
});

describe('buildSubject', () => {
  it('names billing first, then a close renewal, then open requests', () => {
    expect(buildSubject({ account: { ...quiet, daysToRenewal: 45 }, now })).toBe(
      'Hooli: planning your upcoming renewal',
    );
    expect(buildSubject({ account: quiet, facts, now })).toBe('Hooli: an update on your requests');
    expect(buildSubject({ account: quiet, now })).toBe('Hooli: a quick check-in');
  });
});

describe('buildDraftEmail without facts', () => {
  it('writes a plain check-in with one request in the singular', () => {
    const draft = buildDraftEmail({
      account: quiet,
      facts: { openRequests: [{ title: 'Parquet export', requestedAt: '2026-02-01T00:00:00Z' }], calls: [] },
      now,
    });
    expect(draft.body).toContain('how things are going for the Hooli team');
    expect(draft.body).toContain("your request hasn't fallen through the cracks");
    expect(draft.body).toContain('20 minutes in the next couple of weeks');
    expect(draft.body).not.toContain('renewal');
  });

  it('mentions a renewal date that has passed', () => {
    const draft = buildDraftEmail({ account: { ...quiet, daysToRenewal: -3, renewalDate: '2026-02-26' }, now });
    expect(draft.body).toContain('Your renewal date (Feb 26, 2026) has passed');
  });

  it('falls back to the first contact with an email, then to the team, and to a signature placeholder', () => {
    const noPrimary: DraftEmailInput['account'] = { ...quiet, primaryContactEmail: null, primaryContactName: null };
    const withContact = buildDraftEmail({
      account: noPrimary,
      contacts: [
        { name: 'No Email', email: null },
        { name: 'Jian Yang', email: 'jian@hooli.com' },
      ],
      now,
    });
    expect(withContact.to).toBe('jian@hooli.com');
    expect(withContact.body.startsWith('Hi Jian,')).toBe(true);
    expect(withContact.body.endsWith('Best,\n[Your name]')).toBe(true);

    const nobody = buildDraftEmail({ account: noPrimary, now });
    expect(nobody.to).toBe('');
    expect(nobody.body.startsWith('Hi Hooli team,')).toBe(true);
  });

  it('is deterministic', () => {
    expect(buildDraftEmail({ account: critical, facts, senderName: 'R', now })).toEqual(
      buildDraftEmail({ account: critical, facts, senderName: 'R', now }),
    );
  });
});

describe('firstName', () => {
  it('takes the first word of a name', () => {
    expect(firstName('  Gavin   Belson ')).toBe('Gavin');
    expect(firstName('')).toBeNull();
    expect(firstName(null)).toBeNull();
  });
});

describe('draft output helpers', () => {
  const draft = { to: 'gavin@hooli.com', subject: 'Hooli: hi & bye', body: 'Hi Gavin,\n\n1 + 1' };

  it('formats the draft for the clipboard with headers', () => {
    expect(formatDraftForClipboard(draft)).toBe('To: gavin@hooli.com\nSubject: Hooli: hi & bye\n\nHi Gavin,\n\n1 + 1');
  });

  it('builds a mailto link with encoded subject and body', () => {
    const href = toMailtoHref(draft);
    expect(href.startsWith('mailto:gavin@hooli.com?')).toBe(true);
    const params = new URLSearchParams(href.split('?')[1]);
    expect(params.get('subject')).toBe('Hooli: hi & bye');
    expect(params.get('body')).toBe('Hi Gavin,\n\n1 + 1');
    expect(href).not.toContain('+');
  });
});
