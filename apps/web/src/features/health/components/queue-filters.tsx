import { paymentStates, revenueBadges } from '@success/shared/ledger';
import { revenueBadgeLabels } from '@/components/account/account-badges';
import { FilterBar, SelectFilter } from '@/components/ui/filter-bar';
import { healthStateLabels } from '@/lib/health-labels';
import { paymentStateLabels } from '@/lib/ledger-labels';
import { useOwners } from '../api/list-owners';
import { countActiveFilters, healthStates, renewalWindows, type HealthSearch } from '../health-search';

type FilterPatch = Partial<HealthSearch>;

const bandOptions = healthStates.map((band) => ({ value: band, label: healthStateLabels[band] }));
const renewalOptions = renewalWindows.map((days) => ({ value: String(days), label: `Renews in ${days} days` }));
const sourceOptions = revenueBadges.map((source) => ({
  value: source,
  label: source === 'merged' ? 'Merged (Stripe + Salesbricks)' : revenueBadgeLabels[source],
}));
const paymentOptions = paymentStates.map((state) => ({ value: state, label: paymentStateLabels[state] }));

/** Band, renewal window, owner, revenue source and payment state; every choice lives in the URL. */
export function QueueFilters({ filters, onChange }: { filters: HealthSearch; onChange: (patch: FilterPatch) => void }) {
  const owners = useOwners();
  const ownerOptions = [...new Set([...(owners.data?.owners ?? []), ...(filters.owner ? [filters.owner] : [])])].map(
    (owner) => ({ value: owner, label: owner }),
  );
  return (
    <FilterBar
      label="Filter accounts"
      activeCount={countActiveFilters(filters)}
      onClear={() =>
        onChange({
          band: undefined,
          renewalWithinDays: undefined,
          owner: undefined,
          source: undefined,
          paymentState: undefined,
        })
      }
    >
      <SelectFilter
        label="Band"
        className="w-40"
        anyLabel="Any band"
        options={bandOptions}
        value={filters.band}
        onChange={(band) => onChange({ band })}
      />
      <SelectFilter
        label="Renewal window"
        className="w-44"
        anyLabel="Any renewal"
        options={renewalOptions}
        value={filters.renewalWithinDays ? String(filters.renewalWithinDays) : undefined}
        onChange={(value) => onChange({ renewalWithinDays: value ? Number(value) : undefined })}
      />
      <SelectFilter
        label="Owner"
        className="w-44"
        anyLabel="Any owner"
        options={ownerOptions}
        value={filters.owner}
        onChange={(owner) => onChange({ owner })}
      />
      <SelectFilter
        label="Revenue source"
        className="w-56"
        anyLabel="Any source"
        options={sourceOptions}
        value={filters.source}
        onChange={(source) => onChange({ source })}
      />
      <SelectFilter
        label="Payment state"
        className="w-52"
        anyLabel="Any payment state"
        options={paymentOptions}
        value={filters.paymentState}
        onChange={(paymentState) => onChange({ paymentState })}
      />
    </FilterBar>
  );
}
