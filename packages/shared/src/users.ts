/** Workspace members: roles, the user shape and the admin's inputs to add or change one. */
import { z } from 'zod';
import { listSchema } from './pagination';

export const roles = ['admin', 'member', 'viewer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid email address.' }));
export const passwordSchema = z
  .string()
  .min(10, { message: 'Use at least 10 characters for the password.' })
  .max(200, { message: 'Use at most 200 characters for the password.' });

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: roleSchema,
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const createUserInputSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().max(100).optional(),
  role: roleSchema,
});
export const updateUserInputSchema = z.object({ role: roleSchema });

export const userListSchema = listSchema(userSchema);
