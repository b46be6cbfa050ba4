import { Badge } from '@/components/ui/badge';
import { LetterAvatar } from '@/components/ui/letter-avatar';
import { providers } from '../providers';

export function IntegrationsList() {
  return (
    <ul className="grid gap-3 md:grid-cols-2" aria-label="Integrations">
      {providers.map((provider) => (
        <li key={provider.key} className="flex gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
          <LetterAvatar name={provider.name} />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="text-sm font-semibold text-slate-900">{provider.name}</h3>
              <Badge tone="neutral">Not connected</Badge>
            </div>
            <p className="text-xs text-slate-500">{provider.category}</p>
            <p className="mt-1.5 text-sm text-slate-700">{provider.powers}</p>
            <p className="mt-2 text-xs text-slate-500">
              Feeds: <span className="text-slate-700">{provider.sections.join(', ')}</span>
            </p>
            <button
              type="button"
              disabled
              aria-describedby="integrations-coming-soon"
              className="mt-3 inline-flex h-8 items-center rounded-md px-2.5 text-xs font-medium text-slate-400 ring-1 ring-slate-200 ring-inset"
            >
              Connect {provider.name}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
