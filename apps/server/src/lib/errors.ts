/**
 * The one error type services throw. The closed list of codes maps to HTTP statuses in one table;
 * the HTTP layer renders them as application/problem+json. Services never import the framework.
 */
export const errorStatus = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  feature_disabled: 403,
  not_found: 404,
  request_timeout: 408,
  conflict: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  headers_too_large: 431,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export const errorTitle: Record<ErrorCode, string> = {
  bad_request: 'Bad request',
  validation_failed: 'Invalid input',
  unauthenticated: 'Sign in required',
  forbidden: 'Not allowed',
  feature_disabled: 'Feature not enabled',
  not_found: 'Not found',
  request_timeout: 'Request timeout',
  conflict: 'Conflict',
  payload_too_large: 'Request body too large',
  uri_too_long: 'Address too long',
  unsupported_media_type: 'Unsupported content type',
  unprocessable: 'Cannot be done',
  rate_limited: 'Too many requests',
  headers_too_large: 'Request headers too large',
  internal: 'Internal error',
};

export type FieldError = { path: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly errors: FieldError[] | undefined;

  constructor(code: ErrorCode, detail: string, errors?: FieldError[]) {
    super(detail);
    this.name = 'AppError';
    this.code = code;
    this.detail = detail;
    this.errors = errors;
  }
}
