import { createRoute, Link } from '@tanstack/react-router';
import { ArrowRight, CheckCircle2, LockKeyhole } from 'lucide-react';
import { buttonClasses } from '@/components/ui/button';
import { SectionCard } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { sectionNavItems } from '@/config/sections';
import { PendingAccessRequests } from '@/features/access-requests/components/pending-access-requests';
import { RequestAccessForm } from '@/features/access-requests/components/request-access-form';
import { isSuccessEnabled, useCurrentUser } from '@/lib/auth';
import { EnableSuccessButton } from '@/features/feature-flags/components/enable-success-button';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isAdmin } from '@/lib/roles';
import { shellRoute } from './shell';

export const unlockRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: 'success-unlock',
  component: UnlockPage,
});

function UnlockPage() {
  useDocumentTitle('Unlock Success');
  const me = useCurrentUser();
  const isEnabled = isSuccessEnabled(me);
  const isWorkspaceAdmin = isAdmin(me.user.role);

  if (isEnabled) {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title="Success is enabled" />
        <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-5" role="status">
          <div className="flex gap-3">
            <CheckCircle2 className="mt-0.5 size-5 shrink-0 text-emerald-600" aria-hidden="true" />
            <div>
              <p className="text-sm font-medium text-emerald-900">Success is on for {me.workspace.name}.</p>
              <p className="mt-1 text-sm text-emerald-800">Start in Health: the renewal and risk queue.</p>
              <Link to={paths.success.health.path} className={buttonClasses({ className: 'mt-4' })}>
                Go to Health
                <ArrowRight className="size-4" aria-hidden="true" />
              </Link>
            </div>
          </div>
        </div>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <PageHeader
        eyebrow={
          <span className="inline-flex items-center gap-1.5">
            <LockKeyhole className="size-3.5" aria-hidden="true" /> Not enabled yet
          </span>
        }
        title="Unlock Success"
        description={`Success is not enabled for ${me.workspace.name}. It brings ${sectionNavItems
          .map((item) => item.label)
          .join(', ')
          .replace(/, ([^,]*)$/, ' and $1')} into one workspace for your customer success team.`}
      />
      {isWorkspaceAdmin ? (
        <SectionCard title="Enable Success" description="As an admin you can turn Success on for everyone in this workspace right away.">
          <EnableSuccessButton />
        </SectionCard>
      ) : null}
      <SectionCard title="Request access" description="Ask an admin of this workspace to turn Success on.">
        <RequestAccessForm />
      </SectionCard>
      {isWorkspaceAdmin ? (
        <SectionCard title="Pending access requests" description="Members who asked for Success.">
          <PendingAccessRequests />
        </SectionCard>
      ) : null}
    </div>
  );
}
