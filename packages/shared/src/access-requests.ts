/** A viewer's request for more access, and the admin's answer. */
import { z } from 'zod';
import { listSchema } from './pagination';

export const accessRequestSchema = z.object({
  id: z.string(),
  email: z.string(),
  reason: z.string().nullable(),
  status: z.enum(['pending', 'approved', 'dismissed']),
  createdAt: z.string(),
});
export type AccessRequest = z.infer<typeof accessRequestSchema>;
export const createAccessRequestInputSchema = z.object({ reason: z.string().trim().max(1000).optional() });
export const resolveAccessRequestInputSchema = z.object({ status: z.enum(['approved', 'dismissed']) });

export const accessRequestListSchema = listSchema(accessRequestSchema);
