import type { UnmatchedCustomer } from '@success/shared/integrations';
import { CheckCircle2, Link2, Mail } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { getErrorMessage } from '@/lib/api-client';
import { useLinkUnmatched } from '../api/link-unmatched';
import { useUnmatched } from '../api/list-unmatched';
import { getProviderName } from '../providers';
import { ProviderLogo } from '@/components/integrations/provider-logo';

const domainPattern = /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/** "https://www.Hooli.com/about" → "hooli.com"; the server normalizes too, this is for the check. */
function cleanDomain(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '');
}

function LinkForm({ customer, onCancel }: { customer: UnmatchedCustomer; onCancel: () => void }) {
  const [domain, setDomain] = useState(customer.domain ?? '');
  const [error, setError] = useState<string | null>(null);
  const link = useLinkUnmatched();
  const inputId = `link-${customer.id}`;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const cleaned = cleanDomain(domain);
    if (!domainPattern.test(cleaned)) {
      setError('Enter the company’s domain, for example hooli.com.');
      return;
    }
    setError(null);
    link.mutate({ id: customer.id, companyDomain: cleaned });
  }

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      className="mt-2 flex flex-wrap items-start gap-2"
      aria-label={`Link ${customer.label} to an account`}
    >
      <div className="w-full max-w-60">
        <label htmlFor={inputId} className="sr-only">
          Company domain for {customer.label}
        </label>
        <Input
          id={inputId}
          autoFocus
          value={domain}
          placeholder="company.com"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error || link.isError ? true : undefined}
          aria-describedby={error || link.isError ? `${inputId}-error` : undefined}
          onChange={(e) => setDomain(e.target.value)}
          className="h-8 text-xs"
        />
        {error || link.isError ? (
          <p id={`${inputId}-error`} className="mt-1 text-xs text-rose-600">
            {error ?? getErrorMessage(link.error)}
          </p>
        ) : null}
      </div>
      <Button type="submit" size="sm" isLoading={link.isPending}>
        Link
      </Button>
      <Button size="sm" variant="ghost" onClick={onCancel} disabled={link.isPending}>
        Cancel
      </Button>
    </form>
  );
}

function UnmatchedRow({ customer, isAdmin }: { customer: UnmatchedCustomer; isAdmin: boolean }) {
  const [isLinking, setIsLinking] = useState(false);
  const providerName = getProviderName(customer.provider);
  return (
    <li className="px-4 py-3" data-testid="unmatched-row">
      <div className="flex flex-wrap items-center gap-3">
        <Badge tone="neutral" className="gap-1.5 py-1 pr-2 pl-1">
          <ProviderLogo provider={customer.provider} size="sm" className="size-4 rounded text-[9px] [&_svg]:size-2.5" />
          {providerName}
        </Badge>
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium text-slate-900">{customer.label}</p>
          <p className="flex flex-wrap items-center gap-x-3 text-xs text-slate-500">
            {customer.email ? (
              <span className="inline-flex items-center gap-1">
                <Mail className="size-3" aria-hidden="true" />
                {customer.email}
              </span>
            ) : null}
            <span>
              {customer.domain ? (
                <>
                  Domain hint: <span className="font-medium text-slate-700">{customer.domain}</span>
                </>
              ) : (
                'No usable domain'
              )}
            </span>
            <span className="font-mono text-[11px] text-slate-500">{customer.externalId}</span>
          </p>
        </div>
        {isAdmin && !isLinking ? (
          <Button
            size="sm"
            variant="secondary"
            icon={<Link2 className="size-3.5" aria-hidden="true" />}
            onClick={() => setIsLinking(true)}
            aria-label={`Link ${customer.label} to an account`}
          >
            Link to account
          </Button>
        ) : null}
      </div>
      {isLinking ? <LinkForm customer={customer} onCancel={() => setIsLinking(false)} /> : null}
    </li>
  );
}

/** Provider records that no domain ties to an account, so an admin can link them by hand (remembered). */
export function UnmatchedList({ isAdmin }: { isAdmin: boolean }) {
  const unmatched = useUnmatched();
  if (unmatched.isPending) return <Skeleton className="h-20 w-full" />;
  if (unmatched.isError)
    return (
      <ErrorAlert
        title="Could not load unmatched records"
        error={unmatched.error}
        onRetry={() => void unmatched.refetch()}
      />
    );
  if (unmatched.data.items.length === 0) {
    return (
      <p className="flex items-center gap-2 text-sm text-slate-600" data-testid="unmatched-empty">
        <CheckCircle2 className="size-4 text-emerald-600" aria-hidden="true" />
        Every synced record is linked to an account.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" aria-label="Unmatched records">
      {unmatched.data.items.map((customer) => (
        <UnmatchedRow key={customer.id} customer={customer} isAdmin={isAdmin} />
      ))}
    </ul>
  );
}

/** "3 to link" next to the section title while records wait. */
export function UnmatchedCount() {
  const unmatched = useUnmatched();
  const count = unmatched.data?.items.length ?? 0;
  if (count === 0) return null;
  return <Badge tone="amber">{count} to link</Badge>;
}
