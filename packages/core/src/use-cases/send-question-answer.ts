import { DomainError } from '../errors/domain-error.js';
import { type Catalogue, translate } from '../i18n/translate.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type NotifyResult, notifyMember } from './notify-member.js';

const texts = {
  title: { en: 'Your question was answered', 'zh-CN': '你的提问有回复了' },
  question: { en: 'You asked', 'zh-CN': '你的提问' },
  next: { en: 'Next', 'zh-CN': '下一步' },
  resolve: {
    en: 'Something unclear? Write here: it goes under your question to the coach. Once it is settled, open /questions to mark it resolved and rate the answer.',
    'zh-CN': '还有疑问？直接在这里回复，会附在你的提问下转给导师。解决后，在 /questions 中可以标记已解决并为回答评分。',
  },
} as const satisfies Catalogue;

/** Discord embed fields hold 1024 characters; the question is context, so it is shortened, never the answer. */
const QUESTION_PREVIEW = 900;

/**
 * Sends a coach's answer to the member who asked, by DM on their linked platforms, once per question
 * (a retry or a second click sends nothing). Call it after answerQuestion; a failure leaves the answer saved.
 */
export async function sendQuestionAnswer(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members' | 'questions'> & Pick<Ports, 'clock' | 'messenger'>,
  input: { readonly communityId: string; readonly questionId: string },
): Promise<NotifyResult> {
  const question = await deps.uow.run((repos) => repos.questions.get(input.communityId, input.questionId));
  if (!question) throw new DomainError('question.not_found', { questionId: input.questionId });
  const answer = question.answer;
  if (question.status !== 'answered' || !answer) {
    throw new DomainError('validation.invalid', { field: 'question', reason: 'not answered yet' });
  }
  const preview =
    [...question.body].length > QUESTION_PREVIEW
      ? `${[...question.body].slice(0, QUESTION_PREVIEW).join('')}…`
      : question.body;
  return notifyMember(deps, {
    communityId: input.communityId,
    memberId: question.memberId,
    key: `question-answer:${question.id}`,
    kind: 'question.answered',
    message: ({ locale }) => ({
      title: translate(texts, locale, 'title'),
      text: answer,
      fields: [
        { name: translate(texts, locale, 'question'), value: preview },
        { name: translate(texts, locale, 'next'), value: translate(texts, locale, 'resolve') },
      ],
    }),
  });
}
