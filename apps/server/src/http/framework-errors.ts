import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '../lib/errors';
import { problemDocument, sendProblem } from './problem';

/**
 * Errors raised before a request reaches a route (a malformed URL, a request Node cannot parse)
 * bypass the error handler; these answer them as application/problem+json like every other error.
 */

/** Longer addresses answer 414; common proxies refuse about the same (nginx: 8 KB). */
export const maxUrlLength = 8 * 1024;

/** Fastify's `frameworkErrors` option: a URL that cannot be decoded (`/integrations/%`). */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const detail =
    error.code === 'FST_ERR_BAD_URL'
      ? 'The address is not a valid URL (a % must start an escape such as %20).'
      : 'The request could not be routed.';
  // The reply is sent here; Fastify expects nothing back from this handler.
  void sendProblem(reply, request, 'bad_request', detail);
}

/** An onRequest hook: an address over `maxUrlLength` answers 414 before any work is done. */
export async function refuseLongUrl(request: FastifyRequest, reply: FastifyReply) {
  if (request.url.length <= maxUrlLength) return;
  await sendProblem(
    reply,
    request,
    'uri_too_long',
    `The address is ${request.url.length} characters long; the limit is ${maxUrlLength}.`,
  );
}

function clientErrorCode(error: NodeJS.ErrnoException): { code: ErrorCode; detail: string } {
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return { code: 'headers_too_large', detail: 'The request line and headers are larger than the server accepts.' };
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return { code: 'request_timeout', detail: 'The request did not arrive in time.' };
  return { code: 'bad_request', detail: 'The request is not valid HTTP.' };
}

/**
 * Fastify's `clientErrorHandler` option: Node could not parse the request (headers over its
 * limit, broken HTTP), so there is no request object; the answer is written to the socket.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { code, detail } = clientErrorCode(error);
  const problem = problemDocument(code, detail, '/');
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? 'Error'}\r\n` +
        `Content-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
