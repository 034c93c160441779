import type { Question } from '../domain/question.js';
import { DomainError } from '../errors/domain-error.js';
import { REASONS } from '../errors/error-reasons.js';
import { type Catalogue, translate } from '../i18n/translate.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { cleanId } from '../rules/text.js';
import { type NotifyResult, notifyMember } from './notify-member.js';

const texts = {
  title: { en: 'A member’s question for you', 'zh-CN': '有一个会员提问交给你' },
  text: {
    en: 'The coaches routed this question to you. Answer it with /answer in chat or in the panel; the member will not see your contact details.',
    'zh-CN': '导师把这个提问转给了你。请在聊天中用 /answer 或在管理后台回答；会员看不到你的联系方式。',
  },
  question: { en: 'Question', 'zh-CN': '提问' },
} as const satisfies Catalogue;

/**
 * A coach hands a waiting question to a guest expert (嘉宾): it becomes theirs (claimed by them), only they and the
 * coaches can answer it, and they are told by DM once. The guest must hold the club's `guest` role.
 */
export async function routeQuestion(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'deliveries' | 'members' | 'questions' | 'staff'> &
    Pick<Ports, 'clock' | 'ids' | 'messenger'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly questionId: string; readonly guestId: string },
): Promise<{ readonly question: Question; readonly delivery: NotifyResult['status'] | 'retry' }> {
  requireRole(input.actor, input.communityId, ['coach']);
  const guestId = cleanId(input.guestId, 'guestId');
  const routed = await deps.uow.run(async (repos) => {
    const before = await repos.questions.get(input.communityId, input.questionId);
    if (!before) throw new DomainError('question.not_found', { questionId: input.questionId });
    if (before.status === 'answered') throw new DomainError('question.already_answered');
    if (before.status === 'closed') throw new DomainError('question.closed');
    const roles = await repos.staff.rolesOf(input.communityId, guestId);
    if (!roles.includes('guest')) {
      throw new DomainError('validation.invalid', { field: 'guestId', reason: REASONS.notAGuest });
    }
    if (before.claimedBy === guestId) return before;
    const after: Question = { ...before, status: 'claimed', claimedBy: guestId };
    await repos.questions.update(after);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'question.route',
      targetType: 'question',
      targetId: after.id,
      before: { status: before.status, claimedBy: before.claimedBy },
      after: { status: after.status, claimedBy: after.claimedBy },
    });
    return after;
  });
  try {
    const sent = await notifyMember(deps, {
      communityId: input.communityId,
      memberId: guestId,
      key: `question-routed:${routed.id}:${guestId}`,
      kind: 'question.routed',
      message: ({ locale }) => ({
        title: translate(texts, locale, 'title'),
        text: translate(texts, locale, 'text'),
        fields: [{ name: translate(texts, locale, 'question'), value: [...routed.body].slice(0, 900).join('') }],
      }),
    });
    return { question: routed, delivery: sent.status };
  } catch {
    return { question: routed, delivery: 'retry' };
  }
}
