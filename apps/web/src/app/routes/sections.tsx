import { createRoute } from '@tanstack/react-router';
import { SectionPlaceholder } from '@/features/sections/components/section-placeholder';
import { successRoute } from './success';

export const convertRoute = createRoute({
  getParentRoute: () => successRoute,
  path: 'convert',
  component: () => <SectionPlaceholder section="convert" />,
});

export const pipelineRoute = createRoute({
  getParentRoute: () => successRoute,
  path: 'pipeline',
  component: () => <SectionPlaceholder section="pipeline" />,
});

export const reEngageRoute = createRoute({
  getParentRoute: () => successRoute,
  path: 're-engage',
  component: () => <SectionPlaceholder section="re-engage" />,
});

export const closeTheLoopRoute = createRoute({
  getParentRoute: () => successRoute,
  path: 'close-the-loop',
  component: () => <SectionPlaceholder section="close-the-loop" />,
});
