import { paymentStates, revenueBadges } from '@success/shared/ledger';
import type { ReactNode } from 'react';
import { X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import { paymentStateLabels } from '@/lib/ledger-labels';
import { countActiveFilters, healthStates, renewalWindows, type HealthSearch } from '../health-search';
import { useOwners } from '../api/list-owners';
import { revenueBadgeLabels } from '@/components/account/account-badges';
import { healthStateLabels } from '@/lib/health-labels';

type FilterPatch = Partial<HealthSearch>;

function FilterSelect({
  label,
  value,
  onChange,
  children,
  className,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={className ?? 'w-40'}>
      <Select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </Select>
    </div>
  );
}

/** Band, renewal window, owner, revenue source and payment state; every choice lives in the URL. */
export function QueueFilters({ filters, onChange }: { filters: HealthSearch; onChange: (patch: FilterPatch) => void }) {
  const owners = useOwners();
  const ownerOptions = [...new Set([...(owners.data?.owners ?? []), ...(filters.owner ? [filters.owner] : [])])];
  const active = countActiveFilters(filters);
  return (
    <div role="group" aria-label="Filter accounts" className="flex flex-wrap items-center gap-2">
      <FilterSelect
        label="Band"
        className="w-40"
        value={filters.band ?? ''}
        onChange={(value) => onChange({ band: healthStates.find((state) => state === value) })}
      >
        <option value="">Any band</option>
        {healthStates.map((band) => (
          <option key={band} value={band}>
            {healthStateLabels[band]}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label="Renewal window"
        value={filters.renewalWithinDays ? String(filters.renewalWithinDays) : ''}
        onChange={(value) => onChange({ renewalWithinDays: value ? Number(value) : undefined })}
      >
        <option value="">Any renewal</option>
        {renewalWindows.map((days) => (
          <option key={days} value={days}>
            Renews in {days} days
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label="Owner"
        value={filters.owner ?? ''}
        onChange={(value) => onChange({ owner: value || undefined })}
        className="w-44"
      >
        <option value="">Any owner</option>
        {ownerOptions.map((owner) => (
          <option key={owner} value={owner}>
            {owner}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label="Revenue source"
        className="w-48"
        value={filters.source ?? ''}
        onChange={(value) =>
          onChange({
            source: (revenueBadges as readonly string[]).includes(value)
              ? (value as HealthSearch['source'])
              : undefined,
          })
        }
      >
        <option value="">Any source</option>
        {revenueBadges.map((source) => (
          <option key={source} value={source}>
            {source === 'merged' ? 'Merged (Stripe + Salesbricks)' : revenueBadgeLabels[source]}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label="Payment state"
        className="w-52"
        value={filters.paymentState ?? ''}
        onChange={(value) =>
          onChange({
            paymentState: (paymentStates as readonly string[]).includes(value)
              ? (value as HealthSearch['paymentState'])
              : undefined,
          })
        }
      >
        <option value="">Any payment state</option>
        {paymentStates.map((state) => (
          <option key={state} value={state}>
            {paymentStateLabels[state]}
          </option>
        ))}
      </FilterSelect>
      {active > 0 ? (
        <Button
          variant="ghost"
          size="sm"
          icon={<X className="size-3.5" aria-hidden="true" />}
          onClick={() =>
            onChange({
              band: undefined,
              renewalWithinDays: undefined,
              owner: undefined,
              source: undefined,
              paymentState: undefined,
            })
          }
        >
          Clear filters ({active})
        </Button>
      ) : null}
    </div>
  );
}
