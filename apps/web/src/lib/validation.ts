import type { z } from 'zod';

/** First message per top-level field of a failed zod parse, for inline form errors. */
export function getFieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    if (!(key in result)) result[key] = issue.message;
  }
  return result;
}
