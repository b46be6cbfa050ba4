import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client';
import { assertSuccessEnabled } from '../features/workspace/workspace.service';

/** Whether a route's URL (with the API prefix) lies under `<prefix>/success`. */
export function isSuccessRoute(url: string | undefined, apiPrefix: string): boolean {
  const scope = `${apiPrefix}/success`;
  return url !== undefined && (url === scope || url.startsWith(`${scope}/`));
}

/**
 * Every /success API route sits behind the workspace's `success` flag, like the pages do: one
 * check for the whole scope, so a new route cannot forget it. It runs once the actor is resolved,
 * before the input is parsed; anonymous requests pass on to the handler's 401.
 */
export function gateSuccessRoutes(db: Db, apiPrefix: string) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!request.actor || !isSuccessRoute(request.routeOptions.url, apiPrefix)) return;
    await assertSuccessEnabled(db, request.actor);
  };
}
