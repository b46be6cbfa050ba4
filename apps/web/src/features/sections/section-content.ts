import { sectionLabels, type Section } from '@success/shared/sections';

export type SectionContent = {
  title: string;
  tagline: string;
  willDo: string[];
  demoNote: string;
};

type PlaceholderSection = Exclude<Section, 'health'>;

/** What each not-yet-built section will do, taken from the product spec; what it needs comes from the readiness endpoint. */
export const sectionContent: Record<PlaceholderSection, SectionContent> = {
  convert: {
    title: sectionLabels.convert,
    tagline: 'Trials and prospects ranked by how likely they are to convert, and how soon you need to act.',
    willDo: [
      'Rank trial and prospect accounts by conversion likelihood, with an explanation of every score.',
      'Show trial urgency (days left) and expected value — likelihood × potential ARR.',
      'Filter by source, and route promising trials on to Pipeline.',
    ],
    demoNote: 'Convert will have a demo path with the Pied Piper sample data.',
  },
  contracts: {
    title: sectionLabels.contracts,
    tagline: 'One ledger of every contract and subscription, with MRR, ARR, renewal dates and payment state.',
    willDo: [
      'Merge Salesbricks contracts and Stripe subscriptions into one ledger with totals.',
      'Reconcile accounts both sources describe: merged, conflicting or single-source.',
      'Surface renewal dates and past-due payments, and route payment issues back to Health.',
    ],
    demoNote: 'Contracts will have a demo path with the Pied Piper sample data.',
  },
  pipeline: {
    title: sectionLabels.pipeline,
    tagline: 'Opportunities as a kanban board and a table, with Health and Convert context on every card.',
    willDo: [
      'Show open opportunities from Attio and/or Salesbricks (and Salesforce where connected).',
      'Move Attio deals between stages by drag and drop, written back to Attio.',
      'Keep Salesbricks open orders read-only, and route signed deals to Contracts.',
    ],
    demoNote: 'Pipeline needs Attio or Salesbricks; it will also have a demo path.',
  },
  're-engage': {
    title: sectionLabels['re-engage'],
    tagline: 'Closed-lost deals worth another conversation, ranked by re-engagement likelihood.',
    willDo: [
      'Rank closed-lost deals by re-engagement likelihood, with lost-value totals and the lost reason.',
      'Flag deals whose blocker a shipped feature now removes.',
      'Route revived winbacks to Pipeline.',
    ],
    demoNote: 'Re-engage needs live Salesbricks data; it has no demo path.',
  },
  'close-the-loop': {
    title: sectionLabels['close-the-loop'],
    tagline: 'Customer requests matched to the features you shipped, and the “we shipped it” email drafted for you.',
    willDo: [
      'Match customer requests to shipped features from GitHub releases, RSS/Atom changelogs or manual entries, with a confidence.',
      'Confirm or reject each match.',
      'Draft and send “we shipped your request” emails.',
    ],
    demoNote: 'Close the Loop will have a demo path with the Pied Piper sample data.',
  },
};
