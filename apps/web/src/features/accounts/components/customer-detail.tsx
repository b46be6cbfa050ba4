import type { CustomerDetail as CustomerDetailData, FeedType, Section } from '@success/shared/api';
import { Link } from '@tanstack/react-router';
import { Activity, ArrowLeft, CalendarClock, CircleDollarSign, ExternalLink, Gauge, Mail, SearchX, Users } from 'lucide-react';
import type { ReactNode } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { Card, SectionCard } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { LetterAvatar } from '@/components/ui/letter-avatar';
import { Skeleton } from '@/components/ui/skeleton';
import { sectionPaths } from '@/config/paths';
import { getSectionLabel } from '@/config/sections';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiError } from '@/lib/api-client';
import { daysUntil, formatCount, formatDate, formatDateTime, formatDaysUntil, formatMoney, formatRelativeTime } from '@/lib/format';
import { OpenRoutes } from '@/features/routes/components/open-routes';
import { RouteBar } from '@/features/routes/components/route-bar';
import { HealthFactors } from '@/features/health/components/health-factors';
import { HealthHistory } from '@/features/health/components/health-history';
import { ScoreRing } from '@/features/health/components/score-ring';
import { useCustomer } from '../api/get-customer';
import { ActivityTimeline } from './activity-timeline';
import { LifecycleBadge, TrackingBadge } from './lifecycle-badge';
import { TrackingFooter } from './tracking-footer';

export type CustomerDetailProps = {
  domain: string;
  /** The section the user came from: the back link, and where routes start. */
  from: Section;
  /** Timeline type filters from the URL; empty shows every type. */
  types: readonly FeedType[];
  onTypesChange: (types: FeedType[]) => void;
  canEdit: boolean;
};

function BackLink({ from }: { from: Section }) {
  return (
    <Link to={sectionPaths[from]} className={buttonClasses({ variant: 'ghost', size: 'sm', className: '-ml-2 mb-3' })}>
      <ArrowLeft className="size-4" aria-hidden="true" />
      Back to {getSectionLabel(from)}
    </Link>
  );
}

function MetricCard({ icon: Icon, label, value, hint }: { icon: typeof Gauge; label: string; value: ReactNode; hint?: ReactNode }) {
  return (
    <Card className="p-4">
      <div className="flex items-center gap-2 text-xs font-medium text-slate-500">
        <Icon className="size-3.5" aria-hidden="true" />
        {label}
      </div>
      <div className="mt-2 text-lg font-semibold text-slate-900 tabular-nums">{value}</div>
      {hint ? <div className="mt-0.5 text-xs text-slate-500">{hint}</div> : null}
    </Card>
  );
}

function DetailSkeleton() {
  return (
    <div className="space-y-4" aria-hidden="true">
      <Skeleton className="h-32 w-full rounded-lg" />
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} className="h-24 rounded-lg" />
        ))}
      </div>
      <Skeleton className="h-48 w-full rounded-lg" />
    </div>
  );
}

function NotFoundAccount({ domain, from }: { domain: string; from: Section }) {
  useDocumentTitle('Account not found');
  return (
    <Card>
      <EmptyState
        headingLevel={1}
        icon={SearchX}
        title="Account not found"
        actions={
          <Link to={sectionPaths[from]} className={buttonClasses({ variant: 'secondary' })}>
            <ArrowLeft className="size-4" aria-hidden="true" />
            Back to {getSectionLabel(from)}
          </Link>
        }
      >
        <p>
          No account with the domain <strong className="font-semibold text-slate-800">{domain}</strong> in this workspace.
        </p>
        <p className="mt-1">Check the address, or find the account in Health.</p>
      </EmptyState>
    </Card>
  );
}

function AccountView({ detail, from, types, onTypesChange, canEdit }: Omit<CustomerDetailProps, 'domain'> & { detail: CustomerDetailData }) {
  const { account, contacts, counts } = detail;
  useDocumentTitle(account.name);
  const renewalDays = account.renewalDate ? daysUntil(account.renewalDate) : null;

  return (
    <div className="space-y-5">
      {/* Header */}
      <Card className="p-5">
        <div className="flex flex-wrap items-start gap-5">
          <LetterAvatar name={account.name} src={account.logoUrl} size="lg" />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2">
              <h1 className="text-xl font-semibold tracking-tight text-slate-900">{account.name}</h1>
              <TrackingBadge isTracked={account.isTracked} />
              <LifecycleBadge stage={account.lifecycleStage} />
            </div>
            <a
              href={`https://${account.domain}`}
              target="_blank"
              rel="noreferrer noopener"
              className="mt-0.5 inline-flex items-center gap-1 text-sm text-slate-500 hover:text-indigo-700"
            >
              {account.domain}
              <ExternalLink className="size-3" aria-hidden="true" />
              <span className="sr-only">(opens in a new tab)</span>
            </a>
            <dl className="mt-3 grid gap-x-8 gap-y-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-xs text-slate-500">Primary contact</dt>
                <dd className="text-slate-800">
                  {account.primaryContactName || account.primaryContactEmail ? (
                    <>
                      {account.primaryContactName ?? null}
                      {account.primaryContactEmail ? (
                        <a href={`mailto:${account.primaryContactEmail}`} className="ml-1 text-indigo-700 hover:underline">
                          {account.primaryContactName ? `<${account.primaryContactEmail}>` : account.primaryContactEmail}
                        </a>
                      ) : null}
                    </>
                  ) : (
                    <span className="text-slate-400">None recorded</span>
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">Account owner</dt>
                <dd className="text-slate-800">
                  {account.ownerName ?? account.ownerEmail ?? <span className="text-slate-400">Unassigned</span>}
                  {account.ownerName && account.ownerEmail ? <span className="ml-1 text-slate-500">({account.ownerEmail})</span> : null}
                </dd>
              </div>
            </dl>
          </div>
          <ScoreRing domain={account.domain} />
        </div>
        <RouteBar account={account} from={from} canEdit={canEdit} />
      </Card>

      {/* Metrics */}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <MetricCard icon={Users} label="Active users" value={<span className="text-slate-400">—</span>} hint="Needs product usage from PostHog" />
        <MetricCard
          icon={CircleDollarSign}
          label="Contract value (ARR)"
          value={account.arr ? formatMoney(account.arr) : <span className="text-slate-400">—</span>}
          hint={formatCount(counts.revenueSources, 'revenue source')}
        />
        <MetricCard
          icon={Activity}
          label="Last activity"
          value={account.lastActivityAt ? formatRelativeTime(account.lastActivityAt) : <span className="text-slate-400">None</span>}
          hint={account.lastActivityAt ? formatDateTime(account.lastActivityAt) : undefined}
        />
        <MetricCard
          icon={CalendarClock}
          label="Days to renewal"
          value={
            renewalDays === null ? (
              <span className="text-slate-400">—</span>
            ) : renewalDays >= 0 ? (
              formatCount(renewalDays, 'day')
            ) : (
              <span className="text-rose-700">Passed</span>
            )
          }
          hint={
            account.renewalDate
              ? renewalDays !== null && renewalDays < 0
                ? `Renewal date was ${formatDate(account.renewalDate)} (${formatDaysUntil(renewalDays)})`
                : `Renews ${formatDate(account.renewalDate)}`
              : 'No renewal date recorded'
          }
        />
      </div>

      <div className="grid gap-5 lg:grid-cols-5">
        <div className="space-y-5 lg:col-span-3">
          <ActivityTimeline domain={account.domain} types={types} onTypesChange={onTypesChange} />
          <HealthFactors domain={account.domain} />
          <HealthHistory domain={account.domain} />
        </div>
        <div className="space-y-5 lg:col-span-2">
          <OpenRoutes domain={account.domain} canEdit={canEdit} />
          <SectionCard title="Contacts" description={formatCount(contacts.length, 'contact')}>
            {contacts.length === 0 ? (
              <p className="text-sm text-slate-500">No contacts recorded for this account.</p>
            ) : (
              <ul className="-my-2 divide-y divide-slate-100" aria-label="Contacts">
                {contacts.map((contact) => {
                  const label = contact.name ?? contact.email ?? 'Unnamed contact';
                  return (
                    <li key={contact.id} className="flex items-center gap-3 py-2">
                      <LetterAvatar name={label} size="sm" className="rounded-full" />
                      <div className="min-w-0 flex-1">
                        <p className="truncate text-sm font-medium text-slate-800">{label}</p>
                        {contact.title ? <p className="truncate text-xs text-slate-500">{contact.title}</p> : null}
                      </div>
                      {contact.email ? (
                        <a
                          href={`mailto:${contact.email}`}
                          className="rounded p-1 text-slate-400 hover:text-indigo-700"
                          aria-label={`Email ${label} at ${contact.email}`}
                          title={contact.email}
                        >
                          <Mail className="size-4" aria-hidden="true" />
                        </a>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </SectionCard>
          <SectionCard title="Linked records">
            <dl className="grid grid-cols-2 gap-3">
              {(
                [
                  ['Revenue sources', counts.revenueSources],
                  ['Signals', counts.signals],
                  ['Activities', counts.activities],
                  ['Deals', counts.deals],
                ] as const
              ).map(([label, value]) => (
                <div key={label} className="rounded-md bg-slate-50 px-3 py-2">
                  <dt className="text-xs text-slate-500">{label}</dt>
                  <dd className="text-base font-semibold text-slate-900 tabular-nums">{value}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-3 text-xs text-slate-500">Revenue source cards and HubSpot enrichment arrive in later releases.</p>
          </SectionCard>
        </div>
      </div>

      <TrackingFooter account={account} canEdit={canEdit} />
    </div>
  );
}

export function CustomerDetail({ domain, from, types, onTypesChange, canEdit }: CustomerDetailProps) {
  const query = useCustomer(domain);
  if (query.isError && isApiError(query.error) && query.error.status === 404) {
    return (
      <div>
        <BackLink from={from} />
        <NotFoundAccount domain={domain} from={from} />
      </div>
    );
  }
  return (
    <div>
      <BackLink from={from} />
      {query.isPending ? (
        <>
          <span className="sr-only" role="status">
            Loading account…
          </span>
          <DetailSkeleton />
        </>
      ) : query.isError ? (
        <ErrorAlert title="Could not load this account" error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <AccountView detail={query.data} from={from} types={types} onTypesChange={onTypesChange} canEdit={canEdit} />
      )}
    </div>
  );
}
