/** Personal API tokens: the secret is shown once, at creation; listings show its prefix only. */
import { z } from 'zod';
import { listSchema } from './pagination';

export const createTokenInputSchema = z.object({ name: z.string().trim().min(1).max(100) });
export const createdTokenSchema = z.object({ id: z.string(), name: z.string(), prefix: z.string(), token: z.string() });
export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const apiTokenListSchema = listSchema(apiTokenSchema);
