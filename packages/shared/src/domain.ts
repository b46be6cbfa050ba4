/**
 * Company-domain normalization: an account's identity within a workspace. The same function runs
 * in the server (linking provider records) and in the browser (building Customer Detail links).
 */

/** Returns the normalized domain, or null when the input holds no usable host name. */
export function normalizeDomain(input: string | null | undefined): string | null {
  if (!input) return null;
  let value = input.trim().toLowerCase();
  if (!value) return null;
  // An email address: keep what follows the last "@".
  const at = value.lastIndexOf('@');
  if (at >= 0 && !value.includes('://')) value = value.slice(at + 1);
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(value)) value = `http://${value}`;
  let host: string;
  try {
    // WHATWG URL parsing strips paths, ports, credentials and converts IDNs to punycode.
    host = new URL(value).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.+$/, '');
  if (host.startsWith('www.')) host = host.slice(4);
  if (!host.includes('.') || host.startsWith('.') || host.includes('..')) return null;
  if (/^\d+(\.\d+){3}$/.test(host) || host.startsWith('[')) return null;
  return host;
}

/** Mailbox providers whose domain says nothing about the customer's company. */
export const freeMailDomains: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'mail.com',
  'yandex.com',
  'zoho.com',
  'fastmail.com',
  'hey.com',
]);

/** The company domain of an email address, or null for free-mail and invalid addresses. */
export function companyDomainFromEmail(email: string | null | undefined): string | null {
  if (!email || !email.includes('@')) return null;
  const domain = normalizeDomain(email);
  return domain && !freeMailDomains.has(domain) ? domain : null;
}
