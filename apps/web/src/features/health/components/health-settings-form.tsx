import { ChevronRight, CircleDashed, Eye, RotateCcw, Save, TrendingDown, TrendingUp, X } from 'lucide-react';
import { useMemo, useState, type FormEvent } from 'react';
import { Alert, ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { isApiError } from '@/lib/api-client';
import { cn } from '@/lib/cn';
import { formatCount } from '@/lib/format';
import type { HealthSettingsPreview } from '@success/shared/health';
import type { HealthSettingsResponse } from '@success/shared/health-settings';
import { useHealthSettings, usePreviewHealthSettings, useSaveHealthSettings } from '../api/health-settings';
import {
  addTier,
  allFields,
  baselineWarning,
  changedPaths,
  countTiers,
  describePreview,
  fromDraft,
  getKindRules,
  mapServerErrors,
  MAX_INACTIVITY_TIERS,
  removeTier,
  sectionOf,
  settingsSections,
  tierFields,
  toDraft,
  validateField,
  type Draft,
  type FieldDescriptor,
  type SectionDescriptor,
  type SectionId,
} from '../settings-form';

type Errors = Record<string, string>;

function NumberField({
  descriptor,
  draft,
  defaults,
  errors,
  isEditable,
  onChange,
}: {
  descriptor: FieldDescriptor;
  draft: Draft;
  defaults: Draft;
  errors: Errors;
  isEditable: boolean;
  onChange: (path: string, value: string) => void;
}) {
  const rules = getKindRules(descriptor.kind);
  const value = draft[descriptor.path] ?? '';
  const defaultValue = defaults[descriptor.path];
  const differs = defaultValue !== undefined && value.trim() !== '' && Number(value) !== Number(defaultValue);
  const hint = [descriptor.hint, differs ? `Default ${defaultValue}${rules.unit ? ` ${rules.unit}` : ''}.` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <Field label={descriptor.label} hint={hint || undefined} error={errors[descriptor.path] ?? null}>
      {(props) => (
        <div className="relative">
          <Input
            {...props}
            type="number"
            inputMode={rules.integer ? 'numeric' : 'decimal'}
            step={rules.step}
            min={rules.min}
            max={rules.max}
            value={value}
            disabled={!isEditable}
            data-path={descriptor.path}
            className={cn(rules.unit && 'pr-12', differs && 'bg-indigo-50/40')}
            onChange={(event) => onChange(descriptor.path, event.target.value)}
          />
          {rules.unit ? (
            <span
              className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-xs text-slate-400"
              aria-hidden="true"
            >
              {rules.unit}
            </span>
          ) : null}
        </div>
      )}
    </Field>
  );
}

function SectionFields({
  section,
  ...props
}: {
  section: SectionDescriptor;
  draft: Draft;
  defaults: Draft;
  errors: Errors;
  isEditable: boolean;
  onChange: (path: string, value: string) => void;
  onDraftChange: (next: Draft) => void;
}) {
  const tiers = section.id === 'adoption' ? countTiers(props.draft) : 0;
  return (
    <div className="space-y-4">
      {props.errors[section.id] ? (
        <p className="rounded-md bg-rose-50 px-3 py-2 text-xs text-rose-700" role="alert">
          {props.errors[section.id]}
        </p>
      ) : null}
      <div
        className={cn('grid gap-4', section.fields.length === 3 ? 'sm:grid-cols-3' : 'sm:grid-cols-2 lg:grid-cols-4')}
      >
        {section.fields.map((descriptor) => (
          <NumberField key={descriptor.path} descriptor={descriptor} {...props} />
        ))}
      </div>
      {section.id === 'adoption' ? (
        <fieldset className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-xs font-medium text-slate-600">
            Inactivity tiers (days since last product activity; the highest tier reached applies)
          </legend>
          <div className="space-y-3">
            {Array.from({ length: tiers }, (_, index) => {
              const [days, points] = tierFields(index);
              return (
                <div key={index} className="grid items-start gap-3 sm:grid-cols-[1fr_1fr_auto]">
                  <NumberField descriptor={days} {...props} />
                  <NumberField descriptor={points} {...props} />
                  {props.isEditable ? (
                    <Button
                      variant="ghost"
                      size="sm"
                      className="sm:mt-7"
                      disabled={tiers <= 1}
                      aria-label={`Remove tier ${index + 1}`}
                      onClick={() => props.onDraftChange(removeTier(props.draft, index))}
                    >
                      <X className="size-4" aria-hidden="true" />
                    </Button>
                  ) : null}
                </div>
              );
            })}
          </div>
          {props.isEditable && tiers < MAX_INACTIVITY_TIERS ? (
            <Button variant="link" size="sm" className="mt-2" onClick={() => props.onDraftChange(addTier(props.draft))}>
              Add a tier
            </Button>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}

function PreviewResult({ preview }: { preview: HealthSettingsPreview }) {
  const words = describePreview(preview);
  return (
    <div
      className="rounded-md border border-indigo-200 bg-indigo-50/60 px-4 py-3 text-sm"
      data-testid="health-settings-preview"
      data-changed={preview.changed}
      data-scores-changed={preview.scoresChanged}
      data-total={preview.total}
    >
      <p className="font-medium text-slate-900">{words.headline}</p>
      <table className="mt-2 w-full max-w-md text-xs" aria-label="Accounts per band, now and with these settings">
        <thead>
          <tr className="text-left text-slate-500">
            <th scope="col" className="py-1 font-medium">
              Band
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Now
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              With these settings
            </th>
          </tr>
        </thead>
        <tbody>
          {words.counts.map((row) => (
            <tr
              key={row.state}
              data-state={row.state}
              data-before={row.before}
              data-after={row.after}
              className="border-t border-indigo-100"
            >
              <th scope="row" className="py-1 text-left font-normal text-slate-700">
                {row.label}
              </th>
              <td className="py-1 text-right tabular-nums text-slate-700">{row.before}</td>
              <td
                className={cn(
                  'py-1 text-right font-semibold tabular-nums',
                  row.after > row.before ? 'text-indigo-700' : row.after < row.before ? 'text-slate-500' : '',
                )}
              >
                {row.after}
                {row.after !== row.before
                  ? ` (${row.after > row.before ? '+' : '\u2212'}${Math.abs(row.after - row.before)})`
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.changed > 0 ? (
        <>
          <p className="mt-2 text-xs text-slate-600">
            <span className="font-medium text-emerald-700">{formatCount(words.improved, 'account')} healthier</span>
            {' · '}
            <span className="font-medium text-rose-700">{formatCount(words.worsened, 'account')} worse</span>
          </p>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2" aria-label="Band changes">
            {words.transitions.map((item) => (
              <li
                key={item.transition}
                className="flex items-center gap-2 text-xs text-slate-700"
                data-transition={item.transition}
              >
                {item.direction === 'up' ? (
                  <TrendingUp className="size-3.5 text-emerald-600" aria-hidden="true" />
                ) : item.direction === 'down' ? (
                  <TrendingDown className="size-3.5 text-rose-600" aria-hidden="true" />
                ) : (
                  <CircleDashed className="size-3.5 text-slate-400" aria-hidden="true" />
                )}
                <span className="w-48">{item.label}</span>
                <span className="font-semibold tabular-nums">{item.count}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-2 text-[11px] text-slate-500">
        Nothing is saved yet. Save to rescore every account with these settings.
      </p>
    </div>
  );
}

function SettingsForm({
  data,
  isEditable,
  onSaved,
}: {
  data: HealthSettingsResponse;
  isEditable: boolean;
  onSaved: () => void;
}) {
  const saved = useMemo(() => toDraft(data.settings), [data.settings]);
  const defaults = useMemo(() => toDraft(data.defaults), [data.defaults]);
  const [draft, setDraft] = useState<Draft>(saved);
  const [errors, setErrors] = useState<Errors>({});
  const [openSections, setOpenSections] = useState<Set<SectionId>>(() => new Set<SectionId>(['score', 'weights']));
  const preview = usePreviewHealthSettings();
  const save = useSaveHealthSettings();
  const changed = changedPaths(saved, draft);
  const differsFromDefaults = changedPaths(defaults, draft).length > 0;

  function update(next: Draft) {
    setDraft(next);
    preview.reset();
    save.reset();
  }

  function change(path: string, value: string) {
    const next = { ...draft, [path]: value };
    update(next);
    // Clear a field's error as soon as its own value is acceptable; cross-field errors wait for the server.
    if (errors[path]) {
      const descriptor = allFields(next).find((field) => field.path === path);
      if (!descriptor || validateField(descriptor, value) === null) {
        setErrors(({ [path]: _cleared, ...rest }) => rest);
      }
    }
  }

  function showErrors(next: Errors) {
    setErrors(next);
    const sections = new Set(openSections);
    for (const key of Object.keys(next)) {
      const section = sectionOf(key);
      if (section) sections.add(section);
    }
    setOpenSections(sections);
  }

  function parsed() {
    const result = fromDraft(draft);
    if (result.errors) {
      showErrors(result.errors);
      return null;
    }
    setErrors({});
    return result.settings;
  }

  function handleServerError(error: unknown) {
    if (isApiError(error) && error.errors && error.errors.length > 0) showErrors(mapServerErrors(error.errors, draft));
  }

  function runPreview() {
    const settings = parsed();
    if (settings) preview.mutate(settings, { onError: handleServerError });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const settings = parsed();
    if (settings) save.mutate(settings, { onError: handleServerError, onSuccess: onSaved });
  }

  const mutationError = preview.error ?? save.error;
  const isFieldError = isApiError(mutationError) && (mutationError.errors?.length ?? 0) > 0;
  const fieldErrorCount = Object.keys(errors).length;
  const warning = baselineWarning(draft);

  return (
    <form onSubmit={submit} noValidate aria-label="Health scoring settings">
      <div className="space-y-3">
        {settingsSections.map((section) => {
          const sectionChanges = changed.filter((path) => sectionOf(path) === section.id).length;
          const sectionErrors = Object.keys(errors).filter((key) => sectionOf(key) === section.id).length;
          const isOpen = openSections.has(section.id);
          return (
            <details
              key={section.id}
              open={isOpen}
              onToggle={(event) => {
                const open = event.currentTarget.open;
                setOpenSections((current) => {
                  if (open === current.has(section.id)) return current;
                  const next = new Set(current);
                  if (open) next.add(section.id);
                  else next.delete(section.id);
                  return next;
                });
              }}
              className="group rounded-md border border-slate-200"
              data-section={section.id}
            >
              <summary className="flex cursor-pointer list-none items-center gap-2 px-4 py-3 select-none [&::-webkit-details-marker]:hidden">
                <ChevronRight
                  className="size-4 text-slate-400 transition-transform group-open:rotate-90"
                  aria-hidden="true"
                />
                <span className="text-sm font-medium text-slate-900">{section.title}</span>
                {sectionChanges > 0 ? (
                  <span className="text-xs text-indigo-700">{formatCount(sectionChanges, 'change')}</span>
                ) : null}
                {sectionErrors > 0 ? (
                  <span className="text-xs font-medium text-rose-700">{formatCount(sectionErrors, 'problem')}</span>
                ) : null}
              </summary>
              <div className="border-t border-slate-100 px-4 pt-3 pb-4">
                <p className="mb-3 text-xs text-slate-500">{section.description}</p>
                <SectionFields
                  section={section}
                  draft={draft}
                  defaults={defaults}
                  errors={errors}
                  isEditable={isEditable}
                  onChange={change}
                  onDraftChange={update}
                />
              </div>
            </details>
          );
        })}
      </div>

      <div aria-live="polite" className="mt-4 space-y-3">
        {warning ? (
          <Alert tone="warning" title="The baseline sits on a band threshold">
            {warning}
          </Alert>
        ) : null}
        {errors[''] ? (
          <Alert tone="error" title="Check the settings">
            {errors['']}
          </Alert>
        ) : null}
        {fieldErrorCount > 0 && !errors[''] ? (
          <Alert tone="error" title={`Fix ${formatCount(fieldErrorCount, 'setting')} first`}>
            The problems are shown next to each field.
          </Alert>
        ) : null}
        {mutationError && !isFieldError ? (
          <ErrorAlert
            title={save.isError ? 'Could not save the settings' : 'Could not preview the settings'}
            error={mutationError}
          />
        ) : null}
        {preview.isSuccess ? <PreviewResult preview={preview.data} /> : null}
      </div>

      {isEditable ? (
        <div className="mt-4 flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-4">
          <div className="flex flex-wrap items-center gap-2">
            <Button
              variant="ghost"
              size="sm"
              icon={<RotateCcw className="size-3.5" aria-hidden="true" />}
              disabled={!differsFromDefaults || save.isPending}
              onClick={() => {
                update(defaults);
                setErrors({});
              }}
            >
              Reset to defaults
            </Button>
            {changed.length > 0 ? (
              <Button
                variant="ghost"
                size="sm"
                disabled={save.isPending}
                onClick={() => {
                  update(saved);
                  setErrors({});
                }}
              >
                Discard changes
              </Button>
            ) : null}
            <span className="text-xs text-slate-500" data-testid="health-settings-changes">
              {changed.length > 0 ? `${formatCount(changed.length, 'unsaved change')}` : 'No unsaved changes'}
            </span>
          </div>
          <div className="flex items-center gap-2">
            <Button
              variant="secondary"
              icon={<Eye className="size-4" aria-hidden="true" />}
              isLoading={preview.isPending}
              disabled={save.isPending}
              onClick={runPreview}
            >
              Preview
            </Button>
            <Button
              type="submit"
              icon={<Save className="size-4" aria-hidden="true" />}
              isLoading={save.isPending}
              disabled={changed.length === 0 || preview.isPending}
            >
              Save and rescore
            </Button>
          </div>
        </div>
      ) : null}
    </form>
  );
}

/** Settings → Health scoring: admins edit weights, thresholds and bands with a preview; others read them. */
export function HealthSettingsPanel({ isEditable }: { isEditable: boolean }) {
  const query = useHealthSettings();
  const [savedAt, setSavedAt] = useState<number | null>(null);
  if (query.isPending) {
    return (
      <div className="space-y-3" aria-hidden="true">
        <Skeleton className="h-12 w-full rounded-md" />
        <Skeleton className="h-12 w-full rounded-md" />
        <Skeleton className="h-12 w-full rounded-md" />
      </div>
    );
  }
  if (query.isError) {
    return (
      <ErrorAlert title="Could not load the health settings" error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  return (
    <div className="space-y-4">
      {!isEditable ? (
        <p className="text-sm text-slate-500">
          Only admins can change health scoring. These are the settings every score uses now.
        </p>
      ) : null}
      {savedAt !== null ? (
        <Alert
          tone="success"
          title="Saved. Every account was rescored with the new settings."
          action={
            <Button variant="ghost" size="sm" aria-label="Dismiss confirmation" onClick={() => setSavedAt(null)}>
              <X className="size-4" aria-hidden="true" />
            </Button>
          }
        />
      ) : null}
      {/* Remount when the saved settings change, so the draft starts from what the server now holds. */}
      <SettingsForm
        key={JSON.stringify(query.data.settings)}
        data={query.data}
        isEditable={isEditable}
        onSaved={() => setSavedAt(Date.now())}
      />
    </div>
  );
}
