import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './problem';

/**
 * Cross-site request forgery: a form on another site (or another port of the same host) can POST
 * with the user's cookie, but only as text/plain, urlencoded or multipart, without custom headers.
 * So a state-changing request that a cookie could authenticate must be JSON or carry this header
 * (either forces a CORS preflight, which this API never grants), and a browser's Origin must be ours.
 */
export const csrfHeader = 'x-requested-with';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Origin "http://host:port" names this server when its host:port is the one the request was sent to. */
function isSameOrigin(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * An onRequest hook for the API scope. Exempt: safe methods, bearer-token calls (a browser cannot add
 * an Authorization header across origins without a preflight) and webhooks (verified by signature).
 */
export function refuseCrossSiteRequests(isExempt: (request: FastifyRequest) => boolean) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!stateChanging.has(request.method) || isExempt(request)) return;
    if (request.headers.authorization) return;
    const origin = request.headers.origin;
    if (origin !== undefined && !isSameOrigin(origin, request.host)) {
      await sendProblem(reply, request, 'forbidden', `Requests from ${origin} are not accepted; use the app itself.`);
      return;
    }
    if (!isJson(request.headers['content-type']) && request.headers[csrfHeader] === undefined) {
      await sendProblem(
        reply,
        request,
        'forbidden',
        `A ${request.method} must send Content-Type: application/json or an X-Requested-With header.`,
      );
    }
  };
}
