/** URLs people may click, checked on the way in and again on the way out. */
import { z } from 'zod';

/**
 * A link people may click: a full http(s) URL. javascript:, data:, vbscript: or file: links would
 * run script or open local files in the browser of whoever clicks them, so every URL field
 * (signals, calls, CSV imports) takes http(s) only.
 */
export const httpUrlSchema = z.url({
  protocol: /^https?$/,
  message: 'Enter a full http(s) URL such as https://support.example.com/tickets/1042',
});

/**
 * The URL when it is http(s), else null: for URLs read back from storage (saved before input was
 * checked, or synced from a provider), so a stored javascript: link is never handed out.
 */
export function toHttpUrlOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  return httpUrlSchema.safeParse(value).success ? value : null;
}
