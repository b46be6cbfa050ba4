import type { AccountSummary } from '@success/shared/api';
import type { RevenueBadge as RevenueBadgeKey } from '@success/shared/ledger';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { bandLabels } from '@/features/health/format';

type Band = NonNullable<AccountSummary['health']>['band'];

export const bandTones: Record<Band, BadgeTone> = { healthy: 'green', at_risk: 'amber', critical: 'red' };

/** The account's health band ("Critical"); `data-band` carries the raw value for tests and styling. */
export function BandBadge({ band, className }: { band: Band; className?: string }) {
  return (
    <Badge tone={bandTones[band]} data-testid="health-band" data-band={band} className={className}>
      {bandLabels[band]}
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
