/**
 * Only same-origin paths are followed after sign-in, so a crafted link cannot send a user to
 * another site ("//evil.example" and "https://…" are refused).
 */
export function getSafeRedirect(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith('/login') || value.startsWith('/setup')) return null;
  return value;
}
