import { toHttpUrlOrNull } from '@success/shared/urls';

/**
 * The href for a link to a stored URL (a call recording, a ticket, a provider's page), or null
 * when it is not http(s): synced or imported data must never put a javascript: or data: URL in
 * an <a>. The same rule as the server's (toHttpUrlOrNull), normalized as the browser would.
 */
export function getSafeUrl(url: string | null | undefined): string | null {
  const checked = toHttpUrlOrNull(url);
  return checked === null ? null : new URL(checked).href;
}
