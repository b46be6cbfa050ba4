/** Demo mode: the Pied Piper sample shown instead of the workspace's own data. */
import { z } from 'zod';

export const demoStatusSchema = z.object({ isEnabled: z.boolean(), accounts: z.number().int() });
export const setDemoInputSchema = z.object({ isEnabled: z.boolean() });
