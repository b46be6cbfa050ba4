/** First-run setup, sign-in and the signed-in person's own view (`/me`). */
import { z } from 'zod';
import { emailSchema, passwordSchema, userSchema } from './users';
import { workspaceSchema } from './workspace';

export const setupStatusSchema = z.object({ isSetupRequired: z.boolean() });
export const setupInputSchema = z.object({
  workspaceName: z.string().trim().min(1, { message: 'Name the workspace.' }).max(100),
  email: emailSchema,
  password: passwordSchema,
});
export type SetupInput = z.infer<typeof setupInputSchema>;

export const loginInputSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });
export type LoginInput = z.infer<typeof loginInputSchema>;

export const meSchema = z.object({
  user: userSchema,
  workspace: workspaceSchema,
  flags: z.record(z.string(), z.boolean()),
});
export type Me = z.infer<typeof meSchema>;
