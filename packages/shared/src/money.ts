/** Money on the wire: integer minor units with an ISO 4217 currency code. */
import { z } from 'zod';

export const moneySchema = z.object({ amount: z.number().int(), currency: z.string().length(3) });
export type Money = z.infer<typeof moneySchema>;
