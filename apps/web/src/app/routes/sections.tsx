import { createRoute } from '@tanstack/react-router';
import { PreviewDemoButton } from '@/features/demo/components/preview-demo-button';
import { SectionPlaceholder } from '@/features/sections/components/section-placeholder';
import { successRoute } from './success';

export const convertRoute = createRoute({
  getParentRoute: () => successRoute,
  path: 'convert',
  component: () => <SectionPlaceholder section="convert" demoAction={<PreviewDemoButton />} />,
});

export const pipelineRoute = createRoute({
  getParentRoute: () => successRoute,
  path: 'pipeline',
  component: () => <SectionPlaceholder section="pipeline" demoAction={<PreviewDemoButton />} />,
});

export const reEngageRoute = createRoute({
  getParentRoute: () => successRoute,
  path: 're-engage',
  component: () => <SectionPlaceholder section="re-engage" demoAction={<PreviewDemoButton />} />,
});

export const closeTheLoopRoute = createRoute({
  getParentRoute: () => successRoute,
  path: 'close-the-loop',
  component: () => <SectionPlaceholder section="close-the-loop" demoAction={<PreviewDemoButton />} />,
});
