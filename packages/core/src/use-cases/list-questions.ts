import type { Question, QuestionStatus } from '../domain/question.js';
import type { Page } from '../ports/page.js';
import { pageRequest } from '../ports/page.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';

/** The coaches' queue: questions by status, oldest first. */
export async function listQuestions(
  deps: Pick<Ports, 'questions'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly status?: QuestionStatus | null;
    readonly limit?: number;
    readonly offset?: number;
  },
): Promise<Page<Question>> {
  requireRole(input.actor, input.communityId, ['coach', 'moderator']);
  return deps.questions.list(input.communityId, input.status ?? null, pageRequest(input.limit, input.offset));
}
