import { actionId } from '../domain/action-id.js';
import type { Question } from '../domain/question.js';
import type { QuestionMessage } from '../domain/question-message.js';
import { DomainError } from '../errors/domain-error.js';
import { type Catalogue, translate } from '../i18n/translate.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';
import { cleanText } from '../rules/text.js';
import { questionPreview } from './ask-question-follow-up.js';
import { type NotifyResult, notifyMember } from './notify-member.js';

const texts = {
  title: { en: '{name} replied on their question', 'zh-CN': '{name} 在提问下回复了' },
  question: { en: 'The question', 'zh-CN': '原提问' },
  reply: { en: 'Reply', 'zh-CN': '回复' },
  answer: { en: 'Answer', 'zh-CN': '回答' },
} as const satisfies Catalogue;

/**
 * The member writes under their own question: a reply to a coach's follow-up, or a follow-up of their own after the
 * answer. Without `questionId` (a message typed in the bot conversation), it goes to the question whose follow-up
 * waits for them, the latest one, else their latest answered (unresolved) question; `question.no_follow_up` when
 * there is neither. The question goes back to waiting for a
 * coach (an answered one returns to the coach who has it), and that coach is told once. Refused on a closed
 * question. Like resolving, it needs no current membership: it is the member's own question.
 */
export async function replyToQuestion(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members' | 'questionMessages' | 'questions'> &
    Pick<Ports, 'clock' | 'ids' | 'messenger'>,
  input: { readonly actor: Actor; readonly questionId?: string | null; readonly body: string },
): Promise<{ question: Question; message: QuestionMessage; delivery: NotifyResult | null }> {
  const memberId = actorId(input.actor);
  if (!memberId || input.actor.kind !== 'member') throw new DomainError('auth.forbidden');
  const communityId = input.actor.communityId;
  const body = cleanText(input.body, 'reply', 4000, { required: true });
  const now = deps.clock.now();
  const { question, message, author } = await deps.uow.run(async (repos) => {
    let before: Question | null;
    if (input.questionId) {
      before = await repos.questions.get(communityId, input.questionId);
      if (!before) throw new DomainError('question.not_found', { questionId: input.questionId });
      if (before.memberId !== memberId) throw new DomainError('question.not_yours');
    } else {
      // One member's own questions: a handful, never the club. A coach's waiting follow-up first; else the answer
      // the member just got by DM (answered, not yet resolved): writing back under it is a follow-up of their own.
      const mine = await repos.questions.listForMember(communityId, memberId);
      before =
        mine
          .filter((q) => q.status !== 'closed' && q.awaitingMemberSince)
          .sort((a, b) => (b.awaitingMemberSince?.getTime() ?? 0) - (a.awaitingMemberSince?.getTime() ?? 0))[0] ??
        mine
          .filter((q) => q.status === 'answered')
          .sort((a, b) => (b.answeredAt?.getTime() ?? 0) - (a.answeredAt?.getTime() ?? 0))[0] ??
        null;
      if (!before) throw new DomainError('question.no_follow_up');
    }
    if (before.status === 'closed') throw new DomainError('question.closed');
    const owner = before.claimedBy ?? before.answeredBy;
    const after: Question = {
      ...before,
      status: before.status === 'answered' ? 'claimed' : before.status,
      claimedBy: owner,
      awaitingMemberSince: null,
    };
    const message: QuestionMessage = {
      id: deps.ids.id(),
      communityId,
      questionId: before.id,
      from: 'member',
      authorId: memberId,
      body,
      createdAt: now,
    };
    await repos.questions.update(after);
    await repos.questionMessages.add(message);
    return { question: after, message, author: await repos.members.get(communityId, memberId) };
  });
  const coach = question.claimedBy;
  if (!coach) return { question, message, delivery: null };
  const preview = questionPreview(question.body);
  const name = author?.displayName ?? '';
  const delivery = await notifyMember(deps, {
    communityId,
    memberId: coach,
    key: `question-reply:${message.id}`,
    kind: 'question.member_reply',
    message: ({ locale }) => ({
      title: translate(texts, locale, 'title', { name }),
      text: body,
      fields: [{ name: translate(texts, locale, 'question'), value: preview }],
      buttons: [
        { action: actionId('answer', 'followUp', question.id), label: translate(texts, locale, 'reply') },
        ...(question.answer
          ? []
          : [
              {
                action: actionId('answer', 'open', question.id),
                label: translate(texts, locale, 'answer'),
                style: 'primary' as const,
              },
            ]),
      ],
    }),
  }).catch(
    // The message is saved and shown in /questions and the panel either way; a platform outage is not an error.
    (error: unknown): NotifyResult => ({
      key: `question-reply:${message.id}`,
      status: 'failed',
      delivered: 0,
      error: error instanceof Error ? error.message : String(error),
    }),
  );
  return { question, message, delivery };
}
