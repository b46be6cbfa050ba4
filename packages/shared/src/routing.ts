/**
 * The route-accounts model (seeds/settings-and-data.md): which section may send an account to
 * which, and the routes API. Pure rules shared by the API (which refuses anything else and names
 * the allowed targets) and the web app (which only offers allowed moves).
 */
import { z } from 'zod';
import { pageQuerySchema } from './pagination';
import { type Section, sectionSchema } from './sections';

const forwardMoves: Record<Section, readonly Section[]> = {
  health: ['convert', 'pipeline', 'contracts', 're-engage'],
  convert: ['pipeline', 're-engage'],
  contracts: ['health'],
  pipeline: ['contracts'],
  're-engage': ['pipeline'],
  // Releases / Close the Loop: a shipped feature removes a lost deal's blocker.
  'close-the-loop': ['re-engage'],
};

/** Where an account in `from` may go: the seed's moves, plus any section back to Health triage. */
export function allowedTargets(from: Section): Section[] {
  const targets = new Set<Section>(forwardMoves[from]);
  if (from !== 'health') targets.add('health');
  return [...targets];
}

export function canRoute(from: Section, to: Section): boolean {
  return allowedTargets(from).includes(to);
}

export const routeStateSchema = z.enum(['open', 'done', 'dismissed']);
export const createRouteInputSchema = z.object({
  companyDomain: z.string().trim().min(3).max(253),
  to: sectionSchema,
  /** Where the account is routed from; defaults to where its open route put it, else Health. */
  from: sectionSchema.optional(),
  reason: z.string().trim().min(1, { message: 'Say why the account moves.' }).max(2000),
});
export const routeSchema = z.object({
  id: z.string(),
  account: z.object({ id: z.string(), domain: z.string(), name: z.string() }),
  from: sectionSchema,
  to: sectionSchema,
  reason: z.string(),
  state: routeStateSchema,
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type Route = z.infer<typeof routeSchema>;
export const routeListQuerySchema = pageQuerySchema.extend({
  to: sectionSchema.optional(),
  state: routeStateSchema.optional(),
  companyDomain: z.string().trim().max(253).optional(),
});
export const resolveRouteInputSchema = z.object({ state: z.enum(['done', 'dismissed']) });
