import {
  type Actor,
  type Clock,
  type Community,
  createCore,
  emptyProfile,
  handleFrom,
  type Ports,
} from '@snowball/core';
import { demoPeople } from './demo-people.js';
import { seedCoaching } from './seed-coaching.js';
import { seedModeration } from './seed-moderation.js';
import { seedNetwork } from './seed-network.js';

const DAY = 86_400_000;

export interface DemoResult {
  readonly community: Community;
  readonly ownerId: string;
  readonly created: boolean;
}

/** A clock pinned to a moment, so demo history (joins, payments, answers) happens on realistic dates. */
function at(date: Date): Clock {
  return { now: () => date };
}

/**
 * Loads the bilingual demo club: staff, ~40 members in every membership state, applications in every
 * state, profiles, lessons with RSVPs and questions, and the network (suppliers, introductions, deals).
 * Running it again changes nothing.
 */
export async function seedDemo(ports: Ports, slug = 'demo'): Promise<DemoResult> {
  const existing = await ports.communities.getBySlug(slug);
  if (existing) {
    const owner = (await ports.staff.list(existing.id)).find((s) => s.role === 'owner');
    return { community: existing, ownerId: owner?.memberId ?? '', created: false };
  }
  const now = ports.clock.now();
  const past = (days: number) => new Date(now.getTime() - days * DAY);
  const coreAt = (date: Date) => createCore({ ...ports, clock: at(date) });

  const { community, ownerId } = await coreAt(past(400)).createCommunity({
    slug,
    name: '雪球创始人俱乐部 Snowball Founders Club',
    owner: { displayName: 'Snow 群主', email: 'owner@example.com' },
    settings: {
      defaultLocale: 'zh-CN',
      acceptedCurrencies: ['CNY', 'USD'],
      paymentInstructions:
        '会费 1000 元/年，请通过微信或银行转账支付，并把付款凭证号发给群主。Pay 1000 CNY/year by WeChat Pay or bank transfer and send the reference to the owner.',
    },
  });
  const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };

  // Staff besides the owner: a moderator and a coach (the coach also teaches lessons).
  const staff: { name: string; email: string; role: 'moderator' | 'coach' }[] = [
    { name: 'Mia 管理员', email: 'moderator@example.com', role: 'moderator' },
    { name: 'Coach 老陈', email: 'coach@example.com', role: 'coach' },
  ];
  const staffIds: Record<string, string> = {};
  await ports.uow.run(async (repos) => {
    for (const s of staff) {
      const id = ports.ids.id();
      staffIds[s.role] = id;
      await repos.members.create({
        id,
        communityId: community.id,
        handle: handleFrom(s.name),
        displayName: s.name,
        email: s.email,
        locale: 'zh-CN',
        timezone: null,
        reminderLeadMinutes: null,
        remindersMuted: false,
        matchingExcluded: false,
        notes: '',
        createdAt: past(399),
        deletedAt: null,
      });
      await repos.staff.grant({ communityId: community.id, memberId: id, role: s.role, grantedAt: past(399) });
    }
  });

  // Membership ages (days since joining) chosen so the dashboard shows every state.
  const joinedDaysAgo = (i: number): number => {
    if (i < 4) return 350; // expiring within 30 days
    if (i < 7) return 368; // in grace
    if (i < 10) return 420; // lapsed
    return 20 + ((i * 37) % 300); // active
  };
  const memberCount = 40;
  let reference = 1000;
  const memberIds: string[] = [];
  for (const [i, person] of demoPeople.entries()) {
    const joined = past(i < memberCount ? joinedDaysAgo(i) : 3 + (i % 5));
    const application = await coreAt(joined).submitApplication({
      communityId: community.id,
      name: person.name,
      email: person.email,
      company: person.company,
      industry: person.industry,
      answers: [
        { question: 'What does your business do?', answer: person.skills },
        { question: 'What can you offer other members?', answer: person.offers },
        { question: 'What are you looking for?', answer: person.needs },
      ],
      valuesPledge: true,
      locale: person.locale,
    });
    if (i >= memberCount) continue;
    const approved = await coreAt(new Date(joined.getTime() + DAY / 2)).approveApplication({
      actor: owner,
      communityId: community.id,
      applicationId: application.id,
    });
    const paidAt = new Date(joined.getTime() + DAY);
    await coreAt(paidAt).recordPayment({
      actor: owner,
      communityId: community.id,
      applicationId: application.id,
      amountMinor: person.locale === 'en' ? 14_000 : 100_000,
      currency: person.locale === 'en' ? 'USD' : 'CNY',
      method: person.locale === 'en' ? 'card' : 'wechat_pay',
      reference: `DEMO-${reference++}`,
      paidAt,
    });
    const memberId = approved.memberId as string;
    memberIds.push(memberId);
    await ports.profiles.upsert({
      ...emptyProfile(community.id, memberId, paidAt),
      company: person.company,
      industry: person.industry,
      region: person.region,
      skills: person.skills,
      offers: person.offers,
      needs: person.needs,
      languages: [person.locale],
      // The leaderboard is opt-in: two members in three chose to appear on it, the rest stay off the board.
      leaderboardOptIn: i % 3 !== 2,
    });
  }

  // Applications in every state besides approved: pending (one flagged), more info requested, rejected.
  const extra = [
    {
      name: '钱多多',
      email: 'qian@example.com',
      industry: '区块链',
      about: '我们做虚拟货币交易所推广和理财产品',
      state: 'pending',
    },
    {
      name: 'Victor Hale',
      email: 'victor@example.com',
      industry: 'network marketing',
      about: 'Grow your income with our MLM team',
      state: 'rejected',
    },
    {
      name: '孔明',
      email: 'kongming@example.com',
      industry: '咨询',
      about: '战略咨询，想认识制造业老板',
      state: 'info',
    },
    {
      name: 'Wendy Park',
      email: 'wendy@example.com',
      industry: 'fintech',
      about: 'Crypto trading signals for members',
      state: 'rejected',
    },
  ];
  for (const e of extra) {
    const application = await coreAt(past(2)).submitApplication({
      communityId: community.id,
      name: e.name,
      email: e.email,
      industry: e.industry,
      answers: [{ question: 'What does your business do?', answer: e.about }],
      valuesPledge: true,
      locale: /[\u4e00-\u9fff]/.test(e.name) ? 'zh-CN' : 'en',
    });
    if (e.state === 'rejected') {
      await coreAt(past(1)).rejectApplication({
        actor: owner,
        communityId: community.id,
        applicationId: application.id,
        reason: 'Promotes crypto / MLM, against the club values. 违反社群价值观（币圈/传销）。',
      });
    } else if (e.state === 'info') {
      await coreAt(past(1)).requestApplicationInfo({
        actor: owner,
        communityId: community.id,
        applicationId: application.id,
        message: '请补充你公司的主营业务和年营收规模。',
      });
    }
  }

  await seedLessonsAndQuestions(ports, community, staffIds.coach as string);
  await seedNetwork(ports, community, ownerId);
  await seedModeration(ports, community, staffIds.moderator as string, memberIds);
  await seedCoaching(ports, community, { ownerId, coachId: staffIds.coach as string, memberIds });
  return { community, ownerId, created: true };
}

async function seedLessonsAndQuestions(ports: Ports, community: Community, coachId: string): Promise<void> {
  const now = ports.clock.now();
  const core = createCore(ports);
  const coach: Actor = { kind: 'member', communityId: community.id, memberId: coachId, roles: ['coach'] };
  const memberIds = (await ports.memberships.latestEnds(community.id))
    .filter((m) => m.endsAt > now)
    .map((m) => m.memberId);
  // The club's rhythm: two lessons a month, 2nd and 4th Thursday at 20:00 Shanghai time (24 a year).
  const { created } = await core.createLessonSeries({
    actor: coach,
    communityId: community.id,
    title: '会员直播课 Members\u2019 live lesson',
    description: '每月两次的会员专属直播课，课后有问答。Members-only live lesson with Q&A.',
    rule: 'FREQ=MONTHLY;BYDAY=2TH,4TH;BYHOUR=20;BYMINUTE=0',
    timezone: 'Asia/Shanghai',
    durationMinutes: 90,
    location: 'Online — the link comes with the reminder',
    hostMemberId: coachId,
    months: 12,
  });
  const guestTalk = await core.scheduleLesson({
    actor: coach,
    communityId: community.id,
    kind: 'guest_talk',
    title: 'Selling to the Middle East 中东市场实战',
    description: 'Q&A at the end. 最后有问答环节。',
    speakerName: 'Farid Hassan',
    speakerBio: 'Founder of Gulf Gateway, 12 years of market entry in the GCC.',
    startsAt: new Date(now.getTime() + 10 * DAY),
    durationMinutes: 90,
    capacity: 30,
    location: 'Online',
  });
  for (const [i, lesson] of [guestTalk, ...created.slice(0, 4)].entries()) {
    for (const memberId of memberIds.slice(i * 3, i * 3 + 12)) {
      await core.rsvpLesson({
        actor: { kind: 'member', communityId: community.id, memberId, roles: [] },
        communityId: community.id,
        lessonId: lesson.id,
      });
    }
  }

  const questions = [
    '我们的产品毛利只有 20%，要不要做亚马逊广告？',
    'How do I price a B2B SaaS for Chinese SMEs?',
    '第一次去迪拜参展，需要准备什么？',
    '合伙人想退出，股权怎么处理比较好？',
    'Should I hire a country manager or a distributor for Vietnam?',
  ];
  for (const [i, body] of questions.entries()) {
    const memberId = memberIds[i * 5];
    if (!memberId) continue;
    const asker: Actor = { kind: 'member', communityId: community.id, memberId, roles: [] };
    const question = await core.askQuestion({ actor: asker, body });
    if (i < 2) {
      await core.answerQuestion({
        actor: coach,
        communityId: community.id,
        questionId: question.id,
        answer:
          i === 0
            ? '先用小预算测试自然流量转化，ACoS 控制在毛利以内再放量。'
            : 'Start with value-based tiers per seat; test three price points with ten customers first.',
      });
    }
  }
}
