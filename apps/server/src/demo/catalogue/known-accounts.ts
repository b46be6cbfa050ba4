import type { Currency, LifecycleStage } from '../demo-rows';
import type { Billing, Conflict, Mood, StripeInterval, Trend } from '../traits';

/** Hand-written accounts from the show, so the demo opens on names people recognise. */
export type KnownAccount = {
  name: string;
  domain: string;
  contact?: readonly [name: string, title: string];
  owner: string;
  lifecycle: LifecycleStage;
  billing?: Billing;
  conflict?: Conflict;
  isPastDue?: boolean;
  isCancelAtPeriodEnd?: boolean;
  isTracked?: boolean;
  seats?: number;
  trend?: Trend;
  mood?: Mood;
  currency?: Currency;
  interval?: StripeInterval;
  /** Days from now to the renewal of the main revenue source. */
  renewalInDays?: number;
  termYears?: number;
  lostReason?: string;
};

export const knownAccounts: readonly KnownAccount[] = [
  {
    name: 'Hooli',
    domain: 'hooli.com',
    contact: ['Gavin Belson', 'CEO'],
    owner: 'Richard Hendricks',
    lifecycle: 'customer',
    billing: 'both',
    conflict: 'amount',
    seats: 1200,
    trend: 'declining',
    mood: 'unhappy',
    renewalInDays: 47,
  },
  {
    name: 'Raviga Capital',
    domain: 'raviga.com',
    contact: ['Laurie Bream', 'Managing Partner'],
    owner: 'Monica Hall',
    lifecycle: 'customer',
    billing: 'salesbricks',
    seats: 85,
    trend: 'flat',
    mood: 'happy',
    renewalInDays: 212,
    termYears: 2,
  },
  {
    name: 'Aviato',
    domain: 'aviato.com',
    contact: ['Erlich Bachman', 'Founder'],
    owner: 'Jared Dunn',
    lifecycle: 'customer',
    billing: 'stripe',
    isPastDue: true,
    seats: 14,
    trend: 'declining',
    mood: 'neutral',
    interval: 'month',
  },
  {
    name: 'Bachmanity',
    domain: 'bachmanity.com',
    contact: ['Nelson Bighetti', 'Co-founder'],
    owner: 'Jared Dunn',
    lifecycle: 'churned',
    billing: 'stripe',
    seats: 6,
    interval: 'month',
    lostReason: 'No budget this year',
  },
  {
    name: 'Endframe',
    domain: 'endframe.com',
    contact: ['Hayden Price', 'VP Engineering'],
    owner: 'Richard Hendricks',
    lifecycle: 'prospect',
    lostReason: 'Needed on-prem deployment',
  },
  {
    name: 'Nucleus Systems',
    domain: 'nucleus-systems.com',
    contact: ['Davis Blake', 'Director of Infrastructure'],
    owner: 'Bertram Gilfoyle',
    lifecycle: 'trial',
    billing: 'stripe',
    seats: 40,
    trend: 'growing',
    mood: 'happy',
  },
  {
    name: 'Bream-Hall',
    domain: 'bream-hall.com',
    contact: ['Ed Chen', 'Partner'],
    owner: 'Monica Hall',
    lifecycle: 'customer',
    billing: 'stripe',
    seats: 60,
    trend: 'growing',
    mood: 'happy',
    interval: 'year',
    renewalInDays: 83,
  },
  {
    name: 'Intersite',
    domain: 'intersite.com',
    owner: 'Dinesh Chugtai',
    lifecycle: 'customer',
    billing: 'both',
    seats: 240,
    trend: 'flat',
    mood: 'neutral',
    renewalInDays: 131,
  },
  {
    name: 'Maleant Data Systems',
    domain: 'maleant.com',
    owner: 'Bertram Gilfoyle',
    lifecycle: 'customer',
    billing: 'salesbricks',
    seats: 420,
    trend: 'flat',
    mood: 'neutral',
    renewalInDays: 19,
    termYears: 3,
  },
  {
    name: 'Sliceline',
    domain: 'sliceline.com',
    owner: 'Dinesh Chugtai',
    lifecycle: 'trial',
    billing: 'stripe',
    seats: 12,
    trend: 'declining',
    mood: 'neutral',
  },
  {
    name: 'Coleman-Blair',
    domain: 'coleman-blair.com',
    owner: 'Monica Hall',
    lifecycle: 'customer',
    billing: 'stripe',
    isCancelAtPeriodEnd: true,
    seats: 25,
    trend: 'declining',
    mood: 'unhappy',
    interval: 'month',
  },
  {
    name: 'Goolybib',
    domain: 'goolybib.com',
    owner: 'Jared Dunn',
    lifecycle: 'prospect',
    isTracked: false,
    lostReason: 'Missing SSO/SAML',
  },
  {
    name: 'Homicide Energy Drink',
    domain: 'homicidedrink.com',
    owner: 'Dinesh Chugtai',
    lifecycle: 'customer',
    billing: 'stripe',
    seats: 30,
    trend: 'dark',
    mood: 'unhappy',
    interval: 'quarter',
    currency: 'GBP',
  },
  {
    name: 'Tres Commas Tequila',
    domain: 'trescommas.com',
    contact: ['Russ Hanneman', 'Founder'],
    owner: 'Richard Hendricks',
    lifecycle: 'customer',
    billing: 'both',
    conflict: 'renewal',
    seats: 150,
    trend: 'growing',
    mood: 'happy',
    renewalInDays: 64,
  },
  {
    name: 'Russfest',
    domain: 'russfest.com',
    owner: 'Richard Hendricks',
    lifecycle: 'churned',
    billing: 'salesbricks',
    seats: 35,
    lostReason: 'Price too high',
  },
  {
    name: 'SeeFood Technologies',
    domain: 'seefood.com',
    contact: ['Jian Yang', 'CEO'],
    owner: 'Bertram Gilfoyle',
    lifecycle: 'trial',
    billing: 'salesbricks',
    seats: 20,
    trend: 'growing',
    mood: 'neutral',
  },
  {
    name: 'Optimoji',
    domain: 'optimoji.com',
    owner: 'Dinesh Chugtai',
    lifecycle: 'customer',
    billing: 'stripe',
    seats: 18,
    trend: 'flat',
    mood: 'happy',
    interval: 'month',
    currency: 'EUR',
  },
  {
    name: 'YaoNet',
    domain: 'yaonet.com',
    owner: 'Bertram Gilfoyle',
    lifecycle: 'prospect',
    lostReason: 'Chose competitor (Hooli Nucleus)',
  },
  {
    name: 'Eklow Labs',
    domain: 'eklowlabs.com',
    owner: 'Monica Hall',
    lifecycle: 'customer',
    billing: 'salesbricks',
    seats: 140,
    trend: 'growing',
    mood: 'happy',
    currency: 'EUR',
    renewalInDays: 288,
  },
];
