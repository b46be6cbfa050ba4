import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../lib/errors';
import { sendProblem } from './problem';

/**
 * Text the database cannot store or that no person types: NUL (PostgreSQL refuses it in text and
 * jsonb) and the other C0 controls and DEL. Tab, line feed and carriage return are ordinary text.
 */
// eslint-disable-next-line no-control-regex
const forbiddenControl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function describeControl(text: string): string {
  const found = forbiddenControl.exec(text)?.[0] ?? '';
  const codePoint = found.codePointAt(0) ?? 0;
  return `contains the control character U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}, which is not allowed in text`;
}

/**
 * Every string (and every object key) in a parsed input, with its path; iterative so that deeply
 * nested JSON cannot exhaust the stack. Stops at the first few findings.
 */
export function findControlCharacters(input: unknown, root: string, limit = 5): FieldError[] {
  const found: FieldError[] = [];
  const pending: Array<{ value: unknown; path: string }> = [{ value: input, path: root }];
  while (pending.length > 0 && found.length < limit) {
    const { value, path } = pending.pop() ?? { value: undefined, path: root };
    if (typeof value === 'string') {
      if (forbiddenControl.test(value)) found.push({ path, message: describeControl(value) });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, path: `${path}.${index}` }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (forbiddenControl.test(key)) found.push({ path: `${path}.${key}`, message: describeControl(key) });
        pending.push({ value: item, path: `${path}.${key}` });
      }
    }
  }
  return found;
}

/**
 * A preValidation hook: query, path parameters and JSON bodies are refused with 400 when any text
 * in them carries a control character, once for every route, before a schema or the database sees it.
 * Raw bodies (webhooks, verified by signature over the exact bytes) are left to their route.
 */
export async function refuseControlCharacters(request: FastifyRequest, reply: FastifyReply) {
  const errors = [
    ...findControlCharacters(request.params, 'params'),
    ...findControlCharacters(request.query, 'querystring'),
    ...(typeof request.body === 'string' ? [] : findControlCharacters(request.body, 'body')),
  ];
  if (errors.length === 0) return;
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  await sendProblem(reply, request, 'validation_failed', detail, errors);
}
