import { memberActionId } from '../domain/action-id.js';
import type { Question } from '../domain/question.js';
import type { QuestionMessage } from '../domain/question-message.js';
import { DomainError } from '../errors/domain-error.js';
import { type Catalogue, translate } from '../i18n/translate.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId, isGuestOnly, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { cleanText } from '../rules/text.js';
import { type NotifyResult, notifyMember } from './notify-member.js';

const texts = {
  title: { en: 'A coach has a follow-up on your question', 'zh-CN': '导师对你的提问有追问' },
  question: { en: 'You asked', 'zh-CN': '你的提问' },
  howToReply: { en: 'How to reply', 'zh-CN': '如何回复' },
  replyHint: {
    en: 'Write your reply right here in this conversation (on Slack, in this message’s thread), or press Reply.',
    'zh-CN': '直接在这个对话里回复即可（Slack 上请在这条消息的话题中回复），也可以点“回复”。',
  },
  reply: { en: 'Reply', 'zh-CN': '回复' },
} as const satisfies Catalogue;

/** The question is context in the DM; Discord embed fields hold 1024 characters. */
const QUESTION_PREVIEW = 900;

export function questionPreview(body: string): string {
  const chars = [...body];
  return chars.length > QUESTION_PREVIEW ? `${chars.slice(0, QUESTION_PREVIEW).join('')}…` : body;
}

/**
 * A coach (or the guest expert it was routed to) writes to the member under their question: a follow-up before
 * answering, or a reply to the member's follow-up after the answer. The message is kept with the question, the
 * question waits for the member (the response-time clock stops), an unclaimed question becomes the coach's, and
 * the member gets it by DM once, with a Reply button; they may also just write back in the conversation.
 */
export async function askQuestionFollowUp(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'deliveries' | 'members' | 'questionMessages' | 'questions'> &
    Pick<Ports, 'clock' | 'ids' | 'messenger'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly questionId: string; readonly body: string },
): Promise<{ question: Question; message: QuestionMessage; delivery: NotifyResult }> {
  requireRole(input.actor, input.communityId, ['coach', 'guest']);
  const body = cleanText(input.body, 'followUp', 4000, { required: true });
  const now = deps.clock.now();
  const by = actorId(input.actor);
  const { question, message } = await deps.uow.run(async (repos) => {
    const before = await repos.questions.get(input.communityId, input.questionId);
    if (!before) throw new DomainError('question.not_found', { questionId: input.questionId });
    // A guest learns nothing about questions not routed to them, not even that they exist.
    if (isGuestOnly(input.actor) && before.claimedBy !== by) {
      throw new DomainError('question.not_found', { questionId: input.questionId });
    }
    if (before.status === 'closed') throw new DomainError('question.closed');
    const after: Question = {
      ...before,
      status: before.answer ? 'answered' : 'claimed',
      claimedBy: before.claimedBy ?? by,
      awaitingMemberSince: now,
    };
    const message: QuestionMessage = {
      id: deps.ids.id(),
      communityId: input.communityId,
      questionId: before.id,
      from: 'coach',
      authorId: by,
      body,
      createdAt: now,
    };
    await repos.questions.update(after);
    await repos.questionMessages.add(message);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'question.follow_up',
      targetType: 'question',
      targetId: before.id,
      before: { status: before.status, claimedBy: before.claimedBy },
      after: { status: after.status, claimedBy: after.claimedBy, messageId: message.id },
    });
    return { question: after, message };
  });
  const preview = questionPreview(question.body);
  const delivery = await notifyMember(deps, {
    communityId: input.communityId,
    memberId: question.memberId,
    key: `question-follow-up:${message.id}`,
    kind: 'question.follow_up',
    message: ({ locale }) => ({
      title: translate(texts, locale, 'title'),
      text: body,
      fields: [
        { name: translate(texts, locale, 'question'), value: preview },
        { name: translate(texts, locale, 'howToReply'), value: translate(texts, locale, 'replyHint') },
      ],
      buttons: [
        {
          action: memberActionId('questionReply', question.id),
          label: translate(texts, locale, 'reply'),
          style: 'primary',
        },
      ],
    }),
  }).catch(
    // The message is saved and shown in /questions and the panel either way; a platform outage is not an error.
    (error: unknown): NotifyResult => ({
      key: `question-follow-up:${message.id}`,
      status: 'failed',
      delivered: 0,
      error: error instanceof Error ? error.message : String(error),
    }),
  );
  return { question, message, delivery };
}
