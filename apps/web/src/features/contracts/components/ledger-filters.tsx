import { ChevronDown, Search, X } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import { Switch } from '@/components/ui/switch';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { cn } from '@/lib/cn';
import {
  countActiveFilters,
  renewalWindows,
  toggleListValue,
  type LedgerFilters,
  type RenewalWindow,
} from '../filters';
import { ledgerSourceProviders, ledgerStatuses, paymentStates, reconciliationStates } from '@success/shared/ledger';
import { paymentStateLabels, reconciliationLabels, sourceLabels, statusLabels } from '@/lib/ledger-labels';
import { placePopover } from '@/lib/popover-position';

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

const GAP = 4;

/** Puts the panel under its button, inside the viewport. */
function placePanel(button: HTMLElement | null, panel: HTMLElement | null) {
  if (!button || !panel) return;
  const { top, left } = placePopover(
    button.getBoundingClientRect(),
    { width: panel.offsetWidth, height: panel.offsetHeight },
    { width: document.documentElement.clientWidth, height: window.innerHeight },
    GAP,
  );
  panel.style.top = `${top}px`;
  panel.style.left = `${left}px`;
}

/**
 * A filter button with a checkbox list in a popover (top layer, never clipped). The button names the
 * filter and what is picked ("Source: Salesbricks").
 */
export function MultiSelectFilter<T extends string>({
  label,
  options,
  labels,
  selected,
  onChange,
}: {
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  selected: readonly T[];
  onChange: (values: T[]) => void;
}) {
  const popoverId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [isOpen, setIsOpen] = useState(false);

  useEffect(() => {
    if (!isOpen) return;
    const close = (event: Event) => {
      if (panelRef.current && event.target instanceof Node && panelRef.current.contains(event.target)) return;
      panelRef.current?.hidePopover();
    };
    window.addEventListener('scroll', close, true);
    window.addEventListener('resize', close);
    return () => {
      window.removeEventListener('scroll', close, true);
      window.removeEventListener('resize', close);
    };
  }, [isOpen]);

  const summary =
    selected.length === 0 ? null : selected.length === 1 ? labels[selected[0]!] : `${selected.length} selected`;
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        popoverTarget={popoverId}
        aria-expanded={isOpen}
        // The flex layout would otherwise read as "Source : Salesbricks".
        aria-label={summary ? `${label}: ${summary}` : label}
        data-testid={`filter-${label.toLowerCase().replace(/\s+/g, '-')}`}
        className={buttonClasses({
          variant: 'secondary',
          size: 'sm',
          className: cn(selected.length > 0 && 'bg-indigo-50 text-indigo-800 ring-indigo-200 hover:bg-indigo-50'),
        })}
      >
        {label}
        {summary ? <span className="font-semibold">: {summary}</span> : null}
        <ChevronDown className={cn('size-3.5 transition-transform', isOpen && 'rotate-180')} aria-hidden="true" />
      </button>
      <div
        ref={panelRef}
        id={popoverId}
        popover="auto"
        role="group"
        aria-label={label}
        onBeforeToggle={(event) => {
          if (event.newState === 'open') placePanel(buttonRef.current, panelRef.current);
        }}
        onToggle={(event) => {
          const open = event.newState === 'open';
          setIsOpen(open);
          if (!open) return;
          // Measured now that it is shown: near the right or bottom edge it moves back on screen.
          placePanel(buttonRef.current, panelRef.current);
          panelRef.current?.querySelector<HTMLInputElement>('input')?.focus();
        }}
        className="fixed inset-auto m-0 min-w-48 rounded-lg border border-slate-200 bg-white p-1.5 text-sm shadow-lg"
      >
        <ul className="space-y-0.5">
          {options.map((option) => (
            <li key={option}>
              <label className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-slate-700 hover:bg-slate-50">
                <input
                  type="checkbox"
                  className="size-4 rounded border-slate-300 accent-indigo-600"
                  checked={selected.includes(option)}
                  onChange={() => onChange(toggleListValue(selected, option, options))}
                />
                {labels[option]}
              </label>
            </li>
          ))}
        </ul>
        {selected.length > 0 ? (
          <div className="mt-1 border-t border-slate-100 pt-1">
            <button
              type="button"
              className="w-full rounded-md px-2 py-1.5 text-left text-xs font-medium text-slate-500 hover:bg-slate-50 hover:text-slate-800"
              onClick={() => onChange([])}
            >
              Clear {label.toLowerCase()}
            </button>
          </div>
        ) : null}
      </div>
    </>
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
  const active = countActiveFilters(filters);
  return (
    <div className="flex min-w-0 flex-1 flex-wrap items-center gap-2" role="search" aria-label="Filter contracts">
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
      <Select
        aria-label="Renewal window"
        className="h-8 w-auto! text-xs"
        value={filters.renewalWithinDays ?? ''}
        onChange={(event) => {
          const value = Number(event.target.value);
          onChange({
            renewalWithinDays: (renewalWindows as readonly number[]).includes(value) ? (value as RenewalWindow) : null,
          });
        }}
      >
        <option value="">Any renewal date</option>
        {renewalWindows.map((days) => (
          <option key={days} value={days}>
            Renews within {days} days
          </option>
        ))}
      </Select>
      <Switch
        label="Hide ignored"
        checked={filters.hideIgnored}
        onCheckedChange={(hideIgnored) => onChange({ hideIgnored })}
        className="ml-1 items-center gap-2"
      />
      {active > 0 ? (
        <Button variant="ghost" size="sm" icon={<X className="size-3.5" aria-hidden="true" />} onClick={onClear}>
          Clear filters ({active})
        </Button>
      ) : null}
    </div>
  );
}
