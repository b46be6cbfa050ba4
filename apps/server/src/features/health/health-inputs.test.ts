import { describe, expectTypeOf, it } from 'vitest';
import type { revenueSources, signalTypes } from '../../db/schema';
import type { BillingProvider, SignalType } from '../../engines/health/inputs';

describe('health inputs', () => {
  it('keeps the signal types and billing providers in step with the canonical tables', () => {
    expectTypeOf<SignalType>().toEqualTypeOf<(typeof signalTypes)[number]>();
    expectTypeOf<BillingProvider>().toEqualTypeOf<(typeof revenueSources.$inferSelect)['provider']>();
  });
});
