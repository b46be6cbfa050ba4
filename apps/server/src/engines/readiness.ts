/**
 * Section setup readiness (seeds/settings-and-data.md): which providers a section needs, whether
 * each is connected (only healthy connections count), what existing systems it reuses, where to
 * go next. Pure: connection states and the connector catalog come in as plain data.
 */
import type { Readiness, ReadinessSection } from '@success/shared/integrations';
import { sectionLabels } from '@success/shared/sections';

type ConnectionStatus = 'healthy' | 'inactive' | 'disabled' | 'errored' | 'reauth_needed';

export type ReadinessInput = {
  section: ReadinessSection;
  /** Providers with a connector in this release (the integration provider catalog). */
  catalog: ReadonlySet<string>;
  /** The workspace's connections by provider. */
  connections: ReadonlyMap<string, ConnectionStatus>;
  /** Demo mode is on: the sample is already what the section shows, so it is not offered again. */
  isDemoModeEnabled?: boolean;
};

type SectionDefinition = {
  title: string;
  connectors: { provider: string; label: string; role: 'required' | 'optional' }[];
  /** Ready when every provider of at least one of these groups is connected. */
  readyWhenAny: string[][];
  reusedSystems: Readiness['reusedSystems'];
  fastPaths: Readiness['fastPaths'];
  hasDemoPath: boolean;
  connectedSummary: string;
};

const crmIdentity = {
  key: 'crm-identity',
  label: 'CRM company identity',
  description: 'Accounts keyed by normalized company domain, shared by every section.',
};
const metadataProjection = {
  key: 'metadata-projection',
  label: 'CRM metadata projection',
  description: 'Synced provider fields projected onto accounts (owner, stage, enrichment).',
};
const integrations = { label: 'Integrations', href: '/settings/integrations' };
const health = { label: 'Health', href: '/success/health' };

const sections: Record<ReadinessSection, SectionDefinition> = {
  convert: {
    title: sectionLabels.convert,
    connectors: [
      { provider: 'salesbricks', label: 'Salesbricks', role: 'required' },
      { provider: 'stripe', label: 'Stripe', role: 'required' },
      { provider: 'posthog', label: 'PostHog', role: 'optional' },
    ],
    readyWhenAny: [['salesbricks'], ['stripe']],
    reusedSystems: [
      crmIdentity,
      metadataProjection,
      {
        key: 'health-scoring',
        label: 'Health scoring foundation',
        description: 'Adoption and payment inputs already computed for Health.',
      },
    ],
    fastPaths: [integrations, health, { label: 'Convert', href: '/success/convert' }],
    hasDemoPath: true,
    connectedSummary: 'Trials and prospects are syncing; Convert can rank them by conversion likelihood.',
  },
  contracts: {
    title: sectionLabels.contracts,
    connectors: [
      { provider: 'salesbricks', label: 'Salesbricks', role: 'required' },
      { provider: 'stripe', label: 'Stripe', role: 'required' },
    ],
    readyWhenAny: [['salesbricks'], ['stripe']],
    reusedSystems: [
      crmIdentity,
      metadataProjection,
      {
        key: 'billing-providers',
        label: 'Stripe and Salesbricks provider patterns',
        description: 'The same synced subscriptions and contracts that feed Health payment factors.',
      },
    ],
    fastPaths: [integrations, health],
    hasDemoPath: true,
    connectedSummary: 'Contracts and subscriptions are syncing into one ledger.',
  },
  pipeline: {
    title: sectionLabels.pipeline,
    connectors: [
      { provider: 'attio', label: 'Attio', role: 'required' },
      { provider: 'salesbricks', label: 'Salesbricks', role: 'required' },
      { provider: 'salesforce', label: 'Salesforce', role: 'optional' },
      { provider: 'hubspot', label: 'HubSpot', role: 'optional' },
    ],
    readyWhenAny: [['attio'], ['salesbricks']],
    reusedSystems: [
      crmIdentity,
      { key: 'attio-sync', label: 'Attio provider and sync stack', description: 'Deals and stages from the CRM sync.' },
      {
        key: 'overlays',
        label: 'Convert and Health overlays',
        description: 'Cards carry the account health and conversion context.',
      },
    ],
    fastPaths: [integrations, health, { label: 'Convert', href: '/success/convert' }],
    hasDemoPath: true,
    connectedSummary: 'Opportunities are syncing; the board shows them by stage.',
  },
  're-engage': {
    title: sectionLabels['re-engage'],
    connectors: [{ provider: 'salesbricks', label: 'Salesbricks', role: 'required' }],
    readyWhenAny: [['salesbricks']],
    reusedSystems: [
      crmIdentity,
      {
        key: 'signals',
        label: 'Signals and feedback context',
        description: 'Calls, complaints and requests explain why a deal was lost.',
      },
      {
        key: 'shipped-features',
        label: 'Shipped-feature catalog',
        description: 'Tells when a release removes the blocker of a lost deal.',
      },
    ],
    fastPaths: [integrations, { label: 'Close the Loop', href: '/success/close-the-loop' }],
    hasDemoPath: false,
    connectedSummary: 'Closed-lost deals are syncing from Salesbricks.',
  },
  'close-the-loop': {
    title: sectionLabels['close-the-loop'],
    connectors: [
      { provider: 'github', label: 'GitHub', role: 'optional' },
      { provider: 'rss', label: 'RSS / Atom changelog', role: 'optional' },
    ],
    readyWhenAny: [['github'], ['rss']],
    reusedSystems: [
      {
        key: 'feedback-ops',
        label: 'Feedback Ops queues',
        description: 'Customer requests collected from calls, support and surveys.',
      },
      {
        key: 'signals',
        label: 'Signals and request evidence',
        description: 'Each request links to the conversation it came from.',
      },
      { key: 'workflows', label: 'Workflow and task runtime', description: 'Follow-up emails run as tracked tasks.' },
    ],
    fastPaths: [integrations, { label: 'Re-engage', href: '/success/re-engage' }],
    hasDemoPath: true,
    connectedSummary: 'Shipped features are syncing; requests can be matched against them.',
  },
};

export function computeReadiness(input: ReadinessInput): Readiness {
  const definition = sections[input.section];
  const connectors = definition.connectors.map((connector) => ({
    ...connector,
    status: !input.catalog.has(connector.provider)
      ? ('provider_missing' as const)
      : input.connections.get(connector.provider) === 'healthy'
        ? ('connected' as const)
        : ('available' as const),
  }));
  const isConnected = (provider: string) => connectors.some((c) => c.provider === provider && c.status === 'connected');
  const isReady = definition.readyWhenAny.some((group) => group.every(isConnected));

  const nextSteps: string[] = [];
  for (const connector of connectors) {
    const state = input.connections.get(connector.provider);
    if (connector.status === 'provider_missing') {
      nextSteps.push(
        `${connector.label} is not in this release's integration catalog yet${connector.role === 'required' ? '; use another source for now' : ''}.`,
      );
    } else if (connector.status === 'available') {
      if (state === 'reauth_needed') nextSteps.push(`Reconnect ${connector.label}: its credentials were refused.`);
      else if (state === 'errored') nextSteps.push(`Fix the ${connector.label} connection: its last syncs failed.`);
      else if (state === 'disabled') nextSteps.push(`Resume ${connector.label}: the connection is paused.`);
      else
        nextSteps.push(
          `Connect ${connector.label} in Settings → Integrations${connector.role === 'optional' ? ' (optional)' : ''}.`,
        );
    }
  }
  if (isReady) nextSteps.push(`Open ${definition.title}: data from connected sources appears after the first sync.`);
  else if (definition.hasDemoPath && !input.isDemoModeEnabled)
    nextSteps.push('Or preview the section with the Pied Piper demo data.');

  const required = connectors.filter((c) => definition.readyWhenAny.flat().includes(c.provider)).map((c) => c.label);
  return {
    section: input.section,
    summary: isReady ? definition.connectedSummary : `${definition.title} needs ${required.join(' or ')} connected.`,
    reusedSystems: definition.reusedSystems,
    connectors,
    // A section's page is where its panel is shown: a fast path there would lead nowhere.
    fastPaths: definition.fastPaths.filter((path) => path.href !== `/success/${input.section}`),
    nextSteps,
    isReady,
    hasDemoPath: definition.hasDemoPath,
  };
}
