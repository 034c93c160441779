import type { FaqEntry } from '../domain/faq.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { cleanId, cleanText } from '../rules/text.js';

/**
 * Staff publish an answered question to the club FAQ, anonymised and edited (the texts they give replace the
 * member's words; nothing names the member). Only with the member's consent, once per question. Publishing counts
 * as a contribution of whoever answered it (coach or guest expert).
 */
export async function publishFaqEntry(
  deps: Uow<'audit' | 'contributions' | 'faq' | 'questions'> & Pick<Ports, 'clock' | 'ids'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly questionId: string;
    readonly question: string;
    readonly answer: string;
  },
): Promise<FaqEntry> {
  requireRole(input.actor, input.communityId, ['coach', 'moderator']);
  const questionId = cleanId(input.questionId, 'questionId');
  const question = cleanText(input.question, 'question', 4000, { required: true });
  const answer = cleanText(input.answer, 'answer', 4000, { required: true });
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const source = await repos.questions.get(input.communityId, questionId);
    if (!source) throw new DomainError('question.not_found', { questionId });
    if (!source.answer) throw new DomainError('question.not_answered');
    if (!source.faqConsent) throw new DomainError('faq.no_consent');
    const entry: FaqEntry = {
      id: deps.ids.id(),
      communityId: input.communityId,
      questionId: source.id,
      question,
      answer,
      answeredBy: source.answeredBy,
      publishedBy: actorId(input.actor),
      publishedAt: now,
      updatedAt: now,
    };
    await repos.faq.create(entry);
    await repos.questions.update({ ...source, faq: true });
    if (source.answeredBy) {
      await repos.contributions.record({
        id: deps.ids.id(),
        communityId: input.communityId,
        memberId: source.answeredBy,
        kind: 'faq',
        sourceId: entry.id,
        points: 1,
        at: now,
      });
    }
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'faq.publish',
      targetType: 'faq',
      targetId: entry.id,
      before: null,
      after: { questionId: source.id },
    });
    return entry;
  });
}
