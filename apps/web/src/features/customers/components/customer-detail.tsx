import type { CustomerDetail as CustomerDetailData, FeedType } from '@success/shared/customers';
import type { Section } from '@success/shared/sections';
import { Link } from '@tanstack/react-router';
import { ArrowLeft, CircleOff, ExternalLink, Mail, PenLine, SearchX } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button, buttonClasses } from '@/components/ui/button';
import { Card, SectionCard } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { LetterAvatar } from '@/components/ui/letter-avatar';
import { Skeleton } from '@/components/ui/skeleton';
import { sectionPaths } from '@/config/paths';
import { getSectionLabel } from '@/config/sections';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiError } from '@/lib/api-client';
import { getSafeUrl } from '@/lib/external-url';
import { formatCount, formatDate, formatMoney } from '@/lib/format';
import { recallSectionSearch } from '@/lib/section-return';
import { useCurrentUser } from '@/lib/auth';
import { DraftEmailDialog } from '@/features/customers/components/draft-email-dialog';
import { EnrichmentPanel } from '@/features/customers/components/enrichment-panel';
import { SourceCountsText } from '@/features/customers/components/source-counts-text';
import { MetricCards } from '@/features/customers/components/metric-cards';
import { RevenueSources } from '@/features/customers/components/revenue-sources';
import { useCustomer } from '../api/get-customer';
import { ActivityTimeline } from './activity-timeline';
import { BandBadge, RevenueSourceBadge } from '@/components/account/account-badges';
import { LifecycleBadge, TrackingBadge } from '@/components/account/lifecycle-badge';
import { TrackingFooter } from './tracking-footer';

export type CustomerDetailProps = {
  domain: string;
  /** The section the user came from: the back link, and where routes start. */
  from: Section;
  /** Timeline type filters from the URL; empty shows every type. */
  types: readonly FeedType[];
  onTypesChange: (types: FeedType[]) => void;
  canEdit: boolean;
  /** Parts other features draw, put in place by the page. */
  slots: CustomerDetailSlots;
};

type HeaderAccount = CustomerDetailData['account'];

export type CustomerDetailSlots = {
  /** The current health score beside the header (a churned account shows its churn instead). */
  score: (domain: string) => ReactNode;
  /** The moves to other sections, under the header. */
  routeBar: (account: HeaderAccount) => ReactNode;
  /** Why the score is what it is (not shown for a churned account). */
  healthFactors: (domain: string) => ReactNode;
  /** How the score got there. */
  healthHistory: (domain: string) => ReactNode;
  /** The account's open routes, in the side column. */
  openRoutes: (domain: string) => ReactNode;
};

/** Back to the section's list as the user left it: its search, filters and sort. */
function BackLink({ from, className }: { from: Section; className: string }) {
  return (
    <Link to={sectionPaths[from]} search={recallSectionSearch(from)} className={className}>
      <ArrowLeft className="size-4" aria-hidden="true" />
      Back to {getSectionLabel(from)}
    </Link>
  );
}

const backLinkClasses = buttonClasses({ variant: 'ghost', size: 'sm', className: '-ml-2 mb-3' });

/** A churned account is not scored: the header shows when it churned and what it paid instead of a score. */
function ChurnSummary({ churn }: { churn: NonNullable<CustomerDetailData['account']['churn']> }) {
  return (
    <div className="flex min-w-36 flex-col items-center text-center" data-testid="churn-summary">
      <div
        className="flex size-24 items-center justify-center rounded-full border-8 border-slate-200 text-slate-500"
        aria-hidden="true"
      >
        <CircleOff className="size-8" />
      </div>
      <p className="mt-1.5 text-xs font-semibold text-slate-700">Churned {formatDate(churn.churnedAt)}</p>
      <p className="text-xs text-slate-500">
        {churn.lastMrr ? <>Last MRR {formatMoney(churn.lastMrr)}</> : 'Last MRR unknown'}
      </p>
    </div>
  );
}

/** The header's state badge: the band, "Not enough data" (scored on too few inputs), or "Churned". */
function HealthStateBadge({ account }: { account: CustomerDetailData['account'] }) {
  if (account.churn)
    return (
      <Badge tone="neutral" data-testid="health-band" data-band="churned">
        Churned
      </Badge>
    );
  if (!account.health) return null;
  if (account.health.band === 'not_enough_data')
    return (
      <Badge
        tone="neutral"
        data-testid="health-band"
        data-band="not_enough_data"
        title="Too few of the score's inputs have data to put this account in a band"
      >
        Not enough data
      </Badge>
    );
  return <BandBadge band={account.health.band} />;
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
        actions={<BackLink from={from} className={buttonClasses({ variant: 'secondary' })} />}
      >
        <p>
          No account with the domain <strong className="font-semibold text-slate-800">{domain}</strong> in this
          workspace.
        </p>
        <p className="mt-1">Check the address, or find the account in Health.</p>
      </EmptyState>
    </Card>
  );
}

function AccountView({
  detail,
  types,
  onTypesChange,
  canEdit,
  slots,
}: Omit<CustomerDetailProps, 'domain' | 'from'> & { detail: CustomerDetailData }) {
  const { account, contacts, counts } = detail;
  useDocumentTitle(account.name);
  const me = useCurrentUser();
  const [isDrafting, setIsDrafting] = useState(false);
  // Provider links come from synced data: only http(s) ones become a button.
  const crmLink = detail.crmLinks.find((link) => getSafeUrl(link.url) !== null);

  return (
    <div className="space-y-5">
      {/* Header */}
      <Card className="p-5">
        <div className="flex flex-wrap items-start gap-5">
          <LetterAvatar name={account.name} src={account.logoUrl} size="lg" />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2">
              <h1 className="text-xl font-semibold tracking-tight text-slate-900">{account.name}</h1>
              <HealthStateBadge account={account} />
              <TrackingBadge isTracked={account.isTracked} />
              {account.revenueBadge ? <RevenueSourceBadge source={account.revenueBadge} /> : null}
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
                        <a
                          href={`mailto:${account.primaryContactEmail}`}
                          className="ml-1 text-indigo-700 hover:underline"
                        >
                          {account.primaryContactName
                            ? `<${account.primaryContactEmail}>`
                            : account.primaryContactEmail}
                        </a>
                      ) : null}
                    </>
                  ) : (
                    <span className="text-slate-500">None recorded</span>
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">Account owner</dt>
                <dd className="text-slate-800">
                  {account.ownerName ?? account.ownerEmail ?? <span className="text-slate-500">Unassigned</span>}
                  {account.ownerName && account.ownerEmail ? (
                    <span className="ml-1 text-slate-500">({account.ownerEmail})</span>
                  ) : null}
                </dd>
              </div>
            </dl>
          </div>
          {account.churn ? <ChurnSummary churn={account.churn} /> : slots.score(account.domain)}
        </div>
        {slots.routeBar(account)}
      </Card>

      {/* Where a CSM looks first: why the score is what it is, and how it got there. */}
      <div className="grid items-start gap-5 xl:grid-cols-2" data-testid="health-overview">
        {account.churn ? null : slots.healthFactors(account.domain)}
        {slots.healthHistory(account.domain)}
      </div>

      <MetricCards detail={detail} />

      <div className="grid items-start gap-5 lg:grid-cols-5">
        <div className="space-y-5 lg:col-span-3">
          <ActivityTimeline domain={account.domain} types={types} onTypesChange={onTypesChange} />
        </div>
        <div className="space-y-5 lg:col-span-2">
          {slots.openRoutes(account.domain)}
          <RevenueSources domain={account.domain} canEdit={canEdit} />
          <EnrichmentPanel enrichment={detail.enrichment} />
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
                  ['Revenue sources', <SourceCountsText key="sources" counts={counts} />],
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
          </SectionCard>
        </div>
      </div>

      <TrackingFooter
        account={account}
        canEdit={canEdit}
        actions={
          <>
            <Button
              variant="secondary"
              icon={<PenLine className="size-4" aria-hidden="true" />}
              onClick={() => setIsDrafting(true)}
            >
              Draft email
            </Button>
            {crmLink ? (
              <a
                href={getSafeUrl(crmLink.url) ?? undefined}
                target="_blank"
                rel="noreferrer noopener"
                className={buttonClasses({ variant: 'secondary' })}
                title={crmLink.label}
              >
                <ExternalLink className="size-4" aria-hidden="true" />
                View in CRM
                <span className="sr-only">({crmLink.label}, opens in a new tab)</span>
              </a>
            ) : null}
          </>
        }
      />
      <DraftEmailDialog
        detail={detail}
        senderName={me.user.name ?? null}
        isOpen={isDrafting}
        onClose={() => setIsDrafting(false)}
      />
    </div>
  );
}

export function CustomerDetail({ domain, from, types, onTypesChange, canEdit, slots }: CustomerDetailProps) {
  const query = useCustomer(domain);
  if (query.isError && isApiError(query.error) && query.error.status === 404) {
    return (
      <div>
        <BackLink from={from} className={backLinkClasses} />
        <NotFoundAccount domain={domain} from={from} />
      </div>
    );
  }
  return (
    <div>
      <BackLink from={from} className={backLinkClasses} />
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
        <AccountView
          detail={query.data}
          types={types}
          onTypesChange={onTypesChange}
          canEdit={canEdit}
          slots={slots}
        />
      )}
    </div>
  );
}
