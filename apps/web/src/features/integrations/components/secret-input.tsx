import { Eye, EyeOff } from 'lucide-react';
import { useState, type InputHTMLAttributes } from 'react';
import { focusRing } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { cn } from '@/lib/cn';

/** A password input with a show/hide toggle; never autofilled with the user's own passwords. */
export function SecretInput({
  fieldLabel,
  className,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { fieldLabel: string }) {
  const [isVisible, setIsVisible] = useState(false);
  return (
    <div className={cn('relative', className)}>
      <Input
        {...props}
        type={isVisible ? 'text' : 'password'}
        autoComplete="off"
        spellCheck={false}
        className="pr-10 font-mono"
        data-1p-ignore
        data-lpignore="true"
      />
      <button
        type="button"
        onClick={() => setIsVisible((value) => !value)}
        aria-label={`${isVisible ? 'Hide' : 'Show'} ${fieldLabel}`}
        aria-pressed={isVisible}
        className={cn(
          'absolute inset-y-0 right-0 flex w-9 items-center justify-center rounded-r-md text-slate-400 hover:text-slate-700',
          focusRing,
        )}
      >
        {isVisible ? <EyeOff className="size-4" aria-hidden="true" /> : <Eye className="size-4" aria-hidden="true" />}
      </button>
    </div>
  );
}
