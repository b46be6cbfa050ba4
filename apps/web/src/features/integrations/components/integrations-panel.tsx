import type { Integration } from '@success/shared/integrations';
import { useQueryClient } from '@tanstack/react-query';
import { Plug } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Skeleton } from '@/components/ui/skeleton';
import { useIntegrations, integrationsQueryKey } from '../api/list-integrations';
import { invalidateIntegrationViews } from '../api/invalidate';
import { unmatchedQueryKey } from '../api/list-unmatched';
import { ConnectedIntegrationCard, ProviderTile } from './integration-card';

/** When a run ends, what it wrote shows up elsewhere: history, quarantine, Unmatched, readiness, accounts. */
function useRefreshWhenRunsFinish(items: Integration[] | undefined) {
  const queryClient = useQueryClient();
  const activeRuns = useRef(new Map<string, string>());
  useEffect(() => {
    if (!items) return;
    const finished: string[] = [];
    for (const integration of items) {
      const previous = activeRuns.current.get(integration.provider);
      const current = integration.currentRun?.id;
      if (previous && previous !== current) finished.push(integration.provider);
      if (current) activeRuns.current.set(integration.provider, current);
      else activeRuns.current.delete(integration.provider);
    }
    if (finished.length === 0) return;
    void Promise.all([
      ...finished.map((provider) => queryClient.invalidateQueries({ queryKey: [...integrationsQueryKey, provider] })),
      queryClient.invalidateQueries({ queryKey: unmatchedQueryKey }),
      invalidateIntegrationViews(queryClient),
      queryClient.invalidateQueries({ queryKey: ['accounts'] }),
      queryClient.invalidateQueries({ queryKey: ['customer'] }),
    ]);
  }, [items, queryClient]);
}

function describeOthers(available: number, comingSoon: number): string {
  if (available === 0)
    return 'Their connectors ship in a later release; preview the sections with demo data meanwhile.';
  const ready = `${available} ready to connect`;
  return comingSoon > 0 ? `${ready}; ${comingSoon} more ship in a later release.` : `${ready}.`;
}

function GroupHeading({ id, title, description }: { id: string; title: string; description: string }) {
  return (
    <div className="mb-3">
      <h2 id={id} className="text-sm font-semibold text-slate-900">
        {title}
      </h2>
      <p className="text-xs text-slate-500">{description}</p>
    </div>
  );
}

/** Every provider: connected ones in full, the rest as tiles to connect (or coming soon). */
export function IntegrationsPanel({ isAdmin }: { isAdmin: boolean }) {
  const integrations = useIntegrations();
  useRefreshWhenRunsFinish(integrations.data?.items);

  if (integrations.isPending) {
    return (
      <div className="space-y-3" aria-busy="true" aria-label="Loading integrations">
        <Skeleton className="h-36 w-full rounded-xl" />
        <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} className="h-44 rounded-xl" />
          ))}
        </div>
      </div>
    );
  }
  if (integrations.isError) {
    return (
      <ErrorAlert
        title="Could not load integrations"
        error={integrations.error}
        onRetry={() => void integrations.refetch()}
      />
    );
  }

  const items = integrations.data.items;
  const connected = items.filter((item) => item.status !== 'not_connected');
  const available = items.filter((item) => item.status === 'not_connected' && item.isAvailable);
  const comingSoon = items.filter((item) => item.status === 'not_connected' && !item.isAvailable);
  const others = [...available, ...comingSoon];

  return (
    <div className="space-y-8">
      <section aria-labelledby="connected-heading">
        <GroupHeading
          id="connected-heading"
          title={`Connected sources${connected.length > 0 ? ` (${connected.length})` : ''}`}
          description="Each syncs on its schedule; Sync now pulls the latest changes right away."
        />
        {connected.length === 0 ? (
          <div className="flex items-center gap-3 rounded-xl border border-dashed border-slate-300 bg-white px-5 py-6 text-sm text-slate-600">
            <span className="flex size-9 shrink-0 items-center justify-center rounded-full bg-indigo-50 text-indigo-600">
              <Plug className="size-4" aria-hidden="true" />
            </span>
            <p>
              No sources connected yet.{' '}
              {isAdmin
                ? 'Connect one below — Success tests the credentials before saving.'
                : 'An admin can connect one below.'}{' '}
              Until then, preview every section with the demo data.
            </p>
          </div>
        ) : (
          <ul className="space-y-4" aria-label="Connected integrations">
            {connected.map((integration) => (
              <ConnectedIntegrationCard key={integration.provider} integration={integration} isAdmin={isAdmin} />
            ))}
          </ul>
        )}
      </section>
      {others.length > 0 ? (
        <section aria-labelledby="available-heading">
          <GroupHeading
            id="available-heading"
            title={connected.length > 0 ? 'Add another source' : 'Available sources'}
            description={describeOthers(available.length, comingSoon.length)}
          />
          <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3" aria-label="Available integrations">
            {others.map((integration) => (
              <ProviderTile key={integration.provider} integration={integration} isAdmin={isAdmin} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
