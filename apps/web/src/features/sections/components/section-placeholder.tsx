import { Link } from '@tanstack/react-router';
import { ArrowRight, Check, Construction, Plug } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { sectionContent } from '../section-content';

/** An honest empty state for a section that a later release builds: what it will do and what it needs. */
export function SectionPlaceholder({ section }: { section: keyof typeof sectionContent }) {
  const content = sectionContent[section];
  useDocumentTitle(content.title);
  return (
    <div>
      <PageHeader title={content.title} description={content.tagline} />
      <Card className="overflow-hidden">
        <div className="flex items-start gap-3 border-b border-slate-100 bg-slate-50/60 px-5 py-4">
          <Construction className="mt-0.5 size-5 shrink-0 text-indigo-600" aria-hidden="true" />
          <div>
            <h2 className="text-sm font-semibold text-slate-900">Nothing to show here yet</h2>
            <p className="mt-0.5 text-sm text-slate-600">
              {content.title} is being built in an upcoming release. It will not show sample numbers until it can compute real ones.
            </p>
          </div>
        </div>
        <div className="grid gap-6 px-5 py-5 md:grid-cols-2">
          <section aria-labelledby={`${section}-will-do`}>
            <h3 id={`${section}-will-do`} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
              What {content.title} will do
            </h3>
            <ul className="mt-3 space-y-2">
              {content.willDo.map((item) => (
                <li key={item} className="flex gap-2 text-sm text-slate-700">
                  <Check className="mt-0.5 size-4 shrink-0 text-emerald-600" aria-hidden="true" />
                  {item}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby={`${section}-sources`}>
            <h3 id={`${section}-sources`} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
              Data sources it needs
            </h3>
            <ul className="mt-3 space-y-2">
              {content.dataSources.map((source) => (
                <li key={source.name} className="flex items-center justify-between gap-3 text-sm">
                  <span className="text-slate-700">
                    <span className="font-medium text-slate-900">{source.name}</span> — {source.role}
                  </span>
                  <Badge tone={source.isRequired ? 'indigo' : 'neutral'}>{source.isRequired ? 'Required' : 'Optional'}</Badge>
                </li>
              ))}
            </ul>
            <p className="mt-3 text-xs text-slate-500">{content.demoNote}</p>
          </section>
        </div>
        <div className="flex flex-wrap gap-2 border-t border-slate-100 px-5 py-4">
          <Link to={paths.settings.integrations.path} className={buttonClasses({ variant: 'primary' })}>
            <Plug className="size-4" aria-hidden="true" />
            Go to Integrations
          </Link>
          <Link to={paths.success.health.path} className={buttonClasses({ variant: 'secondary' })}>
            Back to Health
            <ArrowRight className="size-4" aria-hidden="true" />
          </Link>
        </div>
      </Card>
    </div>
  );
}
