/** The workspace and the settings an admin may change. */
import { z } from 'zod';
import { isValidTimeZone } from './days';

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  isDemoModeEnabled: z.boolean(),
  reportingCurrency: z.string(),
  /** IANA time zone in which every day count is taken (default UTC). */
  timeZone: z.string(),
  /** Admin-chosen logo URL template with `{domain}`; null shows letter avatars and sends nothing out. */
  logoUrlTemplate: z.string().nullable(),
});
export type Workspace = z.infer<typeof workspaceSchema>;

/** A logo URL template: an https URL with `{domain}` where each customer's domain goes. */
export const logoUrlTemplateSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => value.includes('{domain}'), { message: 'The template must contain {domain}.' })
  .refine(
    (value) => {
      try {
        return new URL(value.replaceAll('{domain}', 'example.com')).protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'The template must be an https:// URL.' },
  );

/** PATCH /workspace (admin): any of the workspace's settings; a field left out stays as it is. */
export const updateWorkspaceInputSchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  timeZone: z
    .string()
    .refine(isValidTimeZone, { message: 'Not a known time zone; use an IANA name such as Europe/Paris.' })
    .optional(),
  /** null turns logos off (letter avatars, no third-party request). */
  logoUrlTemplate: logoUrlTemplateSchema.nullable().optional(),
});
export type UpdateWorkspaceInput = z.infer<typeof updateWorkspaceInputSchema>;
