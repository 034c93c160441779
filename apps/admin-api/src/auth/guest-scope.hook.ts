import { DomainError, isGuestOnly } from '@snowball/core';
import type { FastifyRequest } from 'fastify';
import type { Endpoint } from '../contract/endpoints.contract.js';
import { requireSession } from './require-session.js';

/**
 * What a guest expert's session may reach: their session, and the questions routed to them. Every use case
 * checks its own roles too; this keeps any route that forgets (or a future one) closed to guests by default.
 */
export const GUEST_ENDPOINTS: ReadonlySet<Endpoint> = new Set<Endpoint>([
  'GET /session',
  'POST /session/sign-out',
  'GET /questions',
  'POST /questions/:id/answer',
  'POST /questions/:id/follow-up',
]);

/** preValidation, after the session check: a guest-only session gets 403 anywhere else, before any validation. */
export async function guestsOnlyWhereAllowed(request: FastifyRequest): Promise<void> {
  const { actor } = await requireSession(request);
  if (!isGuestOnly(actor)) return;
  const path = (request.routeOptions.url ?? '').replace(/^\/api(?=\/)/, '');
  if (!GUEST_ENDPOINTS.has(`${request.method} ${path}` as Endpoint)) throw new DomainError('auth.staff_only');
}
