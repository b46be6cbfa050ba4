import type { FastifyRequest } from 'fastify';
import type { Actor } from '../features/auth/actor';
import { AppError } from '../lib/errors';

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor)
    throw new AppError('unauthenticated', 'Sign in, or send an API token as "Authorization: Bearer <token>".');
  return request.actor;
}

/** Viewers read; members and admins write. */
export function requireWriter(request: FastifyRequest): Actor {
  const actor = requireActor(request);
  if (actor.role === 'viewer')
    throw new AppError('forbidden', 'Viewers can read but not change anything. Ask an admin for the member role.');
  return actor;
}

export function requireAdmin(request: FastifyRequest): Actor {
  const actor = requireActor(request);
  if (actor.role !== 'admin') throw new AppError('forbidden', 'Only workspace admins can do this.');
  return actor;
}
