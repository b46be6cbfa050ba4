/**
 * An outreach draft built from the account's state: its health band, top risks, renewal and payment
 * state, addressed to the primary contact. Pure and deterministic, so the dialog only edits text.
 */
import type { CustomerDetail } from '@success/shared/api';
import { formatDate } from '../../lib/format';

export type DraftEmail = { to: string; subject: string; body: string };

export type DraftEmailInput = {
  account: Pick<
    CustomerDetail['account'],
    'name' | 'health' | 'daysToRenewal' | 'renewalDate' | 'paymentState' | 'primaryContactName' | 'primaryContactEmail'
  >;
  /** Used when the account has no primary contact email. */
  contacts?: readonly Pick<CustomerDetail['contacts'][number], 'name' | 'email'>[];
  /** Who signs the email; omitted, the draft ends with a placeholder. */
  senderName?: string | null;
};

/** Renewals this close make the renewal the reason to write. */
export const RENEWAL_HORIZON_DAYS = 90;
const MAX_RISKS = 3;

export function firstName(fullName: string | null | undefined): string | null {
  const first = fullName?.trim().split(/\s+/)[0];
  return first ? first : null;
}

function recipient(input: DraftEmailInput): { email: string; name: string | null } {
  const { account, contacts = [] } = input;
  if (account.primaryContactEmail) return { email: account.primaryContactEmail, name: account.primaryContactName };
  const contact = contacts.find((item) => item.email);
  if (contact?.email) return { email: contact.email, name: contact.name };
  return { email: '', name: account.primaryContactName };
}

/** The negative factors behind the score, worst first, as talking points ("Low product adoption"). */
export function topRisks(health: DraftEmailInput['account']['health'], limit = MAX_RISKS): string[] {
  if (!health) return [];
  return health.topFactors
    .filter((factor) => factor.points < 0)
    .toSorted((a, b) => a.points - b.points)
    .slice(0, limit)
    .map((factor) => factor.label.trim())
    .filter(Boolean);
}

function hasPaymentProblem(state: DraftEmailInput['account']['paymentState']): boolean {
  return state === 'past_due' || state === 'payment_failed' || state === 'unpaid';
}

function isRenewalSoon(days: number | null): days is number {
  return days !== null && days >= 0 && days <= RENEWAL_HORIZON_DAYS;
}

function renewalPhrase(days: number, renewalDate: string | null): string {
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
  return renewalDate ? `on ${formatDate(renewalDate)} (${when})` : when;
}

export function buildSubject(input: DraftEmailInput): string {
  const { account } = input;
  const band = account.health?.band ?? null;
  if (hasPaymentProblem(account.paymentState)) return `${account.name}: a quick note about your billing`;
  if (isRenewalSoon(account.daysToRenewal)) {
    return band === 'healthy'
      ? `${account.name}: planning your upcoming renewal`
      : `${account.name}: let's talk before your renewal`;
  }
  if (band === 'critical') return `${account.name}: can we find time to talk this week?`;
  if (band === 'at_risk') return `${account.name}: checking in on how things are going`;
  return `${account.name}: a quick check-in`;
}

function openingParagraph(input: DraftEmailInput): string {
  const { account } = input;
  switch (account.health?.band ?? null) {
    case 'critical':
      return `I wanted to reach out personally about how things are going for the ${account.name} team. From what we're seeing on our side, I think we can do more to make sure you're getting the value you signed up for, and I'd like to help fix that quickly.`;
    case 'at_risk':
      return `I wanted to check in on how things are going for the ${account.name} team and make sure you're getting what you need from us.`;
    case 'healthy':
      return `I wanted to check in and say thanks: it's great to see the ${account.name} team getting good use out of the product.`;
    case null:
      return `I wanted to check in on how things are going for the ${account.name} team.`;
  }
}

function risksParagraph(risks: readonly string[]): string | null {
  if (risks.length === 0) return null;
  return ['A few things I would like to walk through together:', ...risks.map((risk) => `- ${risk}`)].join('\n');
}

function renewalParagraph(input: DraftEmailInput): string | null {
  const { daysToRenewal, renewalDate } = input.account;
  if (isRenewalSoon(daysToRenewal)) {
    return `Your renewal is coming up ${renewalPhrase(daysToRenewal, renewalDate)}, so this is a good moment to review what's working, what isn't, and what you need from us for the year ahead.`;
  }
  if (daysToRenewal !== null && daysToRenewal < 0 && renewalDate) {
    return `Your renewal date (${formatDate(renewalDate)}) has passed, and I want to make sure nothing about your plan is left hanging.`;
  }
  return null;
}

function paymentParagraph(state: DraftEmailInput['account']['paymentState']): string | null {
  switch (state) {
    case 'past_due':
      return "I also noticed your latest invoice is past due. If anything is holding it up (a new card, a PO number, a different billing contact), let me know and I'll help sort it out.";
    case 'payment_failed':
      return "I also noticed a recent payment didn't go through. It's usually an expired card; if you can update it, or tell me who to talk to, I'll make sure nothing is interrupted.";
    case 'unpaid':
      return "I also noticed there's an unpaid invoice on the account. If anything is blocking it, let me know and I'll help get it resolved.";
    case 'ok':
    case 'none':
      return null;
  }
}

function askParagraph(input: DraftEmailInput): string {
  const band = input.account.health?.band ?? null;
  return band === 'healthy' && !hasPaymentProblem(input.account.paymentState)
    ? 'Would you have 20 minutes in the next couple of weeks to share what is working well and what you would like to see next?'
    : 'Would you have 30 minutes this week or next for a quick call?';
}

/** The full draft: To (the primary contact, else the first contact with an email), Subject and Body. */
export function buildDraftEmail(input: DraftEmailInput): DraftEmail {
  const to = recipient(input);
  const greetingName = firstName(to.name) ?? `${input.account.name} team`;
  const signature = input.senderName?.trim() || '[Your name]';
  const paragraphs = [
    `Hi ${greetingName},`,
    openingParagraph(input),
    risksParagraph(topRisks(input.account.health)),
    renewalParagraph(input),
    paymentParagraph(input.account.paymentState),
    askParagraph(input),
    `Best,\n${signature}`,
  ].filter((paragraph): paragraph is string => paragraph !== null);
  return { to: to.email, subject: buildSubject(input), body: paragraphs.join('\n\n') };
}

/** The draft as one block for the clipboard (headers, a blank line, then the body). */
export function formatDraftForClipboard(draft: DraftEmail): string {
  return [`To: ${draft.to}`, `Subject: ${draft.subject}`, '', draft.body].join('\n');
}

/** A mailto: link that opens the draft in the user's mail client. */
export function toMailtoHref(draft: DraftEmail): string {
  const params = new URLSearchParams({ subject: draft.subject, body: draft.body });
  // mailto wants %20, not "+", for spaces.
  return `mailto:${encodeURIComponent(draft.to).replace(/%40/g, '@')}?${params.toString().replace(/\+/g, '%20')}`;
}
