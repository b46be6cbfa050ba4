import { type FeedItem, type FeedType, feedTypes } from '@success/shared/customers';
import {
  CreditCard,
  ExternalLink,
  Eye,
  EyeOff,
  FileSignature,
  FolderKanban,
  Gauge,
  History,
  Mail,
  Megaphone,
  Phone,
  Route,
  SearchX,
  StickyNote,
  type LucideIcon,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button, focusRing } from '@/components/ui/button';
import { SectionCard } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { getSafeUrl } from '@/lib/external-url';
import { formatCount, formatDateTime, formatMoney, formatRelativeTime } from '@/lib/format';
import { useActivity } from '../api/get-activity';
import {
  feedTypeLabels,
  getFeedTitle,
  getNpsBand,
  getSourceLabel,
  getSourceLinkLabel,
  humanize,
  toggleFeedType,
} from '../feed';

const typeIcons: Record<FeedType, LucideIcon> = {
  call: Phone,
  email: Mail,
  project: FolderKanban,
  signal: Megaphone,
  contract_change: FileSignature,
  payment: CreditCard,
  route: Route,
  tracking: Eye,
  note: StickyNote,
};

const typeTones: Record<FeedType, string> = {
  call: 'bg-sky-50 text-sky-600 ring-sky-200',
  email: 'bg-slate-50 text-slate-600 ring-slate-200',
  project: 'bg-teal-50 text-teal-600 ring-teal-200',
  signal: 'bg-indigo-50 text-indigo-600 ring-indigo-200',
  contract_change: 'bg-violet-50 text-violet-600 ring-violet-200',
  payment: 'bg-emerald-50 text-emerald-600 ring-emerald-200',
  route: 'bg-indigo-50 text-indigo-600 ring-indigo-200',
  tracking: 'bg-amber-50 text-amber-700 ring-amber-200',
  note: 'bg-yellow-50 text-yellow-700 ring-yellow-200',
};

const sentimentTones: Record<NonNullable<FeedItem['sentiment']>, { ring: string; badge: BadgeTone; label: string }> = {
  positive: { ring: 'bg-emerald-50 text-emerald-600 ring-emerald-200', badge: 'green', label: 'Positive' },
  neutral: { ring: 'bg-slate-50 text-slate-500 ring-slate-200', badge: 'neutral', label: 'Neutral' },
  negative: { ring: 'bg-rose-50 text-rose-600 ring-rose-200', badge: 'red', label: 'Negative' },
};

const npsTones: Record<ReturnType<typeof getNpsBand>, BadgeTone> = {
  promoter: 'green',
  passive: 'amber',
  detractor: 'red',
};

function isPaymentProblem(item: FeedItem): boolean {
  return (
    item.type === 'payment' && (/failed|dispute|chargeback/i.test(item.subtype) || /^payment failed/i.test(item.title))
  );
}

function getIcon(item: FeedItem): LucideIcon {
  if (item.type === 'signal' && item.subtype === 'nps') return Gauge;
  if (item.type === 'tracking' && /^untrack/i.test(item.title)) return EyeOff;
  return typeIcons[item.type];
}

function getTone(item: FeedItem): string {
  if (item.type === 'signal' && item.sentiment) return sentimentTones[item.sentiment].ring;
  if (isPaymentProblem(item)) return 'bg-rose-50 text-rose-600 ring-rose-200';
  if (item.type === 'tracking' && !/^untrack/i.test(item.title)) return 'bg-indigo-50 text-indigo-600 ring-indigo-200';
  return typeTones[item.type];
}

function getSummary(item: FeedItem): string | null {
  if (!item.summary?.trim()) return null;
  // Payment failures carry the processor's code ("card_declined").
  if (item.type === 'payment' && /^[a-z0-9_]+$/.test(item.summary)) return `Reason: ${humanize(item.summary)}`;
  return item.summary;
}

function TimelineEntry({ item, isLast }: { item: FeedItem; isLast: boolean }) {
  const Icon = getIcon(item);
  const title = getFeedTitle(item);
  const summary = getSummary(item);
  const url = getSafeUrl(item.url);
  const source = getSourceLabel(item.source);
  const chips: ReactNode[] = [];
  if (item.type === 'signal' && item.score !== null && item.subtype === 'nps') {
    chips.push(
      <Badge key="nps" tone={npsTones[getNpsBand(item.score)]} className="tabular-nums">
        NPS {item.score}
      </Badge>,
    );
  } else if (item.score !== null) {
    chips.push(
      <Badge key="score" tone="neutral" className="tabular-nums">
        Score {item.score}
      </Badge>,
    );
  }
  if (item.type === 'signal' && item.sentiment) {
    const sentiment = sentimentTones[item.sentiment];
    chips.push(
      <Badge key="sentiment" tone={sentiment.badge}>
        {sentiment.label}
      </Badge>,
    );
  }
  if (item.amount) {
    chips.push(
      <Badge key="amount" tone={isPaymentProblem(item) ? 'red' : 'neutral'} className="tabular-nums">
        {formatMoney(item.amount)}
      </Badge>,
    );
  }
  return (
    <li
      className="relative flex gap-3 pb-5 last:pb-0"
      data-testid="timeline-item"
      data-type={item.type}
      data-subtype={item.subtype}
    >
      {!isLast ? (
        <span className="absolute top-9 bottom-1 left-4 w-px -translate-x-1/2 bg-slate-200" aria-hidden="true" />
      ) : null}
      <span
        className={cn('relative flex size-8 shrink-0 items-center justify-center rounded-full ring-1', getTone(item))}
        aria-hidden="true"
      >
        <Icon className="size-4" />
      </span>
      <div className="min-w-0 flex-1 pt-1">
        <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
          <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
            <h3 className="text-sm font-medium text-slate-900">{title}</h3>
            {chips}
          </div>
          <time
            dateTime={item.occurredAt}
            title={formatDateTime(item.occurredAt)}
            className="shrink-0 text-xs font-medium text-slate-500"
          >
            {formatRelativeTime(item.occurredAt)}
          </time>
        </div>
        {summary ? <p className="mt-1 text-sm leading-6 whitespace-pre-line text-slate-600">{summary}</p> : null}
        <p className="mt-1.5 flex flex-wrap items-center gap-x-1.5 gap-y-1 text-xs text-slate-500">
          <span>{feedTypeLabels[item.type].singular}</span>
          <span aria-hidden="true">·</span>
          <span>{source}</span>
          <span aria-hidden="true">·</span>
          <span>{formatDateTime(item.occurredAt)}</span>
          {url ? (
            <>
              <span aria-hidden="true">·</span>
              <a
                href={url}
                target="_blank"
                rel="noreferrer noopener"
                className={cn(
                  'inline-flex items-center gap-1 rounded-sm font-medium text-indigo-700 hover:underline',
                  focusRing,
                )}
              >
                {getSourceLinkLabel(item.source)}
                <ExternalLink className="size-3" aria-hidden="true" />
                <span className="sr-only">(opens in a new tab)</span>
              </a>
            </>
          ) : null}
        </p>
      </div>
    </li>
  );
}

function TimelineSkeleton() {
  return (
    <div className="space-y-5" aria-hidden="true">
      {Array.from({ length: 4 }, (_, index) => (
        <div key={index} className="flex gap-3">
          <Skeleton className="size-8 rounded-full" />
          <div className="flex-1 space-y-2 pt-1">
            <Skeleton className="h-3.5 w-48" />
            <Skeleton className="h-3 w-full" />
            <Skeleton className="h-3 w-32" />
          </div>
        </div>
      ))}
    </div>
  );
}

function TypeChips({ types, onChange }: { types: readonly FeedType[]; onChange: (types: FeedType[]) => void }) {
  const chip = (isActive: boolean) =>
    cn(
      'inline-flex h-7 items-center rounded-full px-3 text-xs font-medium ring-1 ring-inset transition-colors',
      focusRing,
      isActive
        ? 'bg-indigo-600 text-white ring-indigo-600 hover:bg-indigo-500'
        : 'bg-white text-slate-600 ring-slate-200 hover:bg-slate-50 hover:text-slate-900',
    );
  return (
    <div role="group" aria-label="Filter activity by type" className="mb-4 flex flex-wrap gap-1.5">
      <button
        type="button"
        aria-pressed={types.length === 0}
        className={chip(types.length === 0)}
        onClick={() => onChange([])}
      >
        All
      </button>
      {feedTypes.map((type) => {
        const isActive = types.includes(type);
        return (
          <button
            key={type}
            type="button"
            aria-pressed={isActive}
            className={chip(isActive)}
            onClick={() => onChange(toggleFeedType(types, type))}
          >
            {feedTypeLabels[type].plural}
          </button>
        );
      })}
    </div>
  );
}

function listLabels(types: readonly FeedType[]): string {
  const labels = types.map((type) => feedTypeLabels[type].plural.toLowerCase());
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}

/** The account timeline with type filters (kept in the URL by the caller) and keyset "Load more". */
export function ActivityTimeline({
  domain,
  types,
  onTypesChange,
}: {
  domain: string;
  types: readonly FeedType[];
  onTypesChange: (types: FeedType[]) => void;
}) {
  const query = useActivity(domain, types);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  let body: ReactNode;
  if (query.isPending) {
    body = (
      <>
        <span className="sr-only" role="status">
          Loading activity…
        </span>
        <TimelineSkeleton />
      </>
    );
  } else if (query.isError && items.length === 0) {
    body = (
      <ErrorAlert
        title="Could not load the activity timeline"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (items.length === 0 && types.length > 0) {
    body = (
      <EmptyState
        icon={SearchX}
        title={`No ${listLabels(types)} recorded for this account`}
        className="py-8"
        actions={
          <Button variant="secondary" size="sm" onClick={() => onTypesChange([])}>
            Show all activity
          </Button>
        }
      />
    );
  } else if (items.length === 0) {
    body = (
      <EmptyState icon={History} title="No activity recorded for this account yet" className="py-8">
        Calls, emails, projects, signals, contract changes and payments appear here as integrations sync them. Routes
        and tracking changes made in Success are recorded too.
      </EmptyState>
    );
  } else {
    body = (
      <>
        <ol aria-label="Activity timeline" className="min-w-0">
          {items.map((item, index) => (
            <TimelineEntry key={item.id} item={item} isLast={index === items.length - 1} />
          ))}
        </ol>
        <div className="mt-5 flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-3 text-xs text-slate-500">
          <span aria-live="polite">
            {query.hasNextPage
              ? `${formatCount(items.length, 'entry', 'entries')} shown — older entries available`
              : `${formatCount(items.length, 'entry', 'entries')}`}
          </span>
          {query.hasNextPage ? (
            <Button
              variant="secondary"
              size="sm"
              isLoading={query.isFetchingNextPage}
              onClick={() => void query.fetchNextPage()}
            >
              Load more
            </Button>
          ) : null}
        </div>
        {query.isFetchNextPageError ? (
          <ErrorAlert
            className="mt-3"
            title="Could not load older activity"
            error={query.error}
            onRetry={() => void query.fetchNextPage()}
          />
        ) : null}
      </>
    );
  }

  return (
    <SectionCard
      title="Activity"
      description="Calls, emails, projects, signals, contract changes, payments, routes and tracking in one timeline."
      actions={
        query.isFetching && !query.isPending && !query.isFetchingNextPage ? (
          <span className="text-xs text-slate-500" aria-live="polite">
            Updating…
          </span>
        ) : null
      }
    >
      <TypeChips types={types} onChange={onTypesChange} />
      <div aria-busy={query.isFetching}>{body}</div>
    </SectionCard>
  );
}
