import { Link } from '@tanstack/react-router';
import { ArrowRight, Check, Construction } from 'lucide-react';
import type { ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { sectionContent } from '../section-content';
import { ReadinessPanel } from './readiness-panel';

/**
 * A section that a later release builds: the setup panel (what it needs and how far along the
 * workspace is) and an honest note of what it will do, without sample numbers.
 */
export function SectionPlaceholder({
  section,
  demoAction,
}: {
  section: keyof typeof sectionContent;
  demoAction: ReactNode;
}) {
  const content = sectionContent[section];
  useDocumentTitle(content.title);
  return (
    <div className="space-y-5">
      <PageHeader title={content.title} description={content.tagline} />
      <ReadinessPanel section={section} title={content.title} demoAction={demoAction} />
      <Card className="overflow-hidden">
        <div className="flex items-start gap-3 border-b border-slate-100 px-5 py-4">
          <Construction className="mt-0.5 size-5 shrink-0 text-indigo-600" aria-hidden="true" />
          <div>
            <h2 className="text-sm font-semibold text-slate-900">Nothing to show here yet</h2>
            <p className="mt-0.5 text-sm text-slate-600">
              {content.title} is being built in an upcoming release. It will not show sample numbers until it can
              compute real ones.
            </p>
          </div>
        </div>
        <section aria-labelledby={`${section}-will-do`} className="px-5 py-4">
          <h3 id={`${section}-will-do`} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
            What {content.title} will do
          </h3>
          <ul className="mt-3 grid gap-2 md:grid-cols-3">
            {content.willDo.map((item) => (
              <li key={item} className="flex gap-2 text-sm text-slate-700">
                <Check className="mt-0.5 size-4 shrink-0 text-emerald-600" aria-hidden="true" />
                {item}
              </li>
            ))}
          </ul>
        </section>
        <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 px-5 py-3">
          <p className="text-xs text-slate-500">{content.demoNote}</p>
          <Link to={paths.success.health.path} className={buttonClasses({ variant: 'ghost', size: 'sm' })}>
            Back to Health
            <ArrowRight className="size-3.5" aria-hidden="true" />
          </Link>
        </div>
      </Card>
    </div>
  );
}
