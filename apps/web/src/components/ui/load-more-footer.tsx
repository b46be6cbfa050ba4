import type { HTMLAttributes, ReactNode } from 'react';
import { formatCount } from '@/lib/format';
import { ErrorAlert } from './alert';
import { Button } from './button';

type PagedQuery = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: Error | null;
  fetchNextPage: () => Promise<unknown>;
};

/**
 * The foot of a cursor-paged list: how many rows are loaded, "Load more" while the server has
 * more, and a retryable error when the next page fails. `summary` replaces the count text once
 * everything is loaded; `countProps` carries test and data attributes for the count.
 */
export function LoadMoreFooter({
  query,
  loaded,
  noun,
  summary,
  countProps,
}: {
  query: PagedQuery;
  loaded: number;
  /** Singular noun for the count and the error ("account" → "3 accounts", "Could not load more accounts"). */
  noun: string;
  summary?: ReactNode;
  countProps?: HTMLAttributes<HTMLSpanElement> & Record<`data-${string}`, string | number | boolean>;
}) {
  const count = formatCount(loaded, noun);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 px-4 py-2.5 text-xs text-slate-500">
        <span aria-live="polite" {...countProps}>
          {query.hasNextPage ? `${count} loaded — more available` : (summary ?? count)}
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
        <div className="px-4 pb-3">
          <ErrorAlert
            title={`Could not load more ${noun}s`}
            error={query.error}
            onRetry={() => void query.fetchNextPage()}
          />
        </div>
      ) : null}
    </>
  );
}
