import { type Problem, problemSchema } from '@success/shared/problem';
import type { z } from 'zod';

/** Error thrown for every non-2xx response; carries the RFC 9457 problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly type: string;
  readonly errors: Problem['errors'];

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.errors = problem.errors;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A readable sentence for any thrown value; never a stack trace or "[object Object]". */
export function getErrorMessage(error: unknown): string {
  if (isApiError(error)) {
    const fieldErrors = error.errors?.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)) ?? [];
    const detail = error.detail || error.title || `Request failed (${error.status}).`;
    return fieldErrors.length > 0 && !fieldErrors.every((f) => detail.includes(f))
      ? `${detail} ${fieldErrors.join('; ')}`
      : detail;
  }
  if (error instanceof TypeError) return 'Could not reach the server. Check your connection and try again.';
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong. Please try again.';
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type RequestOptions = {
  method?: Method;
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined>;
  signal?: AbortSignal;
};

function buildUrl(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function toApiError(response: Response): Promise<ApiError> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || 'Request failed',
    status: response.status,
    detail: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    code: `http_${response.status}`,
  };
  const text = await response.text().catch(() => '');
  if (!text) return new ApiError(fallback);
  try {
    const json: unknown = JSON.parse(text);
    const parsed = problemSchema.safeParse(json);
    if (parsed.success) return new ApiError(parsed.data);
    // Tolerate a partial problem document (for instance a framework error without `code`).
    const partial = problemSchema.partial().safeParse(json);
    if (partial.success) {
      return new ApiError({
        ...fallback,
        ...Object.fromEntries(Object.entries(partial.data).filter(([, v]) => v !== undefined)),
        detail: partial.data.detail ?? partial.data.title ?? fallback.detail,
      });
    }
  } catch {
    // Not JSON: fall through to the generic problem.
  }
  return new ApiError(fallback);
}

/**
 * Calls the REST API and validates the JSON answer against `schema`.
 * Pass `schema: null` for endpoints that answer 204 / no body.
 */
export async function apiRequest<T extends z.ZodType>(
  path: string,
  schema: T,
  options?: RequestOptions,
): Promise<z.infer<T>>;
export async function apiRequest(path: string, schema: null, options?: RequestOptions): Promise<void>;
export async function apiRequest<T extends z.ZodType>(
  path: string,
  schema: T | null,
  { method = 'GET', body, query, signal }: RequestOptions = {},
): Promise<z.infer<T> | void> {
  // X-Requested-With marks the call as the app's own: the server refuses cookie-authenticated writes
  // without it (or a JSON body), which a cross-site form cannot send.
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'X-Requested-With': 'fetch',
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(buildUrl(path, query), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'include',
    signal,
  });
  if (!response.ok) throw await toApiError(response);
  if (schema === null) return;
  const json: unknown = response.status === 204 ? null : await response.json();
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError({
      type: 'about:blank',
      title: 'Unexpected response',
      status: response.status,
      detail: `The server sent a response this version of the app does not understand (${method} ${path}).`,
      code: 'invalid_response',
    });
  }
  return parsed.data;
}

export const api = {
  get: <T extends z.ZodType>(path: string, schema: T, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest(path, schema, { ...options, method: 'GET' }),
  post: <T extends z.ZodType>(path: string, schema: T, body?: unknown) =>
    apiRequest(path, schema, { method: 'POST', body }),
  put: <T extends z.ZodType>(path: string, schema: T, body?: unknown) =>
    apiRequest(path, schema, { method: 'PUT', body }),
  patch: <T extends z.ZodType>(path: string, schema: T, body?: unknown) =>
    apiRequest(path, schema, { method: 'PATCH', body }),
  /** For endpoints whose body the caller does not need (204 or ignored JSON). */
  send: (path: string, method: Method, body?: unknown) => apiRequest(path, null, { method, body }),
};
