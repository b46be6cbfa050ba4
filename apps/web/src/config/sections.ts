import type { Section } from '@success/shared/sections';
import { sectionKeys, sectionLabels } from '@success/shared/sections';
import { ArrowRightLeft, CircleCheckBig, FileSignature, Filter, HeartPulse, RotateCcw, type LucideIcon } from 'lucide-react';
import { sectionPaths, type SectionPath } from './paths';

export type SectionNavItem = { key: Section; label: string; path: SectionPath; icon: LucideIcon };

const icons: Record<Section, LucideIcon> = {
  health: HeartPulse,
  convert: ArrowRightLeft,
  contracts: FileSignature,
  pipeline: Filter,
  're-engage': RotateCcw,
  'close-the-loop': CircleCheckBig,
};

/** The six Success sections in navigation order. */
export const sectionNavItems: SectionNavItem[] = sectionKeys.map((key) => ({
  key,
  label: sectionLabels[key],
  path: sectionPaths[key],
  icon: icons[key],
}));

export function getSectionLabel(section: Section): string {
  return sectionLabels[section];
}

export function isSection(value: unknown): value is Section {
  return typeof value === 'string' && (sectionKeys as readonly string[]).includes(value);
}
