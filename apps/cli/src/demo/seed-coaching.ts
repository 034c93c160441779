import { type Actor, type Community, createCore, type Ports, pageRequest } from '@snowball/core';

const DAY = 86_400_000;

/** Messages from a week of the demo club's chat worth keeping (精华), with titles and tags. */
const LIBRARY: readonly {
  readonly author: number;
  readonly title: string;
  readonly tags: string;
  readonly body: string;
}[] = [
  {
    author: 2,
    title: '货代怎么选 Choosing a freight forwarder',
    tags: '#物流 #logistics',
    body: '选货代我一般比三家：门到门报价、清关能力、出问题时谁接电话。第一柜宁可贵一点，也要选有目的港团队的。',
  },
  {
    author: 6,
    title: 'Pricing a first B2B deal',
    tags: '#定价 #pricing',
    body: 'Price the first B2B deal from the value you create for the buyer, not from your cost. Offer three tiers; most pick the middle one.',
  },
  {
    author: 9,
    title: '亚马逊广告预算 Amazon ads budget',
    tags: '#亚马逊 #ads',
    body: '新品广告预算按毛利倒推：ACoS 先控制在毛利的一半以内，跑两周再加预算。',
  },
  {
    author: 14,
    title: '迪拜参展清单 Dubai trade show checklist',
    tags: '#中东 #展会',
    body: '迪拜参展：提前两个月订展位，样品走快递别走海运，名片印阿拉伯语背面，准备好 WhatsApp。',
  },
  {
    author: 18,
    title: 'Hiring a first salesperson',
    tags: '#招聘 #sales',
    body: 'Hire the first salesperson on a low base and high commission, and write down the sales process before they start.',
  },
];

/**
 * The coaching side of the demo club: answered questions resolved, rated and (with consent) published to the FAQ,
 * one with a follow-up conversation and a rating comment, a guest expert (嘉宾) answering a question routed to them, and a stocked library with entries waiting for review.
 */
export async function seedCoaching(
  ports: Ports,
  community: Community,
  input: { readonly ownerId: string; readonly coachId: string; readonly memberIds: readonly string[] },
): Promise<void> {
  const core = createCore(ports);
  const now = ports.clock.now();
  const owner: Actor = { kind: 'member', communityId: community.id, memberId: input.ownerId, roles: ['owner'] };
  const coach: Actor = { kind: 'member', communityId: community.id, memberId: input.coachId, roles: ['coach'] };
  const member = (memberId: string): Actor => ({ kind: 'member', communityId: community.id, memberId, roles: [] });

  // The answered questions: the askers resolve and rate them and agree to the FAQ; staff publish them anonymised.
  const answered = await ports.questions.list(community.id, 'answered', pageRequest(10));
  const published = [
    {
      question: '产品毛利只有 20%，要不要做亚马逊广告？',
      answer:
        '先用小预算测试自然流量转化，ACoS 控制在毛利以内再放量。 Test with a small budget first; keep ACoS under your margin.',
    },
    {
      question: 'How do I price a B2B SaaS for small businesses?',
      answer:
        'Start with value-based tiers per seat; test three price points with ten customers first. 先用十个客户测试三个价位。',
    },
  ];
  // The first one went back and forth before it was settled: the member wrote back under the answer and the coach
  // replied (stored as history: nobody is messaged while seeding).
  const conversation = [
    { from: 'member', body: '广告先投自动还是手动？ Automatic or manual campaigns first?' },
    { from: 'coach', body: '先自动跑两周收集关键词，再把出单的词放进手动广告。 Automatic for two weeks, then manual.' },
  ] as const;
  const [first] = answered.items;
  for (const [i, message] of (first ? conversation : []).entries()) {
    await ports.questionMessages.add({
      id: ports.ids.id(),
      communityId: community.id,
      questionId: first?.id as string,
      from: message.from,
      authorId: message.from === 'coach' ? input.coachId : (first?.memberId ?? null),
      body: message.body,
      createdAt: new Date(now.getTime() - (2 - i) * 3_600_000),
    });
  }
  const comments = ['很实用，第二个问题也答得很清楚。 Clear, and the follow-up helped.', null];
  for (const [i, q] of answered.items.entries()) {
    await core.resolveQuestion({
      actor: member(q.memberId),
      questionId: q.id,
      rating: 5 - i,
      comment: comments[i] ?? null,
      faqConsent: true,
    });
    const texts = published[i];
    if (texts) await core.publishFaqEntry({ actor: coach, communityId: community.id, questionId: q.id, ...texts });
  }

  // A guest expert on the Gulf market, who answers the Dubai question the coach routes to them.
  const guestId = ports.ids.id();
  await ports.members.create({
    id: guestId,
    communityId: community.id,
    handle: 'guest-layla-nasser',
    displayName: '嘉宾 Layla Nasser',
    email: 'layla@example.com',
    locale: 'en',
    timezone: 'Asia/Dubai',
    reminderLeadMinutes: null,
    remindersMuted: false,
    matchingExcluded: true,
    notes: 'Guest expert for the Middle East.',
    createdAt: now,
    deletedAt: null,
  });
  await core.grantStaffRole({ actor: owner, communityId: community.id, memberId: guestId, role: 'guest' });
  const waiting = await ports.questions.listWaiting(community.id, null, pageRequest(10));
  const dubai = waiting.items.find((q) => q.body.includes('迪拜'));
  if (dubai) {
    await core.routeQuestion({ actor: coach, communityId: community.id, questionId: dubai.id, guestId });
    const guest: Actor = { kind: 'member', communityId: community.id, memberId: guestId, roles: ['guest'] };
    await core.answerQuestion({
      actor: guest,
      communityId: community.id,
      questionId: dubai.id,
      answer: 'Book the booth two months ahead, ship samples by courier, and have WhatsApp ready. 名片背面印阿拉伯语。',
    });
  }

  // The library: five messages, three accepted (their authors credited) and opened, two waiting for review.
  for (const [i, item] of LIBRARY.entries()) {
    const authorId = input.memberIds[item.author];
    const author = authorId ? await ports.members.get(community.id, authorId) : null;
    const id = ports.ids.id();
    await ports.library.create({
      id,
      communityId: community.id,
      platform: 'discord',
      workspaceId: 'demo',
      channelId: 'general',
      messageId: `demo-library-${i}`,
      url: null,
      authorId: author?.id ?? null,
      authorName: author?.displayName ?? '',
      body: item.body,
      title: item.title,
      tags: [],
      status: 'pending',
      savedBy: input.coachId,
      savedAt: new Date(now.getTime() - (i + 1) * DAY),
      reviewedBy: null,
      reviewedAt: null,
      opens: 0,
    });
    await core.curateLibraryEntry({ actor: coach, communityId: community.id, entryId: id, tags: item.tags });
    if (i < 3) {
      await core.curateLibraryEntry({ actor: coach, communityId: community.id, entryId: id, approve: true });
      // Members have opened the accepted ones (the panel shows how often each entry was opened).
      for (const memberId of input.memberIds.slice(0, 6 - 2 * i)) {
        await core.openLibraryEntry({ actor: member(memberId), entryId: id });
      }
    }
  }
}
