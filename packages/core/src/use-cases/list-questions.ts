import { isQuestionOverdue, type Question, type QuestionStatus, questionDueAt } from '../domain/question.js';
import { QUESTION_THREAD_SHOWN, type QuestionMessage } from '../domain/question-message.js';
import type { Page } from '../ports/page.js';
import { pageRequest } from '../ports/page.js';
import type { Ports, Repositories, Uow } from '../ports/ports.js';
import { type Actor, actorId, isGuestOnly, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

/** A status, `waiting` (open or claimed), or `overdue`: waiting longer than the club's `questionSlaHours`. */
export const QUESTION_FILTERS = ['open', 'claimed', 'answered', 'closed', 'overdue', 'waiting'] as const;
export type QuestionFilter = (typeof QUESTION_FILTERS)[number];

/** A question in the coaches' queue, with its SLA: when it is due (null once answered or closed) and whether it is late. */
export interface QueuedQuestion extends Question {
  readonly dueAt: Date | null;
  readonly overdue: boolean;
  /** The latest follow-ups and replies under it, oldest first (absent where a view does not load them). */
  readonly thread?: readonly QuestionMessage[];
}

/** Each question with its SLA and its conversation; one waiting for the member's reply is not due from coaches. */
export async function queued(
  repos: Pick<Repositories, 'questionMessages'>,
  communityId: string,
  questions: readonly Question[],
  now: Date,
  slaHours: number,
): Promise<QueuedQuestion[]> {
  const messages =
    questions.length === 0
      ? []
      : await repos.questionMessages.listForQuestions(
          communityId,
          questions.map((q) => q.id),
          QUESTION_THREAD_SHOWN,
        );
  return questions.map((q) => ({
    ...q,
    dueAt: q.awaitingMemberSince ? null : questionDueAt(q, slaHours),
    overdue: q.awaitingMemberSince ? false : isQuestionOverdue(q, now, slaHours),
    thread: messages.filter((m) => m.questionId === q.id),
  }));
}

const HOUR_MS = 3_600_000;

/**
 * The coaches' queue: questions by status (or overdue), oldest first, each marked against the club's SLA.
 * A guest expert sees only the questions routed to them (`waiting` and `overdue` then mean open or claimed).
 */
export async function listQuestions(
  deps: Uow<'communities' | 'questionMessages' | 'questions'> & Pick<Ports, 'clock'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly status?: QuestionStatus | 'overdue' | 'waiting' | null;
    readonly limit?: number;
    readonly offset?: number;
  },
): Promise<Page<QueuedQuestion> & { readonly slaHours: number }> {
  requireRole(input.actor, input.communityId, ['coach', 'moderator', 'guest']);
  const now = deps.clock.now();
  const page = pageRequest(input.limit, input.offset);
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const slaHours = community.settings.questionSlaHours;
    const guest = isGuestOnly(input.actor) ? actorId(input.actor) : null;
    const found = guest
      ? await repos.questions.listClaimedBy(
          community.id,
          guest,
          input.status === 'waiting' || input.status === 'overdue' ? 'claimed' : (input.status ?? null),
          page,
        )
      : input.status === 'overdue'
        ? await repos.questions.listWaiting(community.id, new Date(now.getTime() - slaHours * HOUR_MS), page)
        : input.status === 'waiting'
          ? await repos.questions.listWaiting(community.id, null, page)
          : await repos.questions.list(community.id, input.status ?? null, page);
    return {
      total: found.total,
      slaHours,
      items: await queued(repos, community.id, found.items, now, slaHours),
    };
  });
}
