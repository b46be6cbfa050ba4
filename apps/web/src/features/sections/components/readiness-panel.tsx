import type { Readiness, ReadinessSection } from '@success/shared/integrations';
import { Link } from '@tanstack/react-router';
import {
  ArrowRight,
  ArrowUpRight,
  CheckCircle2,
  Circle,
  FlaskConical,
  Layers,
  ListChecks,
  Plug,
  Rocket,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonClasses, focusRing } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/lib/auth';
import { ProviderLogo } from '@/components/integrations/provider-logo';
import { cn } from '@/lib/cn';
import { isAdmin } from '@/lib/roles';
import { useReadiness } from '../api/get-readiness';

type Connector = Readiness['connectors'][number];

function ConnectorStatus({ connector }: { connector: Connector }) {
  switch (connector.status) {
    case 'connected':
      return (
        <Badge tone="green" className="gap-1">
          <CheckCircle2 className="size-3" aria-hidden="true" />
          Connected
        </Badge>
      );
    case 'available':
      return (
        <span className="inline-flex items-center gap-2">
          <Badge tone="sky">Available</Badge>
          <Link
            to={paths.settings.integrations.path}
            className={cn(
              'inline-flex items-center gap-0.5 rounded text-xs font-medium text-indigo-600 hover:underline',
              focusRing,
            )}
            aria-label={`Connect ${connector.label}`}
          >
            Connect
            <ArrowRight className="size-3" aria-hidden="true" />
          </Link>
        </span>
      );
    case 'provider_missing':
      return (
        <Badge tone="neutral" className="text-slate-500">
          Not in catalog
        </Badge>
      );
  }
}

function ColumnHeading({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <h3 className="flex items-center gap-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">
      {icon}
      {children}
    </h3>
  );
}

function FastPath({ href, label }: { href: string; label: string }) {
  const className = cn(
    'group inline-flex items-center gap-1.5 rounded-md border border-slate-200 bg-white px-2.5 py-1.5 text-xs font-medium text-slate-700 shadow-xs hover:border-indigo-200 hover:text-indigo-700',
    focusRing,
  );
  if (href.startsWith('/')) {
    return (
      <Link to={href} className={className}>
        {label}
        <ArrowRight className="size-3 text-slate-400 group-hover:text-indigo-500" aria-hidden="true" />
      </Link>
    );
  }
  return (
    <a href={href} target="_blank" rel="noreferrer" className={className}>
      {label}
      <ArrowUpRight className="size-3 text-slate-400 group-hover:text-indigo-500" aria-hidden="true" />
    </a>
  );
}

function DemoAction({ readiness, title, demoAction }: { readiness: Readiness; title: string; demoAction: ReactNode }) {
  const me = useCurrentUser();
  if (!readiness.hasDemoPath) {
    const required = readiness.connectors.filter((c) => c.role === 'required').map((c) => c.label);
    return (
      <p className="flex min-w-0 flex-1 items-start gap-2 text-sm text-slate-600" data-testid="no-demo-path">
        <Plug className="mt-0.5 size-4 shrink-0 text-indigo-600" aria-hidden="true" />
        <span>
          {title} has no demo preview: it works on your own data, so connect{' '}
          {required.length > 0 ? required.join(' or ') : 'a source'} to use it.
        </span>
      </p>
    );
  }
  if (me.workspace.isDemoModeEnabled) {
    return (
      <p className="flex min-w-0 flex-1 items-center gap-2 text-sm text-slate-600">
        <FlaskConical className="size-4 shrink-0 text-amber-600" aria-hidden="true" />
        Demo data is on: the Pied Piper sample workspace is loaded.
      </p>
    );
  }
  // Demo mode is one switch for the whole workspace, so only admins turn it on.
  if (!isAdmin(me.user.role)) {
    return <p className="min-w-0 flex-1 text-sm text-slate-500">An admin can turn on demo data to preview {title}.</p>;
  }
  return demoAction;
}

function ReadinessSkeleton() {
  return (
    <Card className="p-5">
      <div aria-busy="true" aria-label="Loading setup">
        <Skeleton className="h-5 w-48" />
        <Skeleton className="mt-2 h-4 w-80 max-w-full" />
        <div className="mt-6 grid gap-6 md:grid-cols-2">
          <div className="space-y-2">
            <Skeleton className="h-9 w-full" />
            <Skeleton className="h-9 w-full" />
            <Skeleton className="h-9 w-full" />
          </div>
          <div className="space-y-2">
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-5/6" />
            <Skeleton className="h-4 w-2/3" />
          </div>
        </div>
      </div>
    </Card>
  );
}

/** What a section needs before it can show real data: connectors and their state, what it reuses, next steps, fast paths. */
export function ReadinessPanel({
  section,
  title,
  demoAction,
}: {
  section: ReadinessSection;
  title: string;
  /** What an admin presses to preview the section with demo data (the page puts it in). */
  demoAction: ReactNode;
}) {
  const readiness = useReadiness(section);
  if (readiness.isPending) return <ReadinessSkeleton />;
  if (readiness.isError) {
    return (
      <ErrorAlert
        title={`Could not load what ${title} needs`}
        error={readiness.error}
        onRetry={() => void readiness.refetch()}
      />
    );
  }
  const data = readiness.data;
  const headingId = `${section}-setup-heading`;
  return (
    <section aria-labelledby={headingId} data-testid="readiness-panel" data-ready={data.isReady}>
      <Card className="overflow-hidden">
        <div
          className={cn(
            'flex flex-wrap items-start gap-3 border-b px-5 py-4',
            data.isReady
              ? 'border-emerald-100 bg-emerald-50/50'
              : 'border-slate-100 bg-gradient-to-r from-indigo-50/70 to-white',
          )}
        >
          <span
            className={cn(
              'flex size-9 shrink-0 items-center justify-center rounded-full',
              data.isReady ? 'bg-emerald-100 text-emerald-700' : 'bg-indigo-100 text-indigo-700',
            )}
          >
            {data.isReady ? (
              <Rocket className="size-4" aria-hidden="true" />
            ) : (
              <Plug className="size-4" aria-hidden="true" />
            )}
          </span>
          <div className="min-w-0 flex-1">
            <h2 id={headingId} className="text-sm font-semibold text-slate-900">
              {data.isReady ? `${title} is connected` : `Set up ${title}`}
            </h2>
            <p className="mt-0.5 text-sm text-slate-600">{data.summary}</p>
          </div>
          <Badge tone={data.isReady ? 'green' : 'amber'}>{data.isReady ? 'Ready' : 'Needs setup'}</Badge>
        </div>

        <div className="grid gap-x-8 gap-y-6 px-5 py-5 lg:grid-cols-5">
          <div className="space-y-6 lg:col-span-3">
            <div>
              <ColumnHeading icon={<Plug className="size-3.5" aria-hidden="true" />}>Connectors</ColumnHeading>
              <ul
                className="mt-3 divide-y divide-slate-100 rounded-lg border border-slate-200"
                aria-label={`Connectors ${title} uses`}
              >
                {data.connectors.map((connector) => (
                  <li
                    key={connector.provider}
                    className="flex flex-wrap items-center gap-3 px-3 py-2.5"
                    data-testid={`connector-${connector.provider}`}
                    data-status={connector.status}
                  >
                    <ProviderLogo
                      provider={connector.provider}
                      size="sm"
                      className={cn(connector.status === 'provider_missing' && 'opacity-50 grayscale')}
                    />
                    <span className="min-w-0 flex-1 text-sm font-medium text-slate-900">{connector.label}</span>
                    <span className="text-xs text-slate-500">
                      {connector.role === 'required' ? 'Required' : 'Optional'}
                    </span>
                    <ConnectorStatus connector={connector} />
                  </li>
                ))}
              </ul>
            </div>
            {data.reusedSystems.length > 0 ? (
              <div>
                <ColumnHeading icon={<Layers className="size-3.5" aria-hidden="true" />}>
                  Reuses what Success already has
                </ColumnHeading>
                <ul className="mt-3 grid gap-2 sm:grid-cols-2">
                  {data.reusedSystems.map((system) => (
                    <li key={system.key} className="rounded-lg bg-slate-50 px-3 py-2">
                      <p className="text-sm font-medium text-slate-800">{system.label}</p>
                      <p className="text-xs text-slate-500">{system.description}</p>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
          <div className="space-y-6 lg:col-span-2">
            <div>
              <ColumnHeading icon={<ListChecks className="size-3.5" aria-hidden="true" />}>Next steps</ColumnHeading>
              {data.nextSteps.length > 0 ? (
                <ul className="mt-3 space-y-2.5" aria-label="Next steps">
                  {data.nextSteps.map((step) => (
                    <li key={step} className="flex gap-2.5 text-sm text-slate-700">
                      <Circle className="mt-0.5 size-4 shrink-0 text-slate-300" aria-hidden="true" />
                      {step}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-3 flex items-center gap-2 text-sm text-slate-600">
                  <CheckCircle2 className="size-4 text-emerald-600" aria-hidden="true" /> Nothing left to set up.
                </p>
              )}
            </div>
            {data.fastPaths.length > 0 ? (
              <div>
                <ColumnHeading icon={<ArrowRight className="size-3.5" aria-hidden="true" />}>Fast paths</ColumnHeading>
                <div className="mt-3 flex flex-wrap gap-2">
                  {data.fastPaths.map((path) => (
                    <FastPath key={path.href + path.label} href={path.href} label={path.label} />
                  ))}
                </div>
              </div>
            ) : null}
          </div>
        </div>

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 bg-slate-50/60 px-5 py-3.5">
          <DemoAction readiness={data} title={title} demoAction={demoAction} />
          <Link
            to={paths.settings.integrations.path}
            className={buttonClasses({ variant: data.isReady ? 'secondary' : 'primary' })}
          >
            <Plug className="size-4" aria-hidden="true" />
            Go to Integrations
          </Link>
        </div>
      </Card>
    </section>
  );
}
