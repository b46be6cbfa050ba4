/** A small fetch wrapper that keeps the session cookie like a browser would. */
export type TestResponse = { status: number; contentType: string; body: unknown; headers: Headers };

export class TestClient {
  private cookie: string | undefined;
  private bearer: string | undefined;

  constructor(private readonly baseUrl: string) {}

  withToken(token: string): TestClient {
    const client = new TestClient(this.baseUrl);
    client.bearer = token;
    return client;
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    init?: { rawBody?: string; contentType?: string },
  ): Promise<TestResponse> {
    // Like the web app: state-changing calls carry the anti-CSRF header even without a body.
    const headers: Record<string, string> = { 'x-requested-with': 'fetch' };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const payload = init?.rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
    if (payload !== undefined) headers['content-type'] = init?.contentType ?? 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const contentType = response.headers.get('content-type') ?? '';
    const text = await response.text();
    return {
      status: response.status,
      contentType,
      body: text && contentType.includes('json') ? JSON.parse(text) : text,
      headers: response.headers,
    };
  }

  get(path: string) {
    return this.request('GET', path);
  }
  post(path: string, body?: unknown) {
    return this.request('POST', path, body ?? {});
  }
  put(path: string, body: unknown) {
    return this.request('PUT', path, body);
  }
  patch(path: string, body: unknown) {
    return this.request('PATCH', path, body);
  }
  delete(path: string) {
    return this.request('DELETE', path);
  }
}
