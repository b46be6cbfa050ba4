/** Workspace feature flags an admin turns on and off. */
import { z } from 'zod';

export const featureFlagKeys = ['success'] as const;
export const featureFlagKeySchema = z.enum(featureFlagKeys);
export const setFlagInputSchema = z.object({ isEnabled: z.boolean() });
