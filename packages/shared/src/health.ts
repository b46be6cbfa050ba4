/** Health: the bands and states an account is shown in, and the Health queue's totals. */
import { z } from 'zod';
import { moneySchema } from './money';

/** A scored band. */
export const healthBandSchema = z.enum(['healthy', 'at_risk', 'critical']);
export type HealthBand = z.infer<typeof healthBandSchema>;
/**
 * What the Health queue shows for an account: a band, "Not enough data" (input coverage below the
 * workspace's minimum; scored but not banded) or churned (every paying source ended; not scored).
 */
export const healthStateSchema = z.enum(['healthy', 'at_risk', 'critical', 'not_enough_data', 'churned']);
export type HealthState = z.infer<typeof healthStateSchema>;

const perBand = <T extends z.ZodType>(value: T) =>
  z.object({ healthy: value, at_risk: value, critical: value, not_enough_data: value, unscored: value });
const perWindow = <T extends z.ZodType>(value: T) => z.object({ d30: value, d60: value, d90: value });
export const healthSummarySchema = z.object({
  currency: z.string(),
  accountsByBand: perBand(z.number().int()),
  arrByBand: perBand(moneySchema),
  /** Tracked accounts that churned (not in the bands above), and the MRR they had. */
  churned: z.object({ accounts: z.number().int(), lastMrr: moneySchema }),
  /** ARR of tracked accounts in the at-risk and critical bands. */
  arrAtRisk: moneySchema,
  renewingAccounts: perWindow(z.number().int()),
  renewingArr: perWindow(moneySchema),
});
export type HealthSummary = z.infer<typeof healthSummarySchema>;
