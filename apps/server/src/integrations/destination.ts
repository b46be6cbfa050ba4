/**
 * Where a connection sends its credentials. `baseUrl` (and settings such as PostHog's host) can
 * point a connection at another API, so they decide who receives the stored secret. Three rules:
 * only http(s); an address outside the provider's own hosts needs the operator's opt-in
 * (ALLOW_PROVIDER_BASE_URL); and moving stored credentials to a new address needs them typed again,
 * so an admin session (or a stolen one) cannot forward a secret it cannot read.
 */
import type { ProviderDefinition } from './catalog';

export type DestinationProblem = {
  code: 'validation_failed' | 'unprocessable';
  path: string;
  message: string;
};

export type DestinationPolicy = {
  /** ALLOW_PROVIDER_BASE_URL: addresses outside the provider's own hosts are accepted. */
  isOverrideAllowed: boolean;
  /** The request carries every required credential, typed again. */
  hasFreshCredentials: boolean;
  /** Credentials are already stored, so a new address would receive a secret nobody re-entered. */
  hasStoredCredentials: boolean;
};

function destinationKeys(definition: ProviderDefinition): string[] {
  return ['baseUrl', ...definition.destinationSettingKeys];
}

function isOfficialHost(definition: ProviderDefinition, url: URL): boolean {
  if (url.protocol !== 'https:' || url.port !== '') return false;
  const host = url.hostname.toLowerCase();
  return definition.officialHosts.some((pattern) =>
    pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern,
  );
}

/** The same address spelled twice compares equal ("https://x.com" and "https://x.com/"). */
function normalize(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  try {
    return new URL(value).href.replace(/\/+$/, '');
  } catch {
    return value;
  }
}

/**
 * The first thing wrong with the addresses in `settings`, or null. `previous` is what the
 * connection stores now (null when it is new).
 */
export function findDestinationProblem(
  definition: ProviderDefinition,
  settings: Record<string, unknown>,
  previous: Record<string, unknown> | null,
  policy: DestinationPolicy,
): DestinationProblem | null {
  for (const key of destinationKeys(definition)) {
    const value = settings[key];
    if (value === undefined || value === null || value === '') continue;
    const path = `settings.${key}`;
    let url: URL;
    try {
      if (typeof value !== 'string') throw new TypeError('not text');
      url = new URL(value);
    } catch {
      return { code: 'validation_failed', path, message: 'Enter a full http(s) URL.' };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return { code: 'validation_failed', path, message: 'Only http(s) addresses can be used.' };
    if (url.username || url.password)
      return { code: 'validation_failed', path, message: 'The address cannot carry a user name or password.' };
    if (isOfficialHost(definition, url)) continue;
    if (!policy.isOverrideAllowed)
      return {
        code: 'unprocessable',
        path,
        message: `This server only connects to ${definition.displayName}'s own address; its operator can allow others with ALLOW_PROVIDER_BASE_URL.`,
      };
    const isMoved = normalize(value) !== normalize(previous?.[key]);
    if (isMoved && policy.hasStoredCredentials && !policy.hasFreshCredentials)
      return { code: 'unprocessable', path, message: 'Enter the credentials again to change where they are sent.' };
  }
  return null;
}
