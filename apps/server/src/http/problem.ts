import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, errorStatus, errorTitle, type ErrorCode, type FieldError } from '../lib/errors';

type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance: string;
  errors?: FieldError[];
};

export function problemDocument(code: ErrorCode, detail: string, instance: string, errors?: FieldError[]): Problem {
  return {
    type: `https://success.dev/problems/${code.replaceAll('_', '-')}`,
    title: errorTitle[code],
    status: errorStatus[code],
    detail,
    code,
    instance,
    ...(errors ? { errors } : {}),
  };
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  detail: string,
  errors?: FieldError[],
) {
  const problem = problemDocument(code, detail, request.url.split('?')[0] ?? request.url, errors);
  return reply.status(problem.status).type('application/problem+json').serializer(JSON.stringify).send(problem);
}

/** Framework statuses (content type, body size, malformed JSON) with the code that answers each. */
const codeForStatus: Partial<Record<number, ErrorCode>> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  431: 'headers_too_large',
};

function describeField(path: string, message: string): string {
  return path ? `${path}: ${message}` : message;
}

/** The one place errors become HTTP responses; nothing else formats an error body. */
export function handleError(error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return sendProblem(reply, request, error.code, error.detail, error.errors);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      message: issue.message ?? 'is invalid',
    }));
    const detail = errors.map((e) => describeField(e.path, e.message)).join('; ');
    return sendProblem(reply, request, 'validation_failed', detail, errors);
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error }, 'response did not match its schema');
    return sendProblem(reply, request, 'internal', 'The server produced an invalid response. It has been logged.');
  }
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status === 429)
    return sendProblem(reply, request, 'rate_limited', 'Too many requests. Wait a minute and try again.');
  if (status >= 400 && status < 500) {
    // Framework errors (malformed JSON, wrong content type, body too large) carry a usable message.
    return sendProblem(reply, request, codeForStatus[status] ?? 'bad_request', error.message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, request, 'internal', 'Something went wrong on the server. It has been logged.');
}
