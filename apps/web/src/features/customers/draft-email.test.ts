import { describe, expect, it } from 'vitest';
import {
  buildDraftEmail,
  buildSubject,
  firstName,
  formatDraftForClipboard,
  toMailtoHref,
  topRisks,
  type DraftEmailInput,
} from './draft-email';

type Account = DraftEmailInput['account'];

const hooli: Account = {
  name: 'Hooli',
  primaryContactName: 'Gavin Belson',
  primaryContactEmail: 'gavin@hooli.com',
  paymentState: 'ok',
  daysToRenewal: 200,
  renewalDate: '2026-09-17',
  health: {
    score: 72,
    band: 'healthy',
    topFactors: [{ label: 'Recent positive NPS', points: 5, source: 'BuildBetter' }],
  },
};

const critical: Account = {
  ...hooli,
  paymentState: 'payment_failed',
  daysToRenewal: 20,
  renewalDate: '2026-03-21',
  health: {
    score: 31,
    band: 'critical',
    topFactors: [
      { label: 'Approaching renewal', points: -3, source: 'Salesbricks' },
      { label: 'Low product adoption', points: -8, source: 'PostHog' },
      { label: 'Recent positive NPS', points: 5, source: 'BuildBetter' },
      { label: 'Payment failed', points: -5, source: 'Stripe' },
      { label: 'Inactive for 14 days', points: -2, source: 'PostHog' },
    ],
  },
};

describe('topRisks', () => {
  it('lists only negative factors, worst first, at most three', () => {
    expect(topRisks(critical.health)).toEqual(['Low product adoption', 'Payment failed', 'Approaching renewal']);
  });

  it('is empty without a score or without risks', () => {
    expect(topRisks(null)).toEqual([]);
    expect(topRisks(hooli.health)).toEqual([]);
  });
});

describe('firstName', () => {
  it('takes the first word of a name', () => {
    expect(firstName('  Gavin   Belson ')).toBe('Gavin');
    expect(firstName('')).toBeNull();
    expect(firstName(null)).toBeNull();
  });
});

describe('buildDraftEmail', () => {
  it('addresses the primary contact by first name and signs with the sender', () => {
    const draft = buildDraftEmail({ account: hooli, senderName: 'Richard Hendricks' });
    expect(draft.to).toBe('gavin@hooli.com');
    expect(draft.body.startsWith('Hi Gavin,\n\n')).toBe(true);
    expect(draft.body.endsWith('Best,\nRichard Hendricks')).toBe(true);
    expect(draft.subject).toBe('Hooli: a quick check-in');
    expect(draft.body).toContain('Hooli team');
  });

  it('covers risks, renewal and a failed payment for a critical account', () => {
    const draft = buildDraftEmail({ account: critical, senderName: 'Richard Hendricks' });
    expect(draft.subject).toBe('Hooli: a quick note about your billing');
    expect(draft.body).toContain('- Low product adoption\n- Payment failed\n- Approaching renewal');
    expect(draft.body).toContain('Your renewal is coming up on Mar 21, 2026 (in 20 days)');
    expect(draft.body).toContain("a recent payment didn't go through");
    expect(draft.body).toContain('30 minutes this week or next');
    expect(draft.body).not.toContain('Recent positive NPS');
  });

  it('makes the renewal the subject when it is close and billing is fine', () => {
    expect(buildSubject({ account: { ...critical, paymentState: 'ok' } })).toBe(
      "Hooli: let's talk before your renewal",
    );
    expect(buildSubject({ account: { ...hooli, daysToRenewal: 45 } })).toBe('Hooli: planning your upcoming renewal');
    expect(
      buildSubject({ account: { ...hooli, daysToRenewal: 200, health: { ...critical.health!, band: 'at_risk' } } }),
    ).toBe('Hooli: checking in on how things are going');
  });

  it('mentions a renewal date that has passed', () => {
    const draft = buildDraftEmail({ account: { ...hooli, daysToRenewal: -3, renewalDate: '2026-02-26' } });
    expect(draft.body).toContain('Your renewal date (Feb 26, 2026) has passed');
  });

  it('falls back to the first contact with an email, then to the team, and to a signature placeholder', () => {
    const noPrimary: Account = { ...hooli, primaryContactEmail: null, primaryContactName: null };
    const withContact = buildDraftEmail({
      account: noPrimary,
      contacts: [
        { name: 'No Email', email: null },
        { name: 'Jian Yang', email: 'jian@hooli.com' },
      ],
    });
    expect(withContact.to).toBe('jian@hooli.com');
    expect(withContact.body.startsWith('Hi Jian,')).toBe(true);
    expect(withContact.body.endsWith('Best,\n[Your name]')).toBe(true);

    const nobody = buildDraftEmail({ account: { ...noPrimary, health: null } });
    expect(nobody.to).toBe('');
    expect(nobody.body.startsWith('Hi Hooli team,')).toBe(true);
    expect(nobody.body).toContain('how things are going for the Hooli team');
  });

  it('is deterministic', () => {
    expect(buildDraftEmail({ account: critical, senderName: 'R' })).toEqual(
      buildDraftEmail({ account: critical, senderName: 'R' }),
    );
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
