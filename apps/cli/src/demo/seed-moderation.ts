import {
  type CaseKind,
  type CaseStatus,
  type Community,
  derivedModerationCaseId,
  type ModerationCase,
  type Ports,
} from '@snowball/core';

const DAY = 86_400_000;

interface DemoCase {
  readonly member: number;
  readonly reporter?: number;
  readonly kind: CaseKind;
  readonly status: CaseStatus;
  readonly daysAgo: number;
  readonly channel: string;
  readonly excerpt: string;
  readonly reason: string;
  readonly notes?: string;
  readonly appeal?: string;
  readonly purged?: boolean;
  /** The messages just before it in the channel (another member's, by index, and their text), oldest first. */
  readonly context?: readonly { readonly member: number; readonly text: string }[];
}

/** Cases a week of a real club's chat would bring: held links, reports, strikes, an appeal, an escalation. */
const CASES: readonly DemoCase[] = [
  {
    member: 12,
    kind: 'advertising',
    status: 'open',
    daysAgo: 0.1,
    channel: 'general',
    excerpt: '大家看看这个，限时优惠 https://bit.ly/3xYzq 手慢无',
    reason: 'ad.link: bit.ly',
    context: [
      { member: 3, text: '有人用过深圳的海外仓吗？想找个靠谱的' },
      { member: 6, text: '我们用过两家，下午整理一下发群里' },
    ],
  },
  {
    member: 13,
    reporter: 5,
    kind: 'report',
    status: 'open',
    daysAgo: 0.3,
    channel: 'general',
    excerpt: '有兴趣的私聊我，保本年化 18% 的理财产品，名额有限',
    reason: '在群里推销理财产品，还私信我两次。',
  },
  {
    member: 14,
    kind: 'advertising',
    status: 'upheld',
    daysAgo: 1,
    channel: 'introductions',
    excerpt: '加我薇信 ａｂｃ８８８ 拉你进群，每天分享赚钱项目',
    reason: 'ad.contact: abc888; ad.invite: 进群',
    context: [
      { member: 2, text: '欢迎新朋友！可以先在这里做个自我介绍' },
      { member: 7, text: '大家好，我做跨境电商物流，坐标广州' },
    ],
  },
  {
    member: 15,
    kind: 'flooding',
    status: 'appealed',
    daysAgo: 2,
    channel: 'events',
    excerpt: '周六深圳线下交流会报名：https://forms.example.com/meetup',
    reason: 'flood.repeat: 周六深圳线下交流会报名',
    appeal: '我是在不同频道通知社群自己的活动，不是刷屏，下次只发一次。',
  },
  {
    member: 16,
    kind: 'advertising',
    status: 'dismissed',
    daysAgo: 3,
    channel: 'general',
    excerpt: 'Our 2026 cross-border logistics report is here: https://report.example.org/2026',
    reason: 'ad.link?: report.example.org',
    notes: 'Industry report, useful to members — allowed. 行业报告，允许。',
  },
  {
    member: 17,
    reporter: 8,
    kind: 'report',
    status: 'escalated',
    daysAgo: 4,
    channel: 'general',
    excerpt: '不跟我合作的都是傻子，等着瞧',
    reason: 'Threatening members after a deal fell through. 生意没谈成就威胁别人。',
    notes: 'Second report this month; owners to decide on the membership. 本月第二次被举报，请群主决定。',
  },
  {
    member: 14,
    kind: 'advertising',
    status: 'upheld',
    daysAgo: 200,
    channel: 'general',
    excerpt: '',
    reason: 'ad.excluded: 资金盘',
    purged: true,
  },
];

/**
 * The demo club's moderation cases, written as the bots and moderators would have left them (no DMs are sent
 * for them): the Cases screen shows a queue with evidence, a member history, an appeal and purged evidence.
 */
export async function seedModeration(
  ports: Ports,
  community: Community,
  moderatorId: string,
  memberIds: readonly string[],
): Promise<number> {
  const now = ports.clock.now().getTime();
  let seeded = 0;
  await ports.uow.run(async (repos) => {
    for (const [i, c] of CASES.entries()) {
      const memberId = memberIds[c.member];
      if (!memberId) continue;
      const createdAt = new Date(now - c.daysAgo * DAY);
      const decided = c.status === 'upheld' || c.status === 'dismissed' || c.status === 'appealed';
      const record: ModerationCase = {
        id: derivedModerationCaseId('demo', community.id, String(i)),
        communityId: community.id,
        memberId,
        reporterId: c.reporter !== undefined ? (memberIds[c.reporter] ?? null) : null,
        kind: c.kind,
        status: c.status,
        platform: 'discord',
        channelId: c.channel,
        messageId: `demo-${i}`,
        excerpt: c.excerpt,
        reason: c.reason,
        // Bot strikes have no moderator; the dismissal was a moderator's.
        decidedBy: c.status === 'dismissed' ? moderatorId : null,
        decidedAt: decided ? new Date(createdAt.getTime() + 60_000) : null,
        appeal: c.appeal ?? null,
        createdAt,
        notes: c.notes ?? null,
        appealedAt: c.appeal ? new Date(createdAt.getTime() + DAY / 2) : null,
        appealOutcome: null,
        evidencePurgedAt: c.purged ? new Date(now - 20 * DAY) : null,
        workspaceId: 'demo-guild',
        authorId: `demo-user-${c.member}`,
        context: c.context
          ? c.context.map((m, n, all) => ({
              messageId: `demo-${i}-context-${n}`,
              authorId: `demo-user-${m.member}`,
              text: m.text,
              at: new Date(createdAt.getTime() - (all.length - n) * 60_000),
            }))
          : null,
      };
      await repos.moderation.create(record);
      seeded += 1;
    }
  });
  return seeded;
}
