import { actionId, defineCommand } from '../definition.js';
import { profileFields } from '../profile-view.js';
import { type CommandTexts, privateMessage } from '../reply.js';
import { requireMember } from '../require-member.js';
import { texter } from '../texter.js';

const texts = {
  description: { en: 'Search the member directory', 'zh-CN': '搜索会员名录' },
  words: { en: 'What you are looking for', 'zh-CN': '想找的人或资源' },
  industry: { en: 'Industry', 'zh-CN': '行业' },
  region: { en: 'Region or city', 'zh-CN': '地区或城市' },
  title: { en: 'Members found: {total}', 'zh-CN': '找到 {total} 位会员' },
  more: {
    en: 'Showing the best {shown}. Narrow it down with more words, industry: or region:.',
    'zh-CN': '仅显示最匹配的 {shown} 位。可以加关键词，或用 industry:、region: 缩小范围。',
  },
  empty: {
    en: 'No member matches. Try other words (Chinese or English) or fewer filters.',
    'zh-CN': '没有找到匹配的会员。换个关键词（中英文皆可）或减少筛选条件试试。',
  },
  profile: { en: 'Profile', 'zh-CN': '查看资料' },
} as const satisfies CommandTexts<string>;

/** Items per reply: a message holds at most 9 besides its header. */
const SHOWN = 9;

/**
 * `/find [words] [industry:] [region:]`: the directory, matched in Chinese (no spaces needed) and English;
 * only profiles the member may see (the use case applies visibility). Each hit has a Profile button.
 */
export const findCommand = defineCommand({
  name: 'find',
  localizedName: { 'zh-CN': '找人' },
  description: texts.description,
  access: 'member',
  options: [
    { name: 'words', description: texts.words, type: 'string', maxLength: 200, rest: true },
    { name: 'industry', description: texts.industry, type: 'string', maxLength: 80 },
    { name: 'region', description: texts.region, type: 'string', maxLength: 80 },
  ],
  async run(ctx, { options }) {
    const t = texter(texts, ctx.locale);
    const { actor, communityId } = requireMember(ctx);
    const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
    const found = await ctx.core.findMembers({
      actor,
      communityId,
      ...(text('words') ? { words: text('words') } : {}),
      ...(text('industry') ? { industry: text('industry') } : {}),
      ...(text('region') ? { region: text('region') } : {}),
      limit: SHOWN,
    });
    if (found.items.length === 0) return privateMessage(t('empty'));
    return privateMessage(found.total > found.items.length ? t('more', { shown: found.items.length }) : '', {
      title: t('title', { total: found.total }),
      items: found.items.map((hit) => ({
        title: hit.displayName,
        fields: profileFields(
          {
            company: hit.profile.company,
            role: hit.profile.role,
            industry: hit.profile.industry,
            region: hit.profile.region,
            offers: hit.profile.offers,
            needs: '',
          },
          ctx.locale,
          { max: 200 },
        ),
        buttons: [{ action: actionId('find', 'view', hit.memberId), label: t('profile') }],
      })),
    });
  },
  actions: {
    async view(ctx, memberId) {
      const { actor, communityId } = requireMember(ctx);
      const view = await ctx.core.getProfile({ actor, communityId, memberId });
      return privateMessage('', {
        title: view.displayName,
        fields: profileFields(view.profile, ctx.locale),
      });
    },
  },
});
