import type { Question } from '../domain/question.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId, isGuestOnly, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { cleanText } from '../rules/text.js';

/**
 * A coach answers; the answer counts as the coach's contribution. Any coach may answer a question another
 * coach claimed (the claim stays on record, `answeredBy` says who answered). A guest expert may answer only the
 * questions routed to them, and their answer counts as their contribution. Delivering it is the caller's job.
 */
export async function answerQuestion(
  deps: Uow<'audit' | 'contributions' | 'questions'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly questionId: string; readonly answer: string },
): Promise<Question> {
  requireRole(input.actor, input.communityId, ['coach', 'guest']);
  const answer = cleanText(input.answer, 'answer', 4000, { required: true });
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const before = await repos.questions.get(input.communityId, input.questionId);
    if (!before) throw new DomainError('question.not_found', { questionId: input.questionId });
    // A guest learns nothing about questions not routed to them, not even that they exist.
    if (isGuestOnly(input.actor) && before.claimedBy !== actorId(input.actor)) {
      throw new DomainError('question.not_found', { questionId: input.questionId });
    }
    if (before.status === 'answered') throw new DomainError('question.already_answered');
    if (before.status === 'closed') throw new DomainError('question.closed');
    // Once answered, the conversation goes on as follow-ups (askQuestionFollowUp), even after the member wrote back.
    if (before.answer !== null) throw new DomainError('question.already_answered');
    const by = actorId(input.actor);
    const after: Question = {
      ...before,
      status: 'answered',
      answer,
      answeredBy: by,
      answeredAt: now,
      awaitingMemberSince: null,
    };
    await repos.questions.update(after);
    if (by) {
      await repos.contributions.record({
        id: deps.ids.id(),
        communityId: input.communityId,
        memberId: by,
        kind: 'answer',
        sourceId: after.id,
        points: 1,
        at: now,
      });
    }
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'question.answer',
      targetType: 'question',
      targetId: after.id,
      before: { status: before.status, claimedBy: before.claimedBy },
      after: { status: after.status, answeredBy: by },
    });
    return after;
  });
}
