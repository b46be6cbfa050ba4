import type { ConnectInput, Integration, IntegrationField } from '@success/shared/integrations';
import { CheckCircle2, PlugZap } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { getErrorMessage, isApiError } from '@/lib/api-client';
import { useConnectIntegration } from '../api/connect-integration';
import { useTestIntegration } from '../api/test-integration';
import { formatInterval } from '../sync-run';
import { SecretInput } from './secret-input';

const intervalOptions = [5, 15, 30, 60, 180, 360, 720, 1440];

export const baseUrlLabel = 'API base URL (optional: self-hosted, EU region, or a local test server)';

type Errors = Record<string, string>;

function settingToText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Server field paths ("body.settings.baseUrl", "credentials.secretKey") to this form's keys. */
function toFormKey(path: string): string {
  const trimmed = path.replace(/^body\./, '');
  if (trimmed === 'settings.baseUrl') return 'baseUrl';
  if (trimmed === 'settings.syncIntervalMinutes') return 'syncIntervalMinutes';
  return trimmed;
}

/** On edit, required secrets are known to be stored; optional ones may or may not have been given. */
type StoredState = 'stored' | 'maybe' | 'none';

function FieldHint({ field, stored }: { field: IntegrationField; stored: StoredState }) {
  if (!field.help && stored === 'none') return null;
  return (
    <>
      {stored === 'stored' ? (
        <span className="font-medium text-slate-600">•••• stored — leave empty to keep it. </span>
      ) : null}
      {stored === 'maybe' ? (
        <span className="font-medium text-slate-600">Leave empty to keep the current value. </span>
      ) : null}
      {field.help}
    </>
  );
}

/**
 * The connection form, generated from the provider's credential and setting fields. Secrets are
 * never sent back by the server: on edit an empty secret means "keep the stored one".
 */
export function ConnectForm({ integration, onDone }: { integration: Integration; onDone: () => void }) {
  const isEdit = integration.status !== 'not_connected';
  const hasStored = integration.hasCredentials;
  const name = integration.displayName;
  const [credentials, setCredentials] = useState<Record<string, string>>(() =>
    Object.fromEntries(integration.credentialFields.map((field) => [field.key, ''])),
  );
  const [settings, setSettings] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      integration.settingFields.map((field) => [field.key, settingToText(integration.settings[field.key])]),
    ),
  );
  const [baseUrl, setBaseUrl] = useState(integration.baseUrl ?? '');
  const [syncInterval, setSyncInterval] = useState(integration.syncIntervalMinutes);
  const [errors, setErrors] = useState<Errors>({});
  const connect = useConnectIntegration();
  const test = useTestIntegration();
  const options = intervalOptions.includes(syncInterval)
    ? intervalOptions
    : [...intervalOptions, syncInterval].sort((a, b) => a - b);

  function validate(): Errors {
    const next: Errors = {};
    for (const field of integration.credentialFields) {
      if (field.isRequired && !credentials[field.key]?.trim() && !hasStored)
        next[`credentials.${field.key}`] = `Enter the ${field.label.toLowerCase()}.`;
    }
    for (const field of integration.settingFields) {
      if (field.isRequired && !settings[field.key]?.trim())
        next[`settings.${field.key}`] = `Enter the ${field.label.toLowerCase()}.`;
    }
    if (baseUrl.trim() && !isHttpUrl(baseUrl.trim()))
      next.baseUrl = 'Enter a full URL such as https://eu.posthog.com or http://127.0.0.1:12111.';
    return next;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = validate();
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    test.reset();
    const submittedCredentials = Object.fromEntries(
      Object.entries(credentials)
        .map(([key, value]) => [key, value.trim()] as const)
        .filter(([, value]) => value !== ''),
    );
    const submittedSettings = Object.fromEntries(
      Object.entries(settings)
        .map(([key, value]) => [key, value.trim()] as const)
        .filter(([, value]) => value !== ''),
    );
    const input: ConnectInput = {
      ...(Object.keys(submittedCredentials).length > 0 ? { credentials: submittedCredentials } : {}),
      settings: {
        ...submittedSettings,
        ...(baseUrl.trim() ? { baseUrl: baseUrl.trim() } : {}),
        syncIntervalMinutes: syncInterval,
      },
    };
    connect.mutate(
      { provider: integration.provider, input },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (!isApiError(error) || !error.errors) return;
          setErrors(Object.fromEntries(error.errors.map((e) => [toFormKey(e.path), e.message])));
        },
      },
    );
  }

  const isProviderRefusal = isApiError(connect.error) && connect.error.status === 422;

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      aria-label={`${isEdit ? 'Edit' : 'Connect'} ${name}`}
      className="space-y-4"
    >
      {integration.credentialFields.length > 0 ? (
        <fieldset className="space-y-3">
          <legend className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Credentials</legend>
          {integration.credentialFields.map((field) => {
            const key = `credentials.${field.key}`;
            const stored: StoredState = !field.isSecret || !hasStored ? 'none' : field.isRequired ? 'stored' : 'maybe';
            const placeholder =
              stored === 'stored' ? '•••• stored' : stored === 'maybe' ? 'Unchanged' : (field.placeholder ?? undefined);
            return (
              <Field
                key={key}
                label={
                  <>
                    {field.label}
                    {!field.isRequired ? <span className="font-normal text-slate-500"> (optional)</span> : null}
                  </>
                }
                hint={<FieldHint field={field} stored={stored} />}
                error={errors[key]}
              >
                {(props) =>
                  field.isSecret ? (
                    <SecretInput
                      {...props}
                      fieldLabel={field.label}
                      value={credentials[field.key] ?? ''}
                      placeholder={placeholder}
                      onChange={(e) => setCredentials((prev) => ({ ...prev, [field.key]: e.target.value }))}
                    />
                  ) : (
                    <Input
                      {...props}
                      autoComplete="off"
                      value={credentials[field.key] ?? ''}
                      placeholder={placeholder}
                      onChange={(e) => setCredentials((prev) => ({ ...prev, [field.key]: e.target.value }))}
                    />
                  )
                }
              </Field>
            );
          })}
        </fieldset>
      ) : null}
      <fieldset className="space-y-3">
        <legend className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Settings</legend>
        {integration.settingFields.map((field) => {
          const key = `settings.${field.key}`;
          return (
            <Field
              key={key}
              label={
                <>
                  {field.label}
                  {!field.isRequired ? <span className="font-normal text-slate-500"> (optional)</span> : null}
                </>
              }
              hint={field.help}
              error={errors[key]}
            >
              {(props) => (
                <Input
                  {...props}
                  autoComplete="off"
                  value={settings[field.key] ?? ''}
                  placeholder={field.placeholder ?? undefined}
                  onChange={(e) => setSettings((prev) => ({ ...prev, [field.key]: e.target.value }))}
                />
              )}
            </Field>
          );
        })}
        <Field label={baseUrlLabel} hint="Leave empty to use the provider's default API." error={errors.baseUrl}>
          {(props) => (
            <Input
              {...props}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              value={baseUrl}
              placeholder="https://api.example.com"
              onChange={(e) => setBaseUrl(e.target.value)}
            />
          )}
        </Field>
        <Field
          label="Sync interval"
          hint="Success also syncs on demand with “Sync now”."
          error={errors.syncIntervalMinutes}
        >
          {(props) => (
            <Select {...props} value={syncInterval} onChange={(e) => setSyncInterval(Number(e.target.value))}>
              {options.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {formatInterval(minutes).replace(/^./, (c) => c.toUpperCase())}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </fieldset>

      <div aria-live="polite" className="space-y-2">
        {connect.isError ? (
          <Alert tone="error" title={isProviderRefusal ? `Could not connect ${name}` : 'Could not save the connection'}>
            <span data-testid="connect-error">{getErrorMessage(connect.error)}</span>
          </Alert>
        ) : null}
        {test.isSuccess ? (
          <Alert tone="success" title="The saved connection works">
            {test.data.detail}
          </Alert>
        ) : null}
        {test.isError ? (
          <Alert tone="error" title={`${name} refused the saved connection`}>
            {getErrorMessage(test.error)}
          </Alert>
        ) : null}
      </div>

      <div className="-mx-5 -mb-4 flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 bg-slate-50/70 px-5 py-3">
        <p className="max-w-64 text-xs text-slate-500">
          {isEdit
            ? 'Saving tests the connection again.'
            : `Success tests the credentials with ${name} before saving, then starts a full sync.`}
        </p>
        <div className="flex flex-wrap gap-2">
          {hasStored ? (
            <Button
              variant="secondary"
              isLoading={test.isPending}
              icon={<CheckCircle2 className="size-4" aria-hidden="true" />}
              onClick={() => {
                connect.reset();
                test.mutate(integration.provider);
              }}
            >
              Test connection
            </Button>
          ) : null}
          <Button variant="ghost" onClick={onDone} disabled={connect.isPending}>
            Cancel
          </Button>
          <Button type="submit" isLoading={connect.isPending} icon={<PlugZap className="size-4" aria-hidden="true" />}>
            {connect.isPending ? 'Testing…' : isEdit ? 'Save' : `Connect ${name}`}
          </Button>
        </div>
      </div>
    </form>
  );
}
