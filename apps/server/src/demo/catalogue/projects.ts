/** Customer projects a CSM tracks. */
export const projectTitles = [
  'Onboarding: migrate archive to middle-out v2',
  'SSO rollout',
  'Data residency migration to eu-central',
  'API key rotation and rate-limit review',
  'Export pipeline to the data warehouse',
  'Executive business review prep',
] as const;
