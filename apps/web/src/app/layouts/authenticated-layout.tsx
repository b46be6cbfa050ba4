import { Outlet } from '@tanstack/react-router';
import { DemoBanner } from '@/features/demo/components/demo-banner';

/** Every signed-in page: the demo banner on top, then the page. */
export function AuthenticatedLayout() {
  return (
    <div className="flex h-screen flex-col overflow-hidden">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium text-indigo-700 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <DemoBanner />
      <Outlet />
    </div>
  );
}
