import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { Lock, LogOut, Menu, Plug, Settings, X, type LucideIcon } from 'lucide-react';
import { useEffect, useState, type ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { BrandMark } from '@/components/ui/brand-mark';
import { Button, focusRing } from '@/components/ui/button';
import { LetterAvatar } from '@/components/ui/letter-avatar';
import { paths } from '@/config/paths';
import { sectionNavItems } from '@/config/sections';
import { isSuccessEnabled, useCurrentUser } from '@/lib/auth';
import { useLogout } from '@/features/auth/api/logout';
import { cn } from '@/lib/cn';
import { roleLabels } from '@/lib/roles';

const navLinkClasses = cn(
  'group flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-600 transition-colors hover:bg-slate-100 hover:text-slate-900',
  'data-[status=active]:bg-indigo-50 data-[status=active]:text-indigo-700',
  focusRing,
);

function NavItem({ to, icon: Icon, label, exact = false, trailing }: { to: string; icon: LucideIcon; label: string; exact?: boolean; trailing?: ReactNode }) {
  return (
    <li>
      <Link to={to} className={navLinkClasses} activeOptions={{ exact }}>
        <Icon className="size-4 shrink-0 text-slate-400 group-hover:text-slate-600 group-data-[status=active]:text-indigo-600" aria-hidden="true" />
        <span className="flex-1 truncate">{label}</span>
        {trailing}
      </Link>
    </li>
  );
}

function SidebarContent() {
  const me = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const isEnabled = isSuccessEnabled(me);
  const displayName = me.user.name ?? me.user.email;

  function handleSignOut() {
    logout.mutate(undefined, {
      onSettled: () => void navigate({ to: paths.login.path, search: { redirect: undefined } }),
    });
  }

  return (
    <div className="flex h-full flex-col">
      <div className="flex items-center gap-2.5 px-4 pt-4 pb-3">
        <BrandMark />
        <div className="min-w-0">
          <p className="text-sm leading-tight font-semibold text-slate-900">Success</p>
          <p className="truncate text-xs text-slate-500" title={me.workspace.name} data-testid="workspace-name">
            {me.workspace.name}
          </p>
        </div>
      </div>
      <nav aria-label="Main" className="flex-1 overflow-y-auto px-3 py-2">
        <p className="px-2.5 pb-1.5 text-[11px] font-semibold tracking-wider text-slate-500 uppercase">Success</p>
        <ul className="space-y-0.5">
          {sectionNavItems.map((item) => (
            <NavItem
              key={item.key}
              to={item.path}
              icon={item.icon}
              label={item.label}
              trailing={!isEnabled ? <Lock className="size-3 text-slate-400" aria-label="Locked" /> : null}
            />
          ))}
        </ul>
        <p className="mt-5 px-2.5 pb-1.5 text-[11px] font-semibold tracking-wider text-slate-500 uppercase">Workspace</p>
        <ul className="space-y-0.5">
          <NavItem to={paths.settings.root.path} icon={Settings} label="Settings" exact />
          <NavItem to={paths.settings.integrations.path} icon={Plug} label="Integrations" />
        </ul>
        {!isEnabled ? (
          <Link
            to={paths.unlock.path}
            className={cn('mt-5 block rounded-md border border-indigo-100 bg-indigo-50/60 px-3 py-2 text-xs text-indigo-800 hover:bg-indigo-50', focusRing)}
          >
            Success is off for this workspace. <span className="font-medium underline">Request access</span>
          </Link>
        ) : null}
      </nav>
      <div className="border-t border-slate-200 p-3">
        <div className="flex items-center gap-2.5 px-1">
          <LetterAvatar name={displayName} size="sm" className="rounded-full" />
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium text-slate-800" title={me.user.email} data-testid="current-user">
              {displayName}
            </p>
            <p className="text-xs text-slate-500">
              <Badge tone="neutral" className="px-1 py-0 text-[10px]">
                {roleLabels[me.user.role]}
              </Badge>
            </p>
          </div>
          <Button
            variant="ghost"
            size="sm"
            onClick={handleSignOut}
            isLoading={logout.isPending}
            icon={<LogOut className="size-4" aria-hidden="true" />}
            aria-label="Sign out"
            title="Sign out"
          />
        </div>
      </div>
    </div>
  );
}

/** Left navigation plus the page; wraps every /success/* and /settings/* page. */
export function AppShell() {
  const [isMobileNavOpen, setIsMobileNavOpen] = useState(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  useEffect(() => setIsMobileNavOpen(false), [pathname]);

  return (
    <div className="flex min-h-0 flex-1">
      <aside className="hidden w-60 shrink-0 border-r border-slate-200 bg-white lg:block">
        <SidebarContent />
      </aside>
      {isMobileNavOpen ? (
        <div className="fixed inset-0 z-40 lg:hidden">
          <div className="absolute inset-0 bg-slate-900/30" aria-hidden="true" onClick={() => setIsMobileNavOpen(false)} />
          <aside className="absolute inset-y-0 left-0 w-64 bg-white shadow-xl" id="mobile-nav">
            <div className="absolute top-3 right-3">
              <Button variant="ghost" size="sm" onClick={() => setIsMobileNavOpen(false)} aria-label="Close navigation">
                <X className="size-4" aria-hidden="true" />
              </Button>
            </div>
            <SidebarContent />
          </aside>
        </div>
      ) : null}
      <div className="flex min-w-0 flex-1 flex-col overflow-y-auto">
        <div className="flex items-center gap-2 border-b border-slate-200 bg-white px-4 py-2 lg:hidden">
          <Button
            variant="ghost"
            size="sm"
            onClick={() => setIsMobileNavOpen(true)}
            aria-label="Open navigation"
            aria-expanded={isMobileNavOpen}
            aria-controls="mobile-nav"
          >
            <Menu className="size-5" aria-hidden="true" />
          </Button>
          <BrandMark className="size-6" />
          <span className="text-sm font-semibold">Success</span>
        </div>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 outline-none sm:px-6 lg:px-8">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
