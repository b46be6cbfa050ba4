import type { CustomerDetail } from '@success/shared/customers';
import { Link } from '@tanstack/react-router';
import { Building2, Plug } from 'lucide-react';
import { buttonClasses } from '@/components/ui/button';
import { SectionCard } from '@/components/ui/card';
import { paths } from '@/config/paths';
import { formatDateTime, formatRelativeTime } from '@/lib/format';
import { getEnrichmentFacts, getProviderLabel, type EnrichmentFact } from '../enrichment';

function Facts({ facts, label }: { facts: EnrichmentFact[]; label: string }) {
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-3" aria-label={label}>
      {facts.map((fact) => (
        <div key={fact.key} className="min-w-0" data-testid="enrichment-fact" data-key={fact.key}>
          <dt className="text-[11px] text-slate-500">{fact.label}</dt>
          <dd className="truncate text-sm text-slate-800" title={fact.value}>
            {fact.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The company's CRM facts (HubSpot): industry, size, location and custom fields; a way to connect otherwise. */
export function EnrichmentPanel({ enrichment }: { enrichment: CustomerDetail['enrichment'] }) {
  if (!enrichment) {
    return (
      <SectionCard title="HubSpot enrichment">
        <div className="flex flex-col items-center px-2 py-3 text-center" data-testid="enrichment-empty">
          <span
            className="mb-3 flex size-9 items-center justify-center rounded-full bg-indigo-50 text-indigo-600"
            aria-hidden="true"
          >
            <Building2 className="size-4" />
          </span>
          <p className="text-sm font-medium text-slate-800">No CRM profile for this account yet</p>
          <p className="mt-1 max-w-xs text-xs text-slate-500">
            Connect HubSpot to see the company&apos;s industry, size, location and custom fields here, without switching
            tools.
          </p>
          <Link
            to={paths.settings.integrations.path}
            className={buttonClasses({ variant: 'secondary', size: 'sm', className: 'mt-3' })}
          >
            <Plug className="size-3.5" aria-hidden="true" />
            Connect HubSpot
          </Link>
        </div>
      </SectionCard>
    );
  }
  const provider = getProviderLabel(enrichment.provider);
  const { standard, custom } = getEnrichmentFacts(enrichment);
  return (
    <SectionCard
      title={`${provider} enrichment`}
      description={
        <>
          Synced{' '}
          <time dateTime={enrichment.updatedAt} title={formatDateTime(enrichment.updatedAt)}>
            {formatRelativeTime(enrichment.updatedAt)}
          </time>
        </>
      }
    >
      <div data-testid="enrichment-panel" data-provider={enrichment.provider}>
        {standard.length === 0 && custom.length === 0 ? (
          <p className="text-sm text-slate-600">{provider} has this company, but none of its fields are filled in.</p>
        ) : (
          <div className="space-y-4">
            {standard.length > 0 ? <Facts facts={standard} label="Company facts" /> : null}
            {custom.length > 0 ? (
              <div>
                <h3 className="mb-2 text-[11px] font-semibold tracking-wide text-slate-500 uppercase">Custom fields</h3>
                <Facts facts={custom} label="Custom fields" />
              </div>
            ) : null}
          </div>
        )}
      </div>
    </SectionCard>
  );
}
