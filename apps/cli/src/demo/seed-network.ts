import { type Actor, type Community, createCore, type Introduction, type Ports } from '@snowball/core';

/** What `seedNetwork` made, for the demo's summary and tests. */
export interface NetworkSeedResult {
  readonly suppliers: number;
  readonly introductions: number;
  readonly introduced: number;
  readonly declined: number;
  readonly deals: number;
}

// Vetted suppliers of the kinds founders ask each other for, in both languages.
const VETTED = [
  {
    name: '顺达国际货代 Shunda Freight',
    categories: ['货代', '物流', 'freight forwarding', 'logistics'],
    region: '深圳 Shenzhen',
    contact: 'ops@shunda.example',
    description: '东南亚、中东海运拼箱与清关，DDP 到门。Sea freight and customs to Southeast Asia and the Gulf.',
    notes: '三位会员用过，时效稳定。Used by three members, reliable lead times.',
  },
  {
    name: '嘉印包装厂',
    categories: ['包装', '印刷', 'packaging'],
    region: '东莞',
    contact: '0769-0000-0000',
    description: '彩盒、电商快递盒定制，起订量 1000 个，可出口认证。',
    notes: '实地看过工厂，品质合格。',
  },
  {
    name: 'Harbour & Lin Law Firm',
    categories: ['law firm', 'legal', '律师', '法律'],
    region: 'Hong Kong',
    contact: 'hello@harbourlin.example',
    description: 'Cross-border contracts, trademarks and company setup in Hong Kong and Singapore.',
    notes: 'Vetted: licensed in HK, fixed-fee trademark filings.',
  },
  {
    name: '诚信会计师事务所',
    categories: ['会计', '财税', 'accounting'],
    region: '上海',
    contact: 'tax@chengxin.example',
    description: '代理记账、出口退税、跨境电商财税合规。',
    notes: '注册会计师执业，报价透明。',
  },
  {
    name: 'Lightbox Photo Studio',
    categories: ['photography', '产品摄影', 'product photos'],
    region: 'Shenzhen',
    contact: 'book@lightbox.example',
    description: 'Amazon-ready white-background and lifestyle product photos, 48-hour delivery.',
    notes: 'Members like the quick turnaround.',
  },
] as const;

const PENDING = {
  name: '云仓海外仓 CloudWare',
  categories: ['海外仓', 'warehousing'],
  region: '洛杉矶 Los Angeles',
  contact: 'la@cloudware.example',
  description: '美西海外仓一件代发，退货换标。我们合作了两年，推荐给大家。',
};

/**
 * The club's network in motion, on the demo club and through the core use cases only: vetted suppliers
 * (with endorsements) and a pending recommendation, a matching round over the demo members, a few pairs
 * who both accepted (one pair also met), one decline, and two deals (one confirmed by the counterpart).
 */
export async function seedNetwork(ports: Ports, community: Community, ownerId: string): Promise<NetworkSeedResult> {
  const core = createCore(ports);
  const communityId = community.id;
  const now = ports.clock.now();
  const owner: Actor = { kind: 'member', communityId, memberId: ownerId, roles: ['owner'] };
  const member = (memberId: string): Actor => ({ kind: 'member', communityId, memberId, roles: [] });
  // Members with access, oldest first, so the same people recommend and endorse on every run.
  const withAccess = (await ports.memberships.latestEnds(communityId))
    .filter((m) => m.endsAt > now)
    .map((m) => m.memberId)
    .sort();

  for (const [i, s] of VETTED.entries()) {
    const recommender = withAccess[i * 3];
    const { notes, ...fields } = s;
    const supplier = await core.recommendSupplier({
      actor: recommender ? member(recommender) : owner,
      communityId,
      ...fields,
    });
    await core.vetSupplier({ actor: owner, communityId, supplierId: supplier.id, decision: 'vetted', notes });
    for (const endorser of withAccess.slice(i + 1, i + 1 + (VETTED.length - i))) {
      await core.endorseSupplier({ actor: member(endorser), communityId, supplierId: supplier.id });
    }
  }
  const pendingBy = withAccess[1];
  if (pendingBy) await core.recommendSupplier({ actor: member(pendingBy), communityId, ...PENDING });

  const round = await core.runMatchingRound({ actor: owner, communityId });
  // Best matches first: they make the most convincing demo of both sides accepting.
  const intros = [...round.introductions].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const answer = (intro: Introduction, side: 'memberA' | 'memberB', reply: 'accept' | 'decline') =>
    core.respondToIntro({ actor: member(intro[side]), communityId, introductionId: intro.id, answer: reply });
  const accepted = intros.slice(0, 4);
  for (const intro of accepted) {
    await answer(intro, 'memberA', 'accept');
    await answer(intro, 'memberB', 'accept');
  }
  // One pair met without a deal (yet): the funnel's "met" step is more than its deals.
  const met = accepted[2];
  if (met) {
    for (const side of ['memberA', 'memberB'] as const) {
      await core.recordIntroMeeting({ actor: member(met[side]), communityId, introductionId: met.id });
    }
  }
  const declined = intros[4];
  if (declined) {
    await answer(declined, 'memberA', 'accept');
    await answer(declined, 'memberB', 'decline');
  }

  const deals = [
    {
      amountMinor: 38_000_000,
      currency: 'CNY',
      note: '首批 2 个货柜的东南亚货运 First two containers to Southeast Asia',
    },
    { amountMinor: 2_500_000, currency: 'USD', note: 'Trademark filings in three markets 三国商标注册' },
  ];
  let recorded = 0;
  for (const [i, deal] of deals.entries()) {
    const intro = accepted[i];
    if (!intro) break;
    const made = await core.recordDeal({
      actor: member(intro.memberA),
      communityId,
      introductionId: intro.id,
      ...deal,
    });
    recorded += 1;
    if (i === 0) await core.confirmDeal({ actor: member(intro.memberB), communityId, dealId: made.id });
  }
  return {
    suppliers: VETTED.length + (pendingBy ? 1 : 0),
    introductions: round.introductions.length,
    introduced: accepted.length,
    declined: declined ? 1 : 0,
    deals: recorded,
  };
}
