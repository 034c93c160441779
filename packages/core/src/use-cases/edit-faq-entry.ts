import type { FaqEntry } from '../domain/faq.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { cleanText } from '../rules/text.js';

/** Staff edit an FAQ entry's question and answer, or remove it (`remove: true`); both are audited. */
export async function editFaqEntry(
  deps: Uow<'audit' | 'faq' | 'questions'> & Pick<Ports, 'clock' | 'ids'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly entryId: string;
    readonly question?: string;
    readonly answer?: string;
    readonly remove?: boolean;
  },
): Promise<FaqEntry | null> {
  requireRole(input.actor, input.communityId, ['coach', 'moderator']);
  const question =
    input.question === undefined ? undefined : cleanText(input.question, 'question', 4000, { required: true });
  const answer = input.answer === undefined ? undefined : cleanText(input.answer, 'answer', 4000, { required: true });
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const before = await repos.faq.get(input.communityId, input.entryId);
    if (!before) throw new DomainError('faq.not_found', { entryId: input.entryId });
    if (input.remove) {
      await repos.faq.remove(before.communityId, before.id);
      const source = before.questionId ? await repos.questions.get(before.communityId, before.questionId) : null;
      if (source) await repos.questions.update({ ...source, faq: false });
      await writeAudit(repos, deps, {
        actor: input.actor,
        action: 'faq.remove',
        targetType: 'faq',
        targetId: before.id,
        before: { question: before.question },
        after: null,
      });
      return null;
    }
    const after: FaqEntry = {
      ...before,
      question: question ?? before.question,
      answer: answer ?? before.answer,
      updatedAt: now,
    };
    await repos.faq.update(after);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'faq.edit',
      targetType: 'faq',
      targetId: after.id,
      before: { question: before.question, answer: before.answer },
      after: { question: after.question, answer: after.answer },
    });
    return after;
  });
}
