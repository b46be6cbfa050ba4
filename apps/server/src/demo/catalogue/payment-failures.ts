/** Why a charge fails, weighted by how often processors report each reason. */
export const failureReasons = [
  ['card_declined', 5],
  ['insufficient_funds', 3],
  ['expired_card', 2],
  ['authentication_required', 1],
  ['processing_error', 1],
] as const;
