import { Search } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { cn } from '@/lib/cn';
import { Input } from './input';

/**
 * A list's search field: it updates the URL once typing settles (Enter at once, Escape clears), and
 * follows the URL when it changes from outside (back button, "Clear filters").
 */
export function SearchBox({
  value,
  onChange,
  label,
  placeholder,
  className,
}: {
  value: string;
  onChange: (q: string) => void;
  /** The field's accessible name. */
  label: string;
  placeholder: string;
  className?: string;
}) {
  const [draft, setDraft] = useState(value);
  const debounced = useDebouncedValue(draft, 250);
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
    <div className={cn('relative w-full', className)}>
      <Search
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-400"
        aria-hidden="true"
      />
      <Input
        type="search"
        aria-label={label}
        placeholder={placeholder}
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
