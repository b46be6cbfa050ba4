import { ledgerSourceProviders, ledgerStatuses, paymentStates, reconciliationStates } from '@success/shared/ledger';

import { FilterBar, MultiSelectFilter, SelectFilter } from '@/components/ui/filter-bar';
import { Switch } from '@/components/ui/switch';
import { paymentStateLabels, reconciliationLabels, sourceLabels, statusLabels } from '@/lib/ledger-labels';
import { countActiveFilters, renewalWindows, type LedgerFilters } from '../filters';
import { SearchBox } from '@/components/ui/search-box';

const renewalOptions = renewalWindows.map((days) => ({ value: String(days), label: `Renews within ${days} days` }));

/** Search, the four list filters, the renewal window and "hide ignored", all kept in the URL. */
export function LedgerFiltersBar({
  filters,
  onChange,
  onClear,
}: {
  filters: LedgerFilters;
  onChange: (next: Partial<LedgerFilters>) => void;
  onClear: () => void;
}) {
  return (
    <FilterBar
      role="search"
      label="Filter contracts"
      activeCount={countActiveFilters(filters)}
      onClear={onClear}
      className="min-w-0 flex-1"
    >
      <SearchBox
        value={filters.q}
        onChange={(q) => onChange({ q: q.trim() })}
        label="Search contracts by account, domain or product"
        placeholder="Search account or product…"
        className="max-w-60"
      />
      <MultiSelectFilter
        label="Source"
        options={ledgerSourceProviders}
        labels={sourceLabels}
        selected={filters.source}
        onChange={(source) => onChange({ source })}
      />
      <MultiSelectFilter
        label="Status"
        options={ledgerStatuses}
        labels={statusLabels}
        selected={filters.status}
        onChange={(status) => onChange({ status })}
      />
      <MultiSelectFilter
        label="Payment"
        options={paymentStates}
        labels={paymentStateLabels}
        selected={filters.paymentState}
        onChange={(paymentState) => onChange({ paymentState })}
      />
      <MultiSelectFilter
        label="Reconciliation"
        options={reconciliationStates}
        labels={reconciliationLabels}
        selected={filters.reconciliation}
        onChange={(reconciliation) => onChange({ reconciliation })}
      />
      <SelectFilter
        label="Renewal window"
        size="sm"
        className="w-48"
        anyLabel="Any renewal date"
        options={renewalOptions}
        value={filters.renewalWithinDays === null ? undefined : `${filters.renewalWithinDays}`}
        onChange={(value) =>
          onChange({ renewalWithinDays: renewalWindows.find((days) => String(days) === value) ?? null })
        }
      />
      <Switch
        label="Hide ignored"
        checked={filters.hideIgnored}
        onCheckedChange={(hideIgnored) => onChange({ hideIgnored })}
        className="ml-1 items-center gap-2"
      />
    </FilterBar>
  );
}
