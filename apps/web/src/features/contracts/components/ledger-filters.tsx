import { ledgerSourceProviders, ledgerStatuses, paymentStates, reconciliationStates } from '@success/shared/ledger';
import { Search } from 'lucide-react';
import { useEffect, useState } from 'react';
import { FilterBar, MultiSelectFilter, SelectFilter } from '@/components/ui/filter-bar';
import { Input } from '@/components/ui/input';
import { Switch } from '@/components/ui/switch';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { paymentStateLabels, reconciliationLabels, sourceLabels, statusLabels } from '@/lib/ledger-labels';
import { countActiveFilters, renewalWindows, type LedgerFilters } from '../filters';

const renewalOptions = renewalWindows.map((days) => ({ value: String(days), label: `Renews within ${days} days` }));

function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const [draft, setDraft] = useState(value);
  const debounced = useDebouncedValue(draft, 250);
  // Follow the URL when it changes from outside (back button, "Clear filters").
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    if (value.trim() !== debounced.trim()) setDraft(value);
  }
  useEffect(() => {
    if (debounced.trim() !== value.trim()) onChange(debounced);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a settled draft should update the URL
  }, [debounced]);
  return (
    <div className="relative w-full max-w-60">
      <Search
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-400"
        aria-hidden="true"
      />
      <Input
        type="search"
        aria-label="Search contracts by account, domain or product"
        placeholder="Search account or product…"
        className="pl-8"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onChange(draft);
          if (event.key === 'Escape' && draft) setDraft('');
        }}
      />
    </div>
  );
}

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
      <SearchBox value={filters.q} onChange={(q) => onChange({ q: q.trim() })} />
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
        onChange={(value) => onChange({ renewalWithinDays: renewalWindows.find((days) => String(days) === value) ?? null })}
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
