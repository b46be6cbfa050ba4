import type { Section } from '@success/shared/api';
import { createRoute } from '@tanstack/react-router';
import { isSection } from '@/config/sections';
import { CustomerDetail } from '@/features/accounts/components/customer-detail';
import { successRoute } from './success';

type CustomerSearch = { from?: Section };

export const customerRoute = createRoute({
  getParentRoute: () => successRoute,
  path: 'customers/$companyDomain',
  validateSearch: (search: Record<string, unknown>): CustomerSearch => (isSection(search.from) ? { from: search.from } : {}),
  component: CustomerPage,
});

function CustomerPage() {
  const { companyDomain } = customerRoute.useParams();
  const { from } = customerRoute.useSearch();
  const domain = companyDomain.trim().toLowerCase();
  // Remount per domain so state (such as a failed logo) never leaks between accounts.
  return <CustomerDetail key={domain} domain={domain} from={from ?? 'health'} />;
}
