import { type AccountSortKey, accountSortKeys } from '@success/shared/accounts';
import { Info, Plug, SearchX, Users, X } from 'lucide-react';
import { type ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { Button, buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/input';
import { Switch } from '@/components/ui/switch';
import { paths } from '@/config/paths';
import { useAccounts, type AccountListFilters } from '../api/list-accounts';
import {
  countActiveFilters,
  getEffectiveSort,
  nextSort,
  normalizeHealthSearch,
  sortLabels,
  type HealthSearch,
} from '../health-search';
import { AccountTable, type RowActions } from './account-table';
import { QueueFilters } from './queue-filters';
import { SearchBox } from '@/components/ui/search-box';

export type AccountQueueProps = {
  /** Search, filters, sort and the untracked toggle, as kept in the URL. */
  filters: AccountListFilters;
  /** Merges a change into the URL state (undefined clears a key). */
  onFiltersChange: (patch: Partial<HealthSearch>) => void;
  /** Shown in the "no accounts yet" state, e.g. a button that turns on demo data. */
  emptyStateActions?: ReactNode;
  /** Per-row actions, e.g. a "Route to" menu. Keep the function stable (useCallback). */
  rowActions?: RowActions;
};

/** The order of the queue; triage (critical first, then ARR at risk, then score) has no column header of its own. */
function SortSelect({ sort, onChange }: { sort: AccountSortKey; onChange: (sort: AccountSortKey) => void }) {
  return (
    <div className="w-40">
      <Select
        aria-label="Sort accounts"
        value={sort}
        onChange={(event) => {
          const next = accountSortKeys.find((key) => key === event.target.value);
          if (next) onChange(next);
        }}
      >
        {accountSortKeys.map((key) => (
          <option key={key} value={key}>
            Sort: {sortLabels[key]}
          </option>
        ))}
      </Select>
    </div>
  );
}

const noFilters: Partial<HealthSearch> = {
  q: undefined,
  band: undefined,
  renewalWithinDays: undefined,
  owner: undefined,
  source: undefined,
  paymentState: undefined,
};

export function AccountQueue({ filters, onFiltersChange, emptyStateActions, rowActions }: AccountQueueProps) {
  const query = useAccounts(filters);
  const accounts = query.data?.pages.flatMap((page) => page.items) ?? [];
  const q = filters.q?.trim() ?? '';
  const filterCount = countActiveFilters(filters);
  const isFiltered = q.length > 0 || filterCount > 0;
  const onSearchChange = (value: string) => onFiltersChange({ q: value.trim() || undefined });
  const { sort, order } = getEffectiveSort(filters);
  const onSortChange = (key: AccountSortKey) => onFiltersChange(nextSort(filters, key));
  // A choice from the menu starts that order in its natural direction.
  const onSortChoice = (key: AccountSortKey) => {
    const next = normalizeHealthSearch({ sort: key });
    onFiltersChange({ sort: next.sort, order: undefined });
  };

  let empty: ReactNode;
  if (isFiltered) {
    empty = (
      <EmptyState
        icon={SearchX}
        title={q && filterCount === 0 ? `No accounts match “${q}”` : 'No accounts match these filters'}
        actions={
          <Button
            variant="secondary"
            icon={<X className="size-4" aria-hidden="true" />}
            onClick={() => onFiltersChange(noFilters)}
          >
            {filterCount === 0 ? 'Clear search' : 'Clear search and filters'}
          </Button>
        }
      >
        {filters.untracked
          ? 'Try another name or domain, or loosen the filters.'
          : 'Try another name or domain, loosen the filters, or include untracked accounts.'}
      </EmptyState>
    );
  } else {
    empty = (
      <EmptyState
        icon={Users}
        title={filters.untracked ? 'No accounts yet' : 'No tracked accounts yet'}
        actions={
          <>
            {emptyStateActions}
            <Link to={paths.settings.integrations.path} className={buttonClasses({ variant: 'secondary' })}>
              <Plug className="size-4" aria-hidden="true" />
              Connect integrations
            </Link>
          </>
        }
      >
        Accounts appear here once data arrives: connect Salesbricks, Stripe or a CRM in Integrations, or turn on demo
        data to explore Success with the Pied Piper sample dataset.
      </EmptyState>
    );
  }

  return (
    <div className="space-y-4">
      <div className="flex items-start gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-xs text-slate-600">
        <Info className="mt-px size-3.5 shrink-0 text-indigo-500" aria-hidden="true" />
        <p>
          <span className="font-medium text-slate-800">
            Scores are 0–100, from adoption, payment, renewal pressure and signals.
          </span>{' '}
          They refresh after every sync and nightly; open an account for every factor behind its score. The queue opens
          in triage order (critical first, then ARR at risk, then the lowest score); accounts with too little data show
          &ldquo;Not enough data&rdquo;, and churned accounts are listed only under the Churned filter.
        </p>
      </div>
      <Card className="overflow-hidden">
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 px-4 py-3">
          <div className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
            <SearchBox
              value={filters.q ?? ''}
              onChange={onSearchChange}
              label="Search accounts by name or domain"
              placeholder="Search name or domain…"
              className="sm:w-60"
            />
            <QueueFilters filters={filters} onChange={onFiltersChange} />
          </div>
          <div className="flex items-center gap-3">
            <SortSelect sort={sort} onChange={onSortChoice} />
            {query.isFetching && !query.isPending && !query.isFetchingNextPage ? (
              <span className="text-xs text-slate-500" aria-live="polite">
                Updating…
              </span>
            ) : null}
            <Switch
              label="Show untracked"
              checked={filters.untracked === true}
              onCheckedChange={(value) => onFiltersChange({ untracked: value ? true : undefined })}
              className="items-center"
            />
          </div>
        </div>
        <div aria-busy={query.isFetching}>
          <AccountTable
            accounts={accounts}
            rowActions={rowActions}
            sort={{ sort, order, onSortChange }}
            states={{
              isLoading: query.isPending,
              loadingLabel: 'Loading accounts…',
              error: query.isError ? query.error : undefined,
              errorTitle: 'Could not load accounts',
              onRetry: () => void query.refetch(),
              empty,
              loadMore: { query, loaded: accounts.length, noun: 'account' },
            }}
          />
        </div>
      </Card>
    </div>
  );
}
