import { type CaseKind, type CaseStatus, type ModerationCase, WAITING_CASE_STATUSES } from '../domain/moderation.js';
import { DomainError } from '../errors/domain-error.js';
import type { CaseQuery } from '../ports/moderation.repository.js';
import { type Page, pageRequest } from '../ports/page.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { decodeCursor, encodeCursor } from '../rules/keyset-cursor.js';
import { cleanId } from '../rules/text.js';

/** The panel's filters: one status, `waiting` (open, escalated or appealed), or all. */
export const CASE_FILTERS = ['waiting', 'open', 'escalated', 'appealed', 'upheld', 'dismissed'] as const;
export type CaseFilter = (typeof CASE_FILTERS)[number];
export const CASE_KINDS: readonly CaseKind[] = ['advertising', 'flooding', 'report', 'other'];

/**
 * The club's moderation cases, newest first, by status, kind or member. `after` (the previous page's `nextCursor`)
 * pages by keyset, so a deep page costs what the first does. Moderators only.
 */
export async function listModerationCases(
  deps: Pick<Ports, 'moderation'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly status?: CaseFilter | null;
    readonly kind?: CaseKind | null;
    readonly memberId?: string | null;
    readonly limit?: number;
    readonly offset?: number;
    readonly after?: string | null;
  },
): Promise<Page<ModerationCase> & { readonly nextCursor: string | null }> {
  requireRole(input.actor, input.communityId, ['moderator']);
  if (input.status && !(CASE_FILTERS as readonly string[]).includes(input.status)) {
    throw new DomainError('validation.invalid', { field: 'status', reason: CASE_FILTERS.join(' | ') });
  }
  if (input.kind && !CASE_KINDS.includes(input.kind)) {
    throw new DomainError('validation.invalid', { field: 'kind', reason: CASE_KINDS.join(' | ') });
  }
  const memberId = cleanId(input.memberId, 'memberId');
  const statuses: readonly CaseStatus[] | undefined =
    input.status === 'waiting' ? WAITING_CASE_STATUSES : input.status ? [input.status] : undefined;
  const query: CaseQuery = {
    ...(statuses ? { statuses } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(memberId ? { memberId } : {}),
  };
  const after = input.after ? decodeCursor(input.after) : null;
  const page = pageRequest(input.limit, after ? 0 : input.offset);
  const found = await deps.moderation.page(input.communityId, query, page, after);
  const last = found.items.at(-1);
  return {
    ...found,
    nextCursor: last && found.items.length === page.limit ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
