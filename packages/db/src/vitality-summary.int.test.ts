import {
  addLocalDays,
  DEFAULT_SETTINGS,
  pageRequest,
  type Question,
  type Repositories,
  randomIds,
  type VitalityRules,
} from '@snowball/core';
import { createMemoryRepositories } from '@snowball/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDrizzleRepositories } from './drizzle-repositories.js';
import { runMigrations } from './migrate.js';
import { openDatabase } from './open-database.js';
import { createScratchDatabase } from './testing/scratch-database.js';

const DAY = 86_400_000;
/** A timezone with daylight saving time, so local days are not all 24 hours long. */
const RULES: VitalityRules = { timezone: 'America/New_York', graceDays: 5 };
const START = new Date('2026-01-01T00:00:00Z').getTime();

/** A small deterministic PRNG (mulberry32): the same club on every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Writes the same random club (members, periods, ledger, questions, introductions, RSVPs) into every store. */
async function randomClub(stores: readonly Repositories[], seed: number): Promise<string> {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const at = (days: number) => new Date(START + days * DAY + int(DAY));
  const communityId = randomIds.id();
  const all = async (write: (repos: Repositories) => Promise<unknown>) => {
    for (const repos of stores) await write(repos);
  };
  await all((r) =>
    r.communities.create({
      id: communityId,
      slug: `eq-${randomIds.code().toLowerCase()}`,
      name: 'Equivalence',
      settings: { ...DEFAULT_SETTINGS, ...RULES },
      createdAt: at(-400),
    }),
  );
  const memberIds: string[] = [];
  for (let i = 0; i < 60; i++) {
    const id = randomIds.id();
    memberIds.push(id);
    const member = {
      id,
      communityId,
      handle: `m-${i}`,
      displayName: `Member ${i}`,
      email: null,
      locale: null,
      timezone: null,
      reminderLeadMinutes: null,
      remindersMuted: false,
      matchingExcluded: false,
      notes: '',
      createdAt: at(-400),
      deletedAt: i % 17 === 5 ? at(100) : null,
    } as const;
    await all((r) => r.members.create(member));
    let start = -300 + int(400);
    for (let p = int(4); p > 0; p--) {
      const length = [30, 90, 365][int(3)] as number;
      const period = {
        id: randomIds.id(),
        communityId,
        memberId: id,
        startsAt: at(start),
        endsAt: at(start + length),
        kind: p % 2 === 0 ? ('renewal' as const) : ('initial' as const),
        paymentId: null,
        createdAt: at(start),
      };
      await all((r) => r.memberships.add(period));
      start += length + ([0, 0, 3, 20][int(4)] ?? 0); // back to back, a lapse inside grace, a longer lapse
    }
  }
  const someone = () => memberIds[int(memberIds.length)] as string;
  // Applications: each member approved once, most named an earlier member as referrer; some never became members.
  for (const [i, memberId] of [...memberIds, ...memberIds.slice(0, 15).map(() => null)].entries()) {
    const referrer = i > 0 && random() < 0.7 ? (memberIds[int(Math.min(i, memberIds.length))] as string) : null;
    const status = memberId
      ? ('approved' as const)
      : ((['pending', 'rejected', 'approved'] as const)[int(3)] ?? 'pending');
    const application = {
      id: randomIds.id(),
      communityId,
      name: `Applicant ${i}`,
      email: null,
      company: '',
      industry: '',
      locale: 'en' as const,
      platform: null,
      workspaceId: null,
      platformUserId: null,
      answers: [],
      valuesPledge: true,
      referrerMemberId: referrer === memberId ? null : referrer,
      flags: [],
      status,
      decisionReason: null,
      decidedBy: null,
      decidedAt: status === 'pending' ? null : at(-300 + i),
      memberId,
      submittedAt: at(-310 + i),
      reasonShared: false,
      infoAnswer: null,
      infoAnsweredAt: null,
      vouchedAt: null,
    };
    await all((r) => r.applications.create(application));
  }
  for (let i = 0; i < 400; i++) {
    const contribution = {
      id: randomIds.id(),
      communityId,
      memberId: someone(),
      kind: 'answer' as const,
      sourceId: `s-${i}`,
      points: 1,
      at: at(-200 + int(400)),
    };
    await all((r) => r.contributions.record(contribution));
  }
  for (let i = 0; i < 80; i++) {
    const answered = i % 3 === 0;
    const question: Question = {
      id: randomIds.id(),
      communityId,
      memberId: someone(),
      body: 'Q',
      status: answered ? 'answered' : 'open',
      claimedBy: null,
      answer: answered ? 'A' : null,
      answeredBy: answered ? someone() : null,
      answeredAt: answered ? at(-50 + int(200)) : null,
      faq: false,
      createdAt: at(-100 + int(300)),
      resolvedAt: null,
      rating: null,
      ratingComment: null,
      faqConsent: false,
      slaRemindedAt: null,
      slaEscalatedAt: null,
    };
    await all((r) => r.questions.create(question));
  }
  for (let i = 0; i < 30; i++) {
    const [a, b] = [someone(), someone()];
    if (a === b) continue;
    const status = int(3) === 0 ? ('declined' as const) : ('introduced' as const);
    const when = at(-100 + int(300));
    const intro = {
      id: randomIds.id(),
      communityId,
      memberA: a,
      memberB: b,
      answerA: 'accepted' as const,
      answerB: status === 'introduced' ? ('accepted' as const) : ('declined' as const),
      status,
      score: 1,
      reason: '',
      roundId: null,
      introducedAt: status === 'introduced' ? when : null,
      followUpAt: null,
      followUpOutcome: null,
      createdAt: when,
    };
    await all((r) => r.introductions.create(intro));
  }
  for (let i = 0; i < 12; i++) {
    const lessonId = randomIds.id();
    const startsAt = at(-100 + int(300));
    const lesson = {
      id: lessonId,
      communityId,
      seriesId: null,
      kind: 'lesson' as const,
      title: `Lesson ${i}`,
      description: '',
      speakerName: null,
      speakerBio: null,
      startsAt,
      durationMinutes: 60,
      capacity: null,
      location: 'online',
      status: i % 4 === 0 ? ('cancelled' as const) : ('scheduled' as const),
      materialsUrl: null,
      replayUrl: null,
      hostMemberId: null,
      occurrenceStartsAt: null,
      version: 1,
      createdAt: at(-200),
      updatedAt: at(-200),
    };
    await all((r) => r.lessons.create(lesson));
    const attendees = new Set(Array.from({ length: 6 }, someone));
    for (const memberId of attendees) {
      const rsvp = {
        communityId,
        lessonId,
        memberId,
        status: (['going', 'going', 'waitlist', 'cancelled'] as const)[int(4)] as 'going',
        attended: [null, true, false][int(3)] as boolean | null,
        createdAt: at(-200),
      };
      await all((r) => r.lessons.upsertRsvp(rsvp));
    }
  }
  for (let i = 0; i < 40; i++) {
    const deal = {
      id: randomIds.id(),
      communityId,
      introductionId: null,
      recordedBy: someone(),
      counterpartId: i % 2 === 0 ? someone() : null,
      amountMinor: 1000 + int(1_000_000),
      currency: (['CNY', 'USD', 'EUR'] as const)[int(3)] ?? 'CNY',
      note: '',
      confirmedByCounterpart: false,
      closedAt: at(-100 + int(300)),
      createdAt: at(-100),
    };
    await all((r) => r.introductions.addDeal(deal));
  }
  return communityId;
}

/** The club's members, by id: to ask both stores about each. */
async function memberIdsOf(repos: Repositories, communityId: string): Promise<string[]> {
  const page = await repos.members.list(communityId, {}, pageRequest(100));
  return page.items.map((m) => m.id);
}

describe('the vitality summary in SQL equals its in-memory twin on random clubs (PostgreSQL)', () => {
  let drizzle: Repositories;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const serverUrl = process.env['DATABASE_URL'];
    if (!serverUrl) throw new Error('DATABASE_URL is not set (eval "$(scripts/services.sh start)")');
    const scratch = await createScratchDatabase(serverUrl);
    const handle = await openDatabase({ url: scratch.url });
    await runMigrations(handle);
    drizzle = createDrizzleRepositories(handle.db);
    close = async () => {
      await handle.close();
      await scratch.drop();
    };
  });
  afterAll(async () => {
    await close?.();
  });

  for (const seed of [1, 2, 3]) {
    it(`club ${seed}: every day of 200 in chunks of any size, cohorts, referrals and members’ years`, async () => {
      const memory = createMemoryRepositories();
      const communityId = await randomClub([memory, drizzle], seed);
      const from = '2026-01-20';
      const to = addLocalDays(from, 199);
      await memory.vitality.summarizeDays(communityId, from, to, RULES);
      // The SQL side in uneven chunks: each chunk's first day must not depend on the chunk before it.
      for (let day = from, size = 1; day <= to; day = addLocalDays(day, size), size = (size * 7) % 45 || 3) {
        const end = [addLocalDays(day, size - 1), to].sort()[0] as string;
        await drizzle.vitality.summarizeDays(communityId, day, end, RULES);
      }
      const expected = await memory.vitality.listDays(communityId, from, to);
      expect(expected).toHaveLength(200);
      expect(expected.some((d) => d.contributors30 > 0 && d.takers30 > 0 && d.newContributors30 > 0)).toBe(true);
      expect(await drizzle.vitality.listDays(communityId, from, to)).toEqual(expected);
      const now = new Date(START + 150 * DAY);
      expect(await drizzle.vitality.cohorts(communityId, RULES, now)).toEqual(
        await memory.vitality.cohorts(communityId, RULES, now),
      );
      const tree = await memory.vitality.referralTree(communityId, 1000);
      expect(tree.some((n) => n.depth >= 2)).toBe(true);
      expect(await drizzle.vitality.referralTree(communityId, 1000)).toEqual(tree);
      expect(await drizzle.vitality.referralTree(communityId, 7)).toEqual(tree.slice(0, 7));
      expect(await drizzle.vitality.referralFunnel(communityId, RULES, now)).toEqual(
        await memory.vitality.referralFunnel(communityId, RULES, now),
      );
      const yearFrom = new Date(START - 30 * DAY);
      let active = 0;
      for (const memberId of await memberIdsOf(memory, communityId)) {
        const year = await memory.vitality.memberYear(communityId, memberId, yearFrom, now);
        if (year.deals.length > 0 && year.answeredBy.length > 0 && year.lessonsAttended > 0) active += 1;
        expect(await drizzle.vitality.memberYear(communityId, memberId, yearFrom, now)).toEqual(year);
      }
      expect(active).toBeGreaterThan(0);

      // A day after all the activity: the SQL side's one-aggregate path (each member's last gave / took).
      const late = '2026-09-30';
      expect(await drizzle.vitality.summarizeDays(communityId, late, late, RULES)).toBe(1);
      await memory.vitality.summarizeDays(communityId, late, late, RULES);
      expect(await drizzle.vitality.listDays(communityId, late, late)).toEqual(
        await memory.vitality.listDays(communityId, late, late),
      );
      for (const at of [now, new Date(START + 60 * DAY), new Date(START + 190 * DAY)]) {
        expect(await drizzle.vitality.atRisk(communityId, RULES, at)).toEqual(
          await memory.vitality.atRisk(communityId, RULES, at),
        );
        expect(await drizzle.vitality.activation(communityId, at)).toEqual(
          await memory.vitality.activation(communityId, at),
        );
      }
      const months = await memory.vitality.newContributorsByMonth(communityId, RULES, '2025-06', '2026-08');
      expect(months.filter((m) => m.count > 0).length).toBeGreaterThan(3);
      expect(await drizzle.vitality.newContributorsByMonth(communityId, RULES, '2025-06', '2026-08')).toEqual(months);
      const quarters = await memory.vitality.dealsByQuarter(communityId, RULES, '2025-10-01', '2026-06-30');
      expect(quarters.length).toBeGreaterThan(3);
      expect(await drizzle.vitality.dealsByQuarter(communityId, RULES, '2025-10-01', '2026-06-30')).toEqual(quarters);
    });
  }
});
