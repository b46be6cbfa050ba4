/**
 * An outreach draft addressed to the customer, built only from facts the customer knows too: their
 * renewal date, the requests they made, the calls we had and their billing state. It never sees
 * the health score, band or risk factors (they are not part of its input), so internal scoring
 * language cannot reach a customer. Pure and deterministic, so the dialog only edits text.
 */
import type { CustomerDetail } from '@success/shared/customers';
import { formatDate } from '../../lib/format';

export type DraftEmail = { to: string; subject: string; body: string };

/** Facts from the account's records that a customer would recognise, newest first. */
export type AccountFacts = {
  /** Feature requests the customer made that are still open. */
  openRequests: readonly { title: string; requestedAt: string }[];
  /** Calls with the customer. */
  calls: readonly { title: string; occurredAt: string }[];
};

export type DraftEmailInput = {
  account: Pick<
    CustomerDetail['account'],
    'name' | 'daysToRenewal' | 'renewalDate' | 'paymentState' | 'primaryContactName' | 'primaryContactEmail'
  >;
  /** Used when the account has no primary contact email. */
  contacts?: readonly Pick<CustomerDetail['contacts'][number], 'name' | 'email'>[];
  facts?: AccountFacts;
  /** Who signs the email; omitted, the draft ends with a placeholder. */
  senderName?: string | null;
  /** Today, for "recent" calls. */
  now: Date;
};

/** Renewals this close make the renewal the reason to write. */
export const RENEWAL_HORIZON_DAYS = 90;
/** A call this recent is worth thanking the customer for. */
export const RECENT_CALL_DAYS = 60;
const MAX_REQUESTS = 3;
const dayMs = 86_400_000;

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

function hasPaymentProblem(state: DraftEmailInput['account']['paymentState']): boolean {
  return state === 'past_due' || state === 'payment_failed' || state === 'unpaid';
}

/** The day count comes from the API as given (one rule for every screen); it is never recomputed here. */
function isRenewalSoon(days: number | null): days is number {
  return days !== null && days >= 0 && days <= RENEWAL_HORIZON_DAYS;
}

function renewalPhrase(days: number, renewalDate: string | null): string {
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
  return renewalDate ? `on ${formatDate(renewalDate)} (${when})` : when;
}

/** The latest call within RECENT_CALL_DAYS of `now`, if any. */
export function latestRecentCall(input: DraftEmailInput): AccountFacts['calls'][number] | null {
  const cutoff = input.now.getTime() - RECENT_CALL_DAYS * dayMs;
  const recent = (input.facts?.calls ?? []).filter((call) => {
    const at = new Date(call.occurredAt).getTime();
    return at >= cutoff && at <= input.now.getTime();
  });
  return recent.toSorted((a, b) => b.occurredAt.localeCompare(a.occurredAt))[0] ?? null;
}

export function buildSubject(input: DraftEmailInput): string {
  const { account } = input;
  if (hasPaymentProblem(account.paymentState)) return `${account.name}: a quick note about your billing`;
  if (isRenewalSoon(account.daysToRenewal)) return `${account.name}: planning your upcoming renewal`;
  if ((input.facts?.openRequests.length ?? 0) > 0) return `${account.name}: an update on your requests`;
  return `${account.name}: a quick check-in`;
}

function openingParagraph(input: DraftEmailInput): string {
  const call = latestRecentCall(input);
  if (call) {
    return `Thanks again for making time to talk on ${formatDate(call.occurredAt)} ("${call.title}"). I wanted to follow up and make sure the ${input.account.name} team has what it needs from us.`;
  }
  return `I wanted to check in on how things are going for the ${input.account.name} team and make sure you're getting what you need from us.`;
}

function requestsParagraph(input: DraftEmailInput): string | null {
  const open = (input.facts?.openRequests ?? []).slice(0, MAX_REQUESTS);
  if (open.length === 0) return null;
  const lines = open.map((request) => `- ${request.title} (requested ${formatDate(request.requestedAt)})`);
  const intro =
    open.length === 1
      ? "I also want to make sure your request hasn't fallen through the cracks, and share where it stands:"
      : "I also want to make sure your requests haven't fallen through the cracks, and share where they stand:";
  return [intro, ...lines].join('\n');
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
  return isRenewalSoon(input.account.daysToRenewal) || hasPaymentProblem(input.account.paymentState)
    ? 'Would you have 30 minutes this week or next for a quick call?'
    : 'Would you have 20 minutes in the next couple of weeks to share what is working well and what you would like to see next?';
}

/** The full draft: To (the primary contact, else the first contact with an email), Subject and Body. */
export function buildDraftEmail(input: DraftEmailInput): DraftEmail {
  const to = recipient(input);
  const greetingName = firstName(to.name) ?? `${input.account.name} team`;
  const signature = input.senderName?.trim() || '[Your name]';
  const paragraphs = [
    `Hi ${greetingName},`,
    openingParagraph(input),
    renewalParagraph(input),
    requestsParagraph(input),
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
