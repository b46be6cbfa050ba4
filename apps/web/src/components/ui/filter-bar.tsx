import * as Popover from '@radix-ui/react-popover';
import * as SelectPrimitive from '@radix-ui/react-select';
import { Check, ChevronDown, X } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import { toggleListValue } from '@/lib/list-values';

/**
 * One way to filter a list: a row of single-select and multi-select filters and a "Clear filters"
 * button. Pages keep every choice in the URL; these parts only show and report it. Menus open in a
 * portal (Radix) with collision handling, so no panel is clipped by a table or runs off the screen.
 */
export function FilterBar({
  label,
  role = 'group',
  activeCount,
  onClear,
  children,
  className,
}: {
  /** Names the group for assistive technology ("Filter accounts"). */
  label: string;
  /** `search` when the bar also holds the list's search box. */
  role?: 'group' | 'search';
  /** How many filters are set; "Clear filters (n)" shows when there is at least one. */
  activeCount: number;
  onClear: () => void;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div role={role} aria-label={label} className={cn('flex flex-wrap items-center gap-2', className)}>
      {children}
      {activeCount > 0 ? (
        <Button variant="ghost" size="sm" icon={<X className="size-3.5" aria-hidden="true" />} onClick={onClear}>
          Clear filters ({activeCount})
        </Button>
      ) : null}
    </div>
  );
}

const panelClasses =
  'z-50 max-h-[var(--radix-popper-available-height)] overflow-y-auto rounded-lg border border-slate-200 bg-white p-1.5 text-sm shadow-lg';

/** Radix Select items need a non-empty value: "any" stands for no filter. */
const ANY = '__any__';

export type FilterOption<T extends string> = { value: T; label: string };

/**
 * A filter with one choice or none ("Any band"). The trigger is a combobox named `label`; it shows
 * the choice and carries it in `data-value` ("" for none).
 */
export function SelectFilter<T extends string>({
  label,
  value,
  options,
  anyLabel,
  onChange,
  className,
  size = 'md',
}: {
  label: string;
  value: T | undefined;
  options: readonly FilterOption<T>[];
  /** The "no filter" choice ("Any band"). */
  anyLabel: string;
  onChange: (value: T | undefined) => void;
  className?: string;
  size?: 'sm' | 'md';
}) {
  return (
    <SelectPrimitive.Root
      value={value ?? ANY}
      onValueChange={(next) => onChange(options.find((option) => option.value === next)?.value)}
    >
      <SelectPrimitive.Trigger
        aria-label={label}
        data-value={value ?? ''}
        className={cn(
          'inline-flex items-center justify-between gap-2 rounded-md bg-white px-3 text-left text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600 focus:outline-none data-[placeholder]:text-slate-500',
          size === 'sm' ? 'h-8 text-xs' : 'h-9 text-sm',
          value !== undefined && 'bg-indigo-50 text-indigo-900 ring-indigo-200',
          className ?? 'w-40',
        )}
      >
        <span className="truncate">
          <SelectPrimitive.Value />
        </span>
        <SelectPrimitive.Icon>
          <ChevronDown className="size-3.5 shrink-0 text-slate-500" aria-hidden="true" />
        </SelectPrimitive.Icon>
      </SelectPrimitive.Trigger>
      <SelectPrimitive.Portal>
        <SelectPrimitive.Content
          position="popper"
          sideOffset={4}
          collisionPadding={8}
          className={cn(panelClasses, 'min-w-[var(--radix-select-trigger-width)]')}
        >
          <SelectPrimitive.Viewport>
            {[{ value: ANY, label: anyLabel }, ...options].map((option) => (
              <SelectPrimitive.Item
                key={option.value}
                value={option.value}
                className="relative flex cursor-pointer items-center rounded-md py-1.5 pr-2 pl-7 text-slate-700 outline-none select-none data-[highlighted]:bg-indigo-50 data-[highlighted]:text-indigo-900"
              >
                <SelectPrimitive.ItemIndicator className="absolute left-2 inline-flex">
                  <Check className="size-3.5" aria-hidden="true" />
                </SelectPrimitive.ItemIndicator>
                <SelectPrimitive.ItemText>{option.label}</SelectPrimitive.ItemText>
              </SelectPrimitive.Item>
            ))}
          </SelectPrimitive.Viewport>
        </SelectPrimitive.Content>
      </SelectPrimitive.Portal>
    </SelectPrimitive.Root>
  );
}

/**
 * A filter with any number of choices: a button naming the filter and what is picked
 * ("Source: Salesbricks") that opens a checkbox list named `label`.
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
  const summary =
    selected.length === 0 ? null : selected.length === 1 ? labels[selected[0]!] : `${selected.length} selected`;
  return (
    <Popover.Root>
      <Popover.Trigger
        // The flex layout would otherwise read as "Source : Salesbricks".
        aria-label={summary ? `${label}: ${summary}` : label}
        data-testid={`filter-${label.toLowerCase().replace(/\s+/g, '-')}`}
        className={buttonClasses({
          variant: 'secondary',
          size: 'sm',
          className: cn(
            'group',
            selected.length > 0 && 'bg-indigo-50 text-indigo-800 ring-indigo-200 hover:bg-indigo-50',
          ),
        })}
      >
        {label}
        {summary ? <span className="font-semibold">: {summary}</span> : null}
        <ChevronDown className="size-3.5 transition-transform group-data-[state=open]:rotate-180" aria-hidden="true" />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={4}
          collisionPadding={8}
          aria-label={label}
          role="group"
          className={cn(panelClasses, 'min-w-48')}
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
                className="w-full rounded-md px-2 py-1.5 text-left text-xs font-medium text-slate-600 hover:bg-slate-50 hover:text-slate-800"
                onClick={() => onChange([])}
              >
                Clear {label.toLowerCase()}
              </button>
            </div>
          ) : null}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
