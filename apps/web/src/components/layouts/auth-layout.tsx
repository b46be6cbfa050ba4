import type { ReactNode } from 'react';
import { BrandMark } from '@/components/ui/brand-mark';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** Centered card for the signed-out pages (setup, login). */
export function AuthLayout({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-indigo-50/60 via-slate-50 to-slate-50 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2">
          <BrandMark className="size-8" />
          <span className="text-lg font-semibold tracking-tight text-slate-900">Success</span>
        </div>
        <main className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-lg font-semibold text-slate-900">{title}</h1>
          {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
          <div className="mt-5">{children}</div>
        </main>
        <p className="mt-6 text-center text-xs text-slate-500">Open-source, self-hosted Customer Success workspace.</p>
      </div>
    </div>
  );
}
