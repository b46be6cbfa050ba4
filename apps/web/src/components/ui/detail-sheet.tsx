import { useId, type ReactNode } from 'react';
import { ErrorAlert } from './alert';
import { Sheet } from './sheet';
import { Skeleton } from './skeleton';

function DetailSkeleton({ label }: { label: string }) {
  return (
    <div className="space-y-4" aria-busy="true">
      <span className="sr-only">{label}</span>
      <Skeleton className="h-5 w-64" />
      <div className="grid grid-cols-3 gap-4">
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} className="h-10" />
        ))}
      </div>
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-32 w-full" />
    </div>
  );
}

/**
 * One record in a side panel (on Sheet: a modal that traps focus and closes on Escape, the close
 * button or the backdrop): a title and subtitle, then a skeleton while the record loads, a
 * retryable error if it fails, or the caller's sections.
 */
export function DetailSheet({
  isOpen,
  onClose,
  title,
  subtitle,
  footer,
  isLoading = false,
  loadingLabel = 'Loading…',
  error,
  errorTitle = 'Could not load this record',
  onRetry,
  children,
  'data-testid': testId,
}: {
  isOpen: boolean;
  onClose: () => void;
  title: ReactNode;
  subtitle?: ReactNode;
  footer?: ReactNode;
  isLoading?: boolean;
  /** Announced while the skeleton shows. */
  loadingLabel?: string;
  /** Set when loading failed; the error replaces the sections. */
  error?: unknown;
  errorTitle?: string;
  onRetry?: () => void;
  children?: ReactNode;
  'data-testid'?: string;
}) {
  let body: ReactNode;
  if (isLoading) body = <DetailSkeleton label={loadingLabel} />;
  else if (error !== undefined && error !== null)
    body = <ErrorAlert title={errorTitle} error={error} onRetry={onRetry} />;
  else body = children;
  return (
    <Sheet isOpen={isOpen} onClose={onClose} title={title} description={subtitle} footer={footer} data-testid={testId}>
      {isOpen ? body : null}
    </Sheet>
  );
}

/** A titled part of a detail sheet, labelled by its heading; sections after the first get a rule above. */
export function DetailSection({
  title,
  children,
  actions,
  'data-testid': testId,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  'data-testid'?: string;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      data-testid={testId}
      className="border-t border-slate-100 pt-4 first:border-t-0 first:pt-0"
    >
      <div className="mb-2.5 flex items-center justify-between gap-2">
        <h3 id={id} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
          {title}
        </h3>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** Key facts as a description list, three to a row on wider sheets. */
export function DetailFacts({ children }: { children: ReactNode }) {
  return <dl className="grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-3">{children}</dl>;
}

export function DetailFact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-800">{children}</dd>
    </div>
  );
}
