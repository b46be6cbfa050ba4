import { AlertTriangle, CheckCircle2, Info } from 'lucide-react';
import type { ReactNode } from 'react';
import { getErrorMessage } from '@/lib/api-client';
import { cn } from '@/lib/cn';
import { Button } from './button';

type Tone = 'error' | 'info' | 'success' | 'warning';

const toneClasses: Record<Tone, string> = {
  error: 'border-rose-200 bg-rose-50 text-rose-800',
  info: 'border-sky-200 bg-sky-50 text-sky-900',
  success: 'border-emerald-200 bg-emerald-50 text-emerald-800',
  warning: 'border-amber-200 bg-amber-50 text-amber-900',
};

const icons: Record<Tone, typeof Info> = { error: AlertTriangle, info: Info, success: CheckCircle2, warning: AlertTriangle };

export function Alert({
  tone = 'info',
  title,
  children,
  action,
  className,
}: {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  const Icon = icons[tone];
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={cn('flex gap-3 rounded-md border px-3.5 py-3 text-sm', toneClasses[tone], className)}>
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <div className="min-w-0 flex-1 space-y-1">
        {title ? <p className="font-medium">{title}</p> : null}
        {children ? <div className="text-[13px] leading-5 opacity-90">{children}</div> : null}
      </div>
      {action ? <div className="shrink-0 self-center">{action}</div> : null}
    </div>
  );
}

/** The problem detail of a failed request, with an optional retry. */
export function ErrorAlert({ error, title = 'Something went wrong', onRetry, className }: { error: unknown; title?: string; onRetry?: () => void; className?: string }) {
  return (
    <Alert
      tone="error"
      title={title}
      className={className}
      action={
        onRetry ? (
          <Button variant="secondary" size="sm" onClick={onRetry}>
            Try again
          </Button>
        ) : null
      }
    >
      {getErrorMessage(error)}
    </Alert>
  );
}
