import { defineCommand } from '../definition.js';
import { type CommandTexts, privateMessage } from '../reply.js';
import { requireMember } from '../require-member.js';
import { texter } from '../texter.js';
import { REPORT_REASON_MAX } from './report.command.js';

const texts = {
  description: { en: 'Report a member to the moderators, privately', 'zh-CN': '向管理员私下举报一位会员' },
  member: { en: 'The member (@name or their club handle)', 'zh-CN': '被举报的会员（@ 对方或填写其用户名）' },
  reason: { en: 'What happened', 'zh-CN': '发生了什么' },
  received: {
    en: 'Thank you: the moderators will look into it. Nobody else learns that you reported it.',
    'zh-CN': '感谢举报：管理员会跟进处理。举报人信息不会告诉任何其他人。',
  },
  again: {
    en: 'You already reported this member today; the moderators have it.',
    'zh-CN': '你今天已经举报过这位会员，管理员已收到。',
  },
} as const satisfies CommandTexts<string>;

/** `/report-member @name reason`: the slash variant of "Report message", for a member rather than one message. */
export const reportMemberCommand = defineCommand({
  name: 'report-member',
  localizedName: { 'zh-CN': '举报会员' },
  description: texts.description,
  access: 'member',
  options: [
    // Both required in practice (core refuses a report without them); optional here because on Slack and in the
    // simulator the first word of the text is the member (`@name reason`).
    { name: 'member', description: texts.member, type: 'string', maxLength: 200 },
    { name: 'reason', description: texts.reason, type: 'string', maxLength: REPORT_REASON_MAX, rest: true },
  ],
  async run(ctx, { options }) {
    const { actor } = requireMember(ctx);
    let member = String(options.member ?? '').trim();
    let reason = String(options.reason ?? '').trim();
    if (!member) [member = '', reason = ''] = splitFirstWord(reason);
    const result = await ctx.core.reportMember({
      actor,
      platform: ctx.caller.platform,
      workspaceId: ctx.caller.workspaceId,
      member,
      reason,
    });
    return privateMessage(texter(texts, ctx.locale)(result.duplicate ? 'again' : 'received'), { tone: 'success' });
  },
});

/** `<@U1|ann> spams everyone` → [`<@U1|ann>`, `spams everyone`]. */
function splitFirstWord(text: string): [string, string] {
  const match = /^(\S+)\s*([\s\S]*)$/.exec(text);
  return [match?.[1] ?? '', match?.[2] ?? ''];
}
