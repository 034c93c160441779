import { defineCommand } from '../definition.js';
import { type CommandTexts, privateMessage } from '../reply.js';
import { requireMember } from '../require-member.js';
import { texter } from '../texter.js';

const texts = {
  description: { en: 'Who gave the most value', 'zh-CN': '价值贡献排行榜' },
  title: { en: 'Top contributors · last {days} days', 'zh-CN': '价值贡献者 · 近 {days} 天' },
  row: { en: '{rank}. {name} — {points}', 'zh-CN': '{rank}. {name} — {points}' },
  points: { en: '{n} points', 'zh-CN': '{n} 分' },
  point: { en: '1 point', 'zh-CN': '1 分' },
  contributions: { en: '{n} contributions', 'zh-CN': '{n} 次贡献' },
  contribution: { en: '1 contribution', 'zh-CN': '1 次贡献' },
  empty: {
    en: 'Nobody has contributed in the last {days} days yet. Answer a question, make an introduction or recommend a supplier to be the first!',
    'zh-CN': '近 {days} 天还没有价值贡献。回答问题、促成引荐或推荐供应商，成为第一位价值贡献者吧！',
  },
  noneListed: {
    en: 'Nobody has chosen to appear on the board yet. Turn it on in /settings to be listed.',
    'zh-CN': '还没有会员选择上榜。在 /settings 中开启即可出现在排行榜上。',
  },
  how: {
    en: 'Points come from answers, introductions, deals, lessons taught and vetted supplier tips.',
    'zh-CN': '积分来自回答问题、引荐、合作、授课和通过审核的供应商推荐。',
  },
  you: { en: 'You', 'zh-CN': '我的排名' },
  yourRank: {
    en: '#{rank} of {ranked} · {points} from {count}',
    'zh-CN': '第 {rank} 名（共 {ranked} 人）· {count}，{points}',
  },
  notRanked: {
    en: 'No contributions in the last {days} days yet.',
    'zh-CN': '近 {days} 天还没有价值贡献。',
  },
  notListed: {
    en: 'You are not on the board: it lists only members who turn it on in /settings (Leaderboard: on).',
    'zh-CN': '你没有出现在排行榜上：排行榜只列出在 /settings 中开启“贡献榜”的会员。',
  },
  optIn: {
    en: 'Only members who chose to appear are listed; turn it on in /settings.',
    'zh-CN': '只列出选择上榜的会员；可在 /settings 中开启。',
  },
  vitality: { en: 'Club vitality', 'zh-CN': '社群活力' },
  vitalityValue: {
    en: '{percent} of members contributed ({contributors} of {members})',
    'zh-CN': '{percent} 的会员做出了价值贡献（{members} 人中 {contributors} 人）',
  },
} as const satisfies CommandTexts<string>;

/**
 * `/leaderboard`: the top 10 contributors of the last 90 days by points (members who turned on being listed),
 * my own rank, and the club's vitality (every contributor counted, anonymously).
 */
export const leaderboardCommand = defineCommand({
  name: 'leaderboard',
  localizedName: { 'zh-CN': '贡献榜' },
  description: texts.description,
  access: 'member',
  async run(ctx) {
    const t = texter(texts, ctx.locale);
    const { actor, communityId } = requireMember(ctx);
    const board = await ctx.core.getLeaderboard({ actor, communityId, limit: 10 });
    const { days, vitality } = board;
    const points = (n: number) => (n === 1 ? t('point') : t('points', { n }));
    const count = (n: number) => (n === 1 ? t('contribution') : t('contributions', { n }));
    const rows = board.top.map((e) => t('row', { rank: e.rank, name: e.displayName, points: points(e.points) }));
    const percent = vitality.ratio === null ? '—' : `${Math.round(vitality.ratio * 100)}%`;
    return privateMessage(
      rows.length
        ? `${rows.join('\n')}\n\n${t('how')} ${t('optIn')}`
        : vitality.contributors > 0
          ? t('noneListed')
          : t('empty', { days }),
      {
        title: t('title', { days }),
        fields: [
          {
            name: t('you'),
            value: !board.listed
              ? t('notListed')
              : board.me
                ? t('yourRank', {
                    rank: board.me.rank,
                    ranked: board.ranked,
                    points: points(board.me.points),
                    count: count(board.me.contributions),
                  })
                : t('notRanked', { days }),
          },
          {
            name: t('vitality'),
            value: t('vitalityValue', { percent, contributors: vitality.contributors, members: vitality.members }),
          },
        ],
      },
    );
  },
});
