import { inject } from 'vitest';
import { admin } from './constants';

export type ApiResponse = { status: number; body: unknown; retryAfter: string | null };

/** A tiny HTTP client with its own cookie, for arranging state the way a test needs it. */
export class ApiSession {
  private cookie: string | null = null;

  constructor(readonly baseUrl: string = inject('baseUrl')) {}

  async request(method: string, path: string, body?: unknown): Promise<ApiResponse> {
    // The app's anti-CSRF header: bodiless writes with a cookie are refused without it.
    const headers: Record<string, string> = { accept: 'application/json', 'x-requested-with': 'fetch' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookies = response.headers.getSetCookie();
    const session = setCookies.map((c) => c.split(';')[0]).find((c) => c?.startsWith('success_session='));
    if (session) this.cookie = session;
    const text = await response.text();
    let parsed: unknown = null;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: response.status, body: parsed, retryAfter: response.headers.get('retry-after') };
  }

  async expectOk(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await this.request(method, path, body);
    if (response.status >= 300) {
      throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    return response.body;
  }

  /** The session cookie ("success_session=…"), to hand to a browser context without another sign-in. */
  get sessionCookie(): { name: string; value: string } | null {
    if (!this.cookie) return null;
    const index = this.cookie.indexOf('=');
    return { name: this.cookie.slice(0, index), value: this.cookie.slice(index + 1) };
  }

  /**
   * Signs in through the API. Sign-in is rate limited per IP and the whole suite signs in from
   * 127.0.0.1, so a 429 waits out the window (Retry-After) instead of failing the file.
   */
  async signIn(email: string, password: string): Promise<void> {
    const deadline = Date.now() + 75_000;
    for (;;) {
      const response = await this.request('POST', '/v3/rest/auth/login', { email, password });
      if (response.status < 300) return;
      if (response.status !== 429 || Date.now() > deadline) {
        throw new Error(`POST /v3/rest/auth/login answered ${response.status}: ${JSON.stringify(response.body)}`);
      }
      const seconds = Number(response.retryAfter ?? '5');
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(Math.max(Number.isFinite(seconds) ? seconds : 5, 1), 30) * 1000),
      );
    }
  }
}

function isSetupRequired(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'isSetupRequired' in body && body.isSetupRequired === true;
}

/** Creates the shared workspace unless a previous file (or the first-run UI test) already did. */
export async function ensureWorkspace(): Promise<ApiSession> {
  const session = new ApiSession();
  const status = await session.expectOk('GET', '/v3/rest/setup');
  if (isSetupRequired(status)) {
    await session.expectOk('POST', '/v3/rest/setup', {
      workspaceName: admin.workspaceName,
      email: admin.email,
      password: admin.password,
    });
  } else {
    await session.signIn(admin.email, admin.password);
  }
  return session;
}

export async function setSuccessFlag(session: ApiSession, isEnabled: boolean): Promise<void> {
  await session.expectOk('PUT', '/v3/rest/feature-flags/success', { isEnabled });
}

export async function setDemoMode(session: ApiSession, isEnabled: boolean): Promise<void> {
  await session.expectOk('PUT', '/v3/rest/demo', { isEnabled });
}

/**
 * The admin's session on a workspace with Success on and a freshly loaded demo (turned off and on
 * again), so no route, tracking or ignore change from an earlier file or run is left.
 */
export async function startFreshDemo(): Promise<ApiSession> {
  const session = await ensureWorkspace();
  await setSuccessFlag(session, true);
  await setDemoMode(session, false);
  await setDemoMode(session, true);
  return session;
}

/** Creates a user (or leaves an existing one) and returns their credentials. */
export async function ensureUser(
  session: ApiSession,
  user: { email: string; password: string; name: string; role: 'admin' | 'member' | 'viewer' },
): Promise<typeof user> {
  const response = await session.request('POST', '/v3/rest/users', user);
  if (response.status >= 300 && response.status !== 409) {
    throw new Error(`Could not create ${user.email}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return user;
}
