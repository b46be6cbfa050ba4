/** The workspace every e2e file shares (created through the UI by 01-first-run, or by the API). */
export const admin = {
  workspaceName: 'Pied Piper',
  email: 'richard@piedpiper.test',
  password: 'middle-out-compression',
} as const;

export const artifactsDir = new URL('../artifacts/', import.meta.url);
