import { useId, type ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { focusRing } from './button';
import { Spinner } from './spinner';

/** An accessible on/off switch (role="switch"), labelled by visible text. */
export function Switch({
  checked,
  onCheckedChange,
  label,
  description,
  disabled = false,
  isPending = false,
  className,
}: {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
  isPending?: boolean;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={cn('flex items-start justify-between gap-4', className)}>
      <div className="min-w-0">
        <span id={`${id}-label`} className="block text-sm font-medium text-slate-800">
          {label}
        </span>
        {description ? (
          <span id={`${id}-desc`} className="mt-0.5 block text-xs text-slate-500">
            {description}
          </span>
        ) : null}
      </div>
      <div className="flex items-center gap-2">
        {isPending ? <Spinner className="size-4 text-indigo-600" /> : null}
        <button
          type="button"
          role="switch"
          aria-checked={checked}
          aria-labelledby={`${id}-label`}
          aria-describedby={description ? `${id}-desc` : undefined}
          disabled={disabled || isPending}
          onClick={() => onCheckedChange(!checked)}
          className={cn(
            'relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors disabled:cursor-not-allowed disabled:opacity-50',
            focusRing,
            checked ? 'bg-indigo-600' : 'bg-slate-300',
          )}
        >
          <span
            aria-hidden="true"
            className={cn(
              'inline-block size-5 rounded-full bg-white shadow ring-0 transition-transform',
              checked ? 'translate-x-5.5' : 'translate-x-0.5',
            )}
          />
        </button>
      </div>
    </div>
  );
}
