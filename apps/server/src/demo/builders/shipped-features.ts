import { addDays, addHours, startOfUtcDay } from '../../lib/utc-dates';
import { shippedSpecs } from '../catalogue/shipped-features';
import type { DemoShippedFeature } from '../demo-rows';
import type { DemoOptions } from '../options';

/** Release notes are workspace-wide, not per account: the same ~15 features whatever the size. */
export function generateShippedFeatures(options: Pick<DemoOptions, 'now'>): DemoShippedFeature[] {
  const today = startOfUtcDay(options.now);
  return shippedSpecs.map((spec, k) => {
    const shippedAt = addHours(addDays(today, -spec.daysAgo), 17);
    switch (spec.provider) {
      case 'github':
        return {
          provider: spec.provider,
          externalId: String(148_290_000 + k * 7_919),
          title: spec.title,
          description: spec.description,
          url: `https://github.com/piedpiper/middle-out/releases/tag/${spec.version ?? spec.slug}`,
          shippedAt,
        };
      case 'rss':
        return {
          provider: spec.provider,
          externalId: `https://piedpiper.com/changelog/${spec.slug}`,
          title: spec.title,
          description: spec.description,
          url: `https://piedpiper.com/changelog/${spec.slug}`,
          shippedAt,
        };
      case 'manual':
        return {
          provider: spec.provider,
          externalId: `manual-${spec.slug}`,
          title: spec.title,
          description: spec.description,
          url: null,
          shippedAt,
        };
    }
  });
}
