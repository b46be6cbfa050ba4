import type { FeedType } from '@success/shared/customers';
import type { Section } from '@success/shared/sections';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { isSection } from '@/config/sections';
import { HealthFactors } from '@/features/health/components/health-factors';
import { HealthHistory } from '@/features/health/components/health-history';
import { ScoreRing } from '@/features/health/components/score-ring';
import { OpenRoutes } from '@/features/routing/components/open-routes';
import { RouteBar } from '@/features/routing/components/route-bar';
import { CustomerDetail } from '@/features/customers/components/customer-detail';
import { parseFeedTypes, serializeFeedTypes } from '@/features/customers/feed';
import { useCurrentUser } from '@/lib/auth';
import { canEdit } from '@/lib/roles';
import { successRoute } from './success';

/** `from`: the section the user came from; `types`: timeline filters, comma-separated ("signal,call"). */
type CustomerSearch = { from?: Section; types?: string };

export const customerRoute = createRoute({
  getParentRoute: () => successRoute,
  path: 'customers/$companyDomain',
  validateSearch: (search: Record<string, unknown>): CustomerSearch => {
    const types = serializeFeedTypes(parseFeedTypes(search.types));
    return { ...(isSection(search.from) ? { from: search.from } : {}), ...(types ? { types } : {}) };
  },
  component: CustomerPage,
});

function CustomerPage() {
  const me = useCurrentUser();
  const { companyDomain } = customerRoute.useParams();
  const search = customerRoute.useSearch();
  const navigate = useNavigate({ from: customerRoute.fullPath });
  const domain = companyDomain.trim().toLowerCase();
  const types = parseFeedTypes(search.types);
  const setTypes = (next: FeedType[]) =>
    void navigate({ search: (prev) => ({ ...prev, types: serializeFeedTypes(next) }), replace: true, resetScroll: false });
  const from = search.from ?? 'health';
  const isEditor = canEdit(me.user.role);
  // Remount per domain so state (such as a failed logo) never leaks between accounts.
  return (
    <CustomerDetail
      key={domain}
      domain={domain}
      from={from}
      types={types}
      onTypesChange={setTypes}
      canEdit={isEditor}
      slots={{
        score: (accountDomain) => <ScoreRing domain={accountDomain} />,
        routeBar: (account) => <RouteBar account={account} from={from} canEdit={isEditor} />,
        healthFactors: (accountDomain) => <HealthFactors domain={accountDomain} />,
        healthHistory: (accountDomain) => <HealthHistory domain={accountDomain} />,
        openRoutes: (accountDomain) => <OpenRoutes domain={accountDomain} canEdit={isEditor} />,
      }}
    />
  );
}
