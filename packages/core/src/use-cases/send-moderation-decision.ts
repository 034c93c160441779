import type { ModerationCase } from '../domain/moderation.js';
import { type ModerationNotice, moderationDecisionKey, noticeRecipient } from '../domain/moderation-decision-notice.js';
import { MODERATION_RULE_IDS, type ModerationRuleId } from '../domain/moderation-rules.js';
import { type Catalogue, translate } from '../i18n/translate.js';
import type { Ports, Uow } from '../ports/ports.js';
import { explainModerationRule } from '../rules/moderation-explanations.js';
import { type NotifyResult, notifyMember } from './notify-member.js';

const texts = {
  'upheld.title': { en: 'A moderator reviewed your message', 'zh-CN': '管理员审核了你的消息' },
  'upheld.text': {
    en: 'A moderator found that it breaks the club’s rules, so it counts as a strike. If you think this is wrong, send /appeal with your reason.',
    'zh-CN': '管理员认定这条消息违反了社群规则，记一次违规。如果你认为处理有误，请发送 /appeal 并写明理由。',
  },
  'strike_removed.title': { en: 'A strike was removed', 'zh-CN': '一次违规记录已撤销' },
  'strike_removed.text': {
    en: 'The moderators looked at the decision on your message again and removed the strike. Thank you for your patience.',
    'zh-CN': '管理员重新审核了对你这条消息的处理，已撤销这次违规记录。感谢你的耐心。',
  },
  'appeal_denied.title': { en: 'Your appeal was reviewed', 'zh-CN': '你的申诉已处理' },
  'appeal_denied.text': {
    en: 'A moderator reviewed your appeal and the decision stands; the strike still counts until it expires.',
    'zh-CN': '管理员审核了你的申诉，维持原处理；这次违规记录在到期前仍然有效。',
  },
  'report_upheld.title': { en: 'Thank you for your report', 'zh-CN': '感谢你的举报' },
  'report_upheld.text': {
    en: 'A moderator reviewed the message you reported and acted on it under the club’s rules. Your report stays private.',
    'zh-CN': '管理员审核了你举报的消息，并已按社群规则处理。你的举报信息不会公开。',
  },
  'report_dismissed.title': { en: 'Your report was reviewed', 'zh-CN': '你的举报已处理' },
  'report_dismissed.text': {
    en: 'A moderator reviewed the message you reported and found that it does not break the club’s rules. Thank you for looking out for the club.',
    'zh-CN': '管理员审核了你举报的消息，认定它没有违反社群规则。感谢你对社群的关注。',
  },
  rule: { en: 'Rule', 'zh-CN': '规则' },
  message: { en: 'Your message', 'zh-CN': '你的消息' },
  reported: { en: 'The message you reported', 'zh-CN': '你举报的消息' },
} as const satisfies Catalogue;

const PREVIEW = 300;

/** The first rule a case names in its reason (`ad.contact: …; flood.rate: …`), if any. */
export function caseRules(reason: string): ModerationRuleId[] {
  const found = reason
    .split(';')
    .map((part) => part.trim().split(/[?:]/)[0] ?? '')
    .filter((id): id is ModerationRuleId => (MODERATION_RULE_IDS as readonly string[]).includes(id));
  return [...new Set(found)];
}

/**
 * Tells the member of a moderator’s decision on a case of theirs (or, for `report_*`, the reporter of the outcome of
 * their report), by DM in their language, once per decision
 * (the delivery key names the case and the decision, so a retry or second click sends nothing more). The
 * reporter of a report is never named.
 */
export async function sendModerationDecision(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members'> & Pick<Ports, 'clock' | 'messenger'>,
  input: { readonly decided: ModerationCase; readonly notice: ModerationNotice },
): Promise<NotifyResult | null> {
  const { decided, notice } = input;
  const recipient = noticeRecipient(decided, notice);
  if (!recipient) return null;
  const toReporter = notice === 'report_upheld' || notice === 'report_dismissed';
  const rule = caseRules(decided.reason)[0] ?? null;
  const excerpt = decided.excerpt;
  return notifyMember(deps, {
    communityId: decided.communityId,
    memberId: recipient,
    key: moderationDecisionKey(decided.id, notice),
    kind: `moderation.${notice}`,
    message: ({ locale }) => {
      const fields: { name: string; value: string }[] = [];
      // A report's reason is the reporter's own words: it stays with the moderators.
      if (rule && decided.kind !== 'report' && !toReporter) {
        const explained = explainModerationRule(rule, locale);
        fields.push({ name: translate(texts, locale, 'rule'), value: `${explained.title}: ${explained.why}` });
      }
      if (excerpt) {
        const chars = [...excerpt];
        const preview = chars.length > PREVIEW ? `${chars.slice(0, PREVIEW).join('')}…` : excerpt;
        fields.push({ name: translate(texts, locale, toReporter ? 'reported' : 'message'), value: preview });
      }
      return {
        title: translate(texts, locale, `${notice}.title`),
        text: translate(texts, locale, `${notice}.text`),
        fields,
      };
    },
  });
}
