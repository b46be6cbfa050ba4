import type { Role } from '@success/shared/users';

/** Who is calling, resolved once per request from the session cookie or the bearer token. */
export type Actor = {
  userId: string;
  email: string;
  role: Role;
  /** The workspace the user belongs to: settings, members, flags and tokens live here. */
  workspaceId: string;
  /** Where business data is read and written: the demo shadow while demo mode is on. */
  dataWorkspaceId: string;
  isDemo: boolean;
  via: 'session' | 'token';
};
