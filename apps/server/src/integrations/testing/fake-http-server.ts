import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/** The part every provider fake shares: a loopback HTTP server on a free port. */
export type FakeHttpServer = { baseUrl: string; close: () => Promise<void> };

export async function listenFake(
  name: string,
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  onError: (res: ServerResponse, error: unknown) => void = (res) => res.destroy(),
): Promise<FakeHttpServer> {
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => onError(res, error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error(`The ${name} fake did not get a TCP port.`);
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Sends JSON with a Content-Length. `dropMidway` sends the headers and half the body, then
 * destroys the socket: the "connection dropped mid-page" fault.
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  dropMidway = false,
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  if (dropMidway) {
    res.write(text.slice(0, Math.floor(text.length / 2)));
    setImmediate(() => res.socket?.destroy());
    return;
  }
  res.end(text);
}

/** The faults a test can inject into any provider fake. */
export type FakeFaults = {
  /** The next `times` requests answer 429 (with Retry-After when `retryAfterSeconds` is set). */
  rateLimit: { times: number; retryAfterSeconds: number | null } | null;
  /** The next n requests answer 500. */
  serverErrors: number;
  /** Every response waits this many milliseconds first. */
  slowMs: number;
  /** The record with this id is served corrupted. */
  malformedId: string | null;
  /** The next n successful responses are cut off halfway through the body. */
  dropConnections: number;
};
