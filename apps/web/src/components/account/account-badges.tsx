import type { HealthState } from '@success/shared/health';
import type { RevenueBadge as RevenueBadgeKey } from '@success/shared/ledger';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { healthStateLabels } from '@/lib/health-labels';

export const bandTones: Record<HealthState, BadgeTone> = {
  healthy: 'green',
  at_risk: 'amber',
  critical: 'red',
  not_enough_data: 'neutral',
  churned: 'neutral',
};

const stateTitles: Partial<Record<HealthState, string>> = {
  not_enough_data: 'Too few of the score’s inputs have data to put this account in a band',
  churned: 'Every paying source has ended',
};

/** The account's health band ("Critical") or state; `data-band` carries the raw value for tests and styling. */
export function BandBadge({ band, className }: { band: HealthState; className?: string }) {
  return (
    <Badge
      tone={bandTones[band]}
      data-testid="health-band"
      data-band={band}
      title={stateTitles[band]}
      className={className}
    >
      {healthStateLabels[band]}
    </Badge>
  );
}

export const revenueBadgeLabels: Record<RevenueBadgeKey, string> = {
  stripe: 'Stripe',
  salesbricks: 'Salesbricks',
  merged: 'Merged',
};

const revenueBadgeTones: Record<RevenueBadgeKey, BadgeTone> = {
  stripe: 'violet',
  salesbricks: 'sky',
  merged: 'indigo',
};

const revenueBadgeTitles: Record<RevenueBadgeKey, string> = {
  stripe: 'Revenue from a Stripe subscription',
  salesbricks: 'Revenue from a Salesbricks contract',
  merged: 'A Salesbricks contract and a Stripe subscription, reconciled into one ledger row',
};

/** Where the account's revenue comes from: Stripe, Salesbricks or both merged. */
export function RevenueSourceBadge({ source }: { source: RevenueBadgeKey }) {
  return (
    <Badge
      tone={revenueBadgeTones[source]}
      data-testid="revenue-badge"
      data-source={source}
      title={revenueBadgeTitles[source]}
    >
      {revenueBadgeLabels[source]}
    </Badge>
  );
}
