import { expect, it } from 'vitest';
import type { ModerationCase } from '../../../domain/moderation.js';
import type { Question } from '../../../domain/question.js';
import type { Supplier } from '../../../domain/supplier.js';
import { randomIds } from '../../../ports/ids.js';
import { pageRequest } from '../../../ports/page.js';
import { at, byId, type SemanticsScope } from './semantics-scope.js';

/** Repository semantics: questions, profiles, suppliers and moderation cases. */
export function questionSemantics(scope: SemanticsScope): void {
  const { club, member } = scope;
  it('questions, profiles, suppliers and moderation cases', async () => {
    const { repos } = scope;
    const c = await club();
    const m = await member(c);
    const coach = await member(c);
    const question = (createdAt: Date, status: Question['status'] = 'open'): Question => ({
      id: randomIds.id(),
      communityId: c,
      memberId: m.id,
      body: '怎么定价？',
      status,
      claimedBy: null,
      answer: null,
      answeredBy: null,
      answeredAt: null,
      faq: false,
      createdAt,
      resolvedAt: null,
      rating: null,
      ratingComment: null,
      faqConsent: false,
      slaRemindedAt: null,
      slaEscalatedAt: null,
    });
    const qs = [question(at(1)), question(at(3)), question(at(2), 'answered')];
    for (const q of qs) await repos.questions.create(q);
    await expect(repos.questions.create(qs[0] as Question)).rejects.toThrow('unique violation: id');
    const answered = { ...(qs[0] as Question), status: 'answered' as const, answer: '按价值', answeredBy: coach.id };
    await repos.questions.update({ ...answered, answeredAt: at(9) });
    expect((await repos.questions.get(c, answered.id))?.answeredAt).toEqual(at(9));
    expect((await repos.questions.listForMember(c, m.id)).map((q) => q.id)).toEqual([qs[1]?.id, qs[2]?.id, qs[0]?.id]);
    const page = await repos.questions.list(c, 'answered', pageRequest(1));
    expect([page.total, page.items[0]?.id]).toEqual([2, qs[0]?.id]);
    const claimed = { ...question(at(0), 'claimed'), claimedBy: coach.id };
    await repos.questions.create(claimed);
    await repos.questions.create(question(at(2)));
    const waiting = await repos.questions.listWaiting(c, null, pageRequest(10));
    expect(waiting.items.map((q) => [q.createdAt, q.status])).toEqual([
      [at(0), 'claimed'],
      [at(2), 'open'],
      [at(3), 'open'],
    ]);
    expect(waiting.items[0]?.claimedBy).toBe(coach.id);
    const late = await repos.questions.listWaiting(c, at(2), pageRequest(1, 1));
    expect([late.total, late.items.map((q) => q.createdAt)]).toEqual([2, [at(2)]]);
    expect((await repos.questions.listWaiting(await club(), null, pageRequest(10))).total).toBe(0);

    const profile = {
      communityId: c,
      memberId: m.id,
      company: '雷霆',
      role: 'CEO',
      industry: '跨境电商',
      region: '深圳',
      skills: 'ads',
      offers: 'warehouse',
      needs: 'lawyer',
      dealSize: '100k',
      languages: ['zh-CN', 'en'] as const,
      timezone: null,
      visibility: 'members' as const,
      matchingOptIn: true,
      doNotPair: [coach.id],
      snoozedUntil: null,
      contactForIntros: 'WeChat: lilei_sz · email li@example.com',
      leaderboardOptIn: true,
      updatedAt: at(1),
    };
    await repos.profiles.upsert(profile);
    await repos.profiles.upsert({
      ...profile,
      needs: 'designer',
      snoozedUntil: at(50),
      contactForIntros: '微信 lilei_sz',
      updatedAt: at(2),
    });
    await repos.profiles.upsert({ ...profile, memberId: coach.id, doNotPair: [], leaderboardOptIn: false });
    expect(await repos.profiles.get(c, m.id)).toEqual({
      ...profile,
      needs: 'designer',
      snoozedUntil: at(50),
      contactForIntros: '微信 lilei_sz',
      updatedAt: at(2),
    });
    expect((await repos.profiles.listForCommunity(c)).map((p) => p.contactForIntros)).toEqual(
      [m.id, coach.id].sort(byId).map((id) => (id === m.id ? '微信 lilei_sz' : profile.contactForIntros)),
    );
    expect((await repos.profiles.listForCommunity(c)).map((p) => p.memberId)).toEqual([m.id, coach.id].sort(byId));
    expect(await repos.profiles.get(c, 'x')).toBeNull();
    // The leaderboard lists only members who opted in (a member without a profile has not).
    expect(await repos.profiles.leaderboardOptedIn(c, [coach.id, 'x', m.id])).toEqual([m.id]);
    expect(await repos.profiles.leaderboardOptedIn(c, [])).toEqual([]);
    expect(await repos.profiles.leaderboardOptedIn(randomIds.id(), [m.id])).toEqual([]);

    const supplier = (name: string, status: Supplier['status'] = 'vetted'): Supplier => ({
      id: randomIds.id(),
      communityId: c,
      name,
      categories: ['法律', 'legal'],
      region: '',
      contact: '',
      description: '',
      status,
      vettingNotes: '',
      recommendedBy: m.id,
      endorsements: 0,
      createdAt: at(0),
    });
    const suppliers = [supplier('beta'), supplier('Alpha'), supplier('alpha', 'pending'), supplier('律所')];
    for (const s of suppliers) await repos.suppliers.create(s);
    await repos.suppliers.update({ ...(suppliers[0] as Supplier), endorsements: 3 });
    expect((await repos.suppliers.list(c, null)).map((s) => s.name)).toEqual(['Alpha', 'alpha', 'beta', '律所']);
    expect((await repos.suppliers.list(c, 'vetted')).map((s) => s.name)).toEqual(['Alpha', 'beta', '律所']);
    expect((await repos.suppliers.get(c, suppliers[0]?.id ?? ''))?.endorsements).toBe(3);

    // Endorsements: once per member and supplier, counted on the supplier; never across clubs.
    const beta = suppliers[0] as Supplier;
    const endorse = (memberId: string, communityId = c, supplierId = beta.id) =>
      repos.suppliers.addEndorsement({ communityId, supplierId, memberId, createdAt: at(5) });
    expect(await endorse(m.id)).toBe(true);
    expect(await endorse(m.id)).toBe(false);
    expect(await endorse(coach.id)).toBe(true);
    expect(await endorse(coach.id, await club())).toBe(false);
    expect(await endorse(coach.id, c, 'x')).toBe(false);
    expect(await endorse(m.id, c, suppliers[1]?.id)).toBe(true);
    expect((await repos.suppliers.get(c, beta.id))?.endorsements).toBe(5);
    expect((await repos.suppliers.get(c, suppliers[1]?.id ?? ''))?.endorsements).toBe(1);

    const kase = (memberId: string | null, createdAt: Date): ModerationCase => ({
      id: randomIds.id(),
      communityId: c,
      memberId,
      reporterId: coach.id,
      kind: 'advertising',
      status: 'open',
      platform: 'discord',
      channelId: 'c1',
      messageId: 'm1',
      excerpt: '加微信',
      reason: '',
      decidedBy: null,
      decidedAt: null,
      appeal: null,
      createdAt,
    });
    const cases = [kase(m.id, at(1)), kase(null, at(2)), kase(m.id, at(3))];
    for (const k of cases) await repos.moderation.create(k);
    await repos.moderation.update({ ...(cases[0] as ModerationCase), status: 'upheld', decidedBy: coach.id });
    expect((await repos.moderation.list(c, null)).map((k) => k.id)).toEqual([cases[2]?.id, cases[1]?.id, cases[0]?.id]);
    expect((await repos.moderation.list(c, m.id)).map((k) => k.status)).toEqual(['open', 'upheld']);
    expect(await repos.moderation.list(c, 'x')).toEqual([]);
  });
}
