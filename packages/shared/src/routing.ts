/**
 * The route-accounts model (seeds/settings-and-data.md): which section may send an account to
 * which. Pure rules shared by the API (which refuses anything else and names the allowed
 * targets) and the web app (which only offers allowed moves).
 */
import type { Section } from './api';

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

export const sectionLabels: Record<Section, string> = {
  health: 'Health',
  convert: 'Convert',
  contracts: 'Contracts',
  pipeline: 'Pipeline',
  're-engage': 'Re-engage',
  'close-the-loop': 'Close the Loop',
};
