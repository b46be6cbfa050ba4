import { createRoute, useNavigate } from '@tanstack/react-router';
import { PageHeader } from '@/components/ui/page-header';
import { AccountQueue } from '@/features/accounts/components/account-queue';
import { useCurrentUser } from '@/features/auth/api/get-me';
import { EnableDemoButton } from '@/features/demo/components/enable-demo-button';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { canEdit } from '@/lib/roles';
import { successRoute } from './success';

type HealthSearch = { q?: string; untracked?: boolean };

export const healthRoute = createRoute({
  getParentRoute: () => successRoute,
  path: 'health',
  validateSearch: (search: Record<string, unknown>): HealthSearch => {
    const q = typeof search.q === 'string' && search.q.trim() ? search.q.slice(0, 200) : undefined;
    const untracked = search.untracked === true || search.untracked === 'true' ? true : undefined;
    return { ...(q ? { q } : {}), ...(untracked ? { untracked } : {}) };
  },
  component: HealthPage,
});

function HealthPage() {
  useDocumentTitle('Health');
  const me = useCurrentUser();
  const search = healthRoute.useSearch();
  const navigate = useNavigate({ from: healthRoute.fullPath });
  return (
    <div>
      <PageHeader
        title="Health"
        description="Your renewal and risk queue: every account with its owner, stage, ARR, renewal date and latest activity."
      />
      <AccountQueue
        filters={{ q: search.q, includeUntracked: search.untracked === true }}
        onSearchChange={(q) => void navigate({ search: (prev) => ({ ...prev, q: q.trim() || undefined }), replace: true })}
        onIncludeUntrackedChange={(value) => void navigate({ search: (prev) => ({ ...prev, untracked: value || undefined }), replace: true })}
        emptyStateActions={canEdit(me.user.role) ? <EnableDemoButton /> : null}
      />
    </div>
  );
}
