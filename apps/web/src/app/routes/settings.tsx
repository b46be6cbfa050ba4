import { createRoute, Outlet } from '@tanstack/react-router';
import { Eye } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { SectionCard } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { PendingAccessRequests } from '@/features/access-requests/components/pending-access-requests';
import { ApiTokensPanel } from '@/features/api-tokens/components/api-tokens-panel';
import { isSuccessEnabled, useCurrentUser } from '@/lib/auth';
import { DemoModeSwitch } from '@/features/demo/components/demo-mode-switch';
import { SuccessFlagSwitch } from '@/features/feature-flags/components/success-flag-switch';
import { HealthSettingsPanel } from '@/features/health/components/health-settings-form';
import { MembersList } from '@/features/users/components/members-list';
import { LogoTemplateForm } from '@/features/workspace/components/logo-template-form';
import { WorkspaceNameForm } from '@/features/workspace/components/workspace-name-form';
import { WorkspaceTimeZoneForm } from '@/features/workspace/components/workspace-time-zone-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { canEdit, isAdmin } from '@/lib/roles';
import { shellRoute } from './shell';

export const settingsRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: 'settings',
  component: Outlet,
});

export const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/',
  component: SettingsPage,
});

function AdminOnlyHint({ what }: { what: string }) {
  return <p className="text-sm text-slate-500">Only admins can {what}.</p>;
}

function SettingsPage() {
  useDocumentTitle('Settings');
  const me = useCurrentUser();
  const admin = isAdmin(me.user.role);
  const editor = canEdit(me.user.role);
  return (
    <div className="max-w-4xl space-y-5">
      <PageHeader title="Settings" description="Workspace, access, health scoring, demo data, members and API tokens." />
      {!editor ? (
        <Alert tone="info" title="Read-only">
          <span className="inline-flex items-center gap-1.5">
            <Eye className="size-3.5" aria-hidden="true" /> You have viewer access, so settings are read-only. Ask an admin to change them.
          </span>
        </Alert>
      ) : null}
      <SectionCard title="Workspace" description={admin ? undefined : 'Only admins can change the workspace settings.'}>
        <div className="space-y-5">
          <WorkspaceNameForm key={me.workspace.name} isEditable={admin} />
          <WorkspaceTimeZoneForm key={me.workspace.timeZone} isEditable={admin} />
          <LogoTemplateForm key={me.workspace.logoUrlTemplate ?? ''} isEditable={admin} />
        </div>
      </SectionCard>
      <SectionCard title="Success feature flag" description={admin ? 'Turns the Success sections on or off for the whole workspace.' : 'Only admins can change feature flags.'}>
        <SuccessFlagSwitch isEditable={admin} />
      </SectionCard>
      {isSuccessEnabled(me) ? (
        <SectionCard
          id="health-scoring"
          title="Health scoring"
          description={
            admin
              ? 'Weights, thresholds and bands behind every health score. Preview how many accounts would change band, then save to rescore.'
              : 'Weights, thresholds and bands behind every health score. Only admins can change them.'
          }
        >
          <HealthSettingsPanel isEditable={admin} />
        </SectionCard>
      ) : null}
      <SectionCard title="Demo data">
        <DemoModeSwitch />
      </SectionCard>
      <SectionCard title="Access requests" description="Requests from members who want Success turned on.">
        {admin ? <PendingAccessRequests /> : <AdminOnlyHint what="review access requests" />}
      </SectionCard>
      <SectionCard title="Members" description="People who can sign in to this workspace and their roles.">
        {admin ? <MembersList currentUserId={me.user.id} isEditable={admin} /> : <AdminOnlyHint what="manage members" />}
      </SectionCard>
      <SectionCard title="API tokens" description="Personal tokens for scripts and the REST API. They act with your role.">
        <ApiTokensPanel isEditable={editor} />
        {!editor ? <p className="mt-3 text-xs text-slate-500">Viewers cannot create or revoke tokens.</p> : null}
      </SectionCard>
    </div>
  );
}
