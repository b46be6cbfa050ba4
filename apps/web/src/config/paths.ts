import type { Section } from '@success/shared/sections';

/** Every link in the app is built from here, so a route rename is one edit. */
export const paths = {
  home: { path: '/' },
  setup: { path: '/setup' },
  login: { path: '/login' },
  unlock: { path: '/success-unlock' },
  success: {
    root: { path: '/success' },
    health: { path: '/success/health' },
    convert: { path: '/success/convert' },
    contracts: { path: '/success/contracts' },
    pipeline: { path: '/success/pipeline' },
    reEngage: { path: '/success/re-engage' },
    closeTheLoop: { path: '/success/close-the-loop' },
    releases: { path: '/success/releases' },
    customer: {
      path: '/success/customers/$companyDomain',
      getHref: (companyDomain: string) => `/success/customers/${encodeURIComponent(companyDomain)}`,
    },
  },
  settings: {
    root: { path: '/settings' },
    integrations: { path: '/settings/integrations' },
  },
} as const;

export type SectionPath =
  | typeof paths.success.health.path
  | typeof paths.success.convert.path
  | typeof paths.success.contracts.path
  | typeof paths.success.pipeline.path
  | typeof paths.success.reEngage.path
  | typeof paths.success.closeTheLoop.path;

export const sectionPaths: Record<Section, SectionPath> = {
  health: paths.success.health.path,
  convert: paths.success.convert.path,
  contracts: paths.success.contracts.path,
  pipeline: paths.success.pipeline.path,
  're-engage': paths.success.reEngage.path,
  'close-the-loop': paths.success.closeTheLoop.path,
};
