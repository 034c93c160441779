import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, ApplicationStatus } from '../../domain/application.js';
import { DEFAULT_SETTINGS } from '../../domain/community.js';
import type { Member } from '../../domain/member.js';
import { emptyProfile } from '../../domain/profile.js';
import type { Question } from '../../domain/question.js';
import { addLocalDays } from '../../domain/vitality.js';
import { randomIds } from '../../ports/ids.js';
import type { ContractSubject } from './repositories.contract.js';

// The club's timezone is Asia/Shanghai (UTC+8, no DST): local instants are written with their offset.
const D = '2026-06-15';
const local = (day: string, time = '12:00:00') => new Date(`${day}T${time}+08:00`);
const ago = (n: number, time?: string) => local(addLocalDays(D, -n), time);
const DAY = 86_400_000;
const RULES = { timezone: 'Asia/Shanghai', graceDays: 7 };

/**
 * The daily vitality summary on a fixed club: window edges (a contribution on the first and just before the
 * first day of the 30-day window), a member who joined on the day, a lapsed member who renewed, the grace
 * period's edge, takers from questions, introductions and RSVPs (not cancelled lessons), deleted members and
 * other clubs left out, and a recompute replacing stored days.
 */
export function describeVitalityContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`vitality summary: ${name}`, () => {
    let subject: ContractSubject;
    let repos: ContractSubject['repos'];
    beforeAll(async () => {
      subject = await open();
      repos = subject.repos;
    });
    afterAll(async () => {
      await subject?.close?.();
    });

    async function club(): Promise<string> {
      const id = randomIds.id();
      await repos.communities.create({
        id,
        slug: `vit-${randomIds.code().toLowerCase()}`,
        name: 'Vitality 活力',
        settings: { ...DEFAULT_SETTINGS, ...RULES },
        createdAt: ago(400),
      });
      return id;
    }

    async function member(
      c: string,
      periods: readonly (readonly [Date, Date])[],
      deleted = false,
      kinds: readonly ('initial' | 'renewal')[] = [],
    ): Promise<string> {
      const m: Member = {
        id: randomIds.id(),
        communityId: c,
        handle: `h-${randomIds.code().toLowerCase()}`,
        displayName: `M ${randomIds.code()}`,
        email: null,
        locale: null,
        timezone: null,
        reminderLeadMinutes: null,
        remindersMuted: false,
        matchingExcluded: false,
        notes: '',
        createdAt: ago(300),
        deletedAt: deleted ? ago(1) : null,
      };
      await repos.members.create(m);
      for (const [i, [startsAt, endsAt]] of periods.entries()) {
        await repos.memberships.add({
          id: randomIds.id(),
          communityId: c,
          memberId: m.id,
          startsAt,
          endsAt,
          kind: kinds[i] ?? 'initial',
          paymentId: null,
          createdAt: startsAt,
        });
      }
      return m.id;
    }

    const gave = (c: string, memberId: string, at: Date) =>
      repos.contributions.record({
        id: randomIds.id(),
        communityId: c,
        memberId,
        kind: 'answer',
        sourceId: randomIds.id(),
        points: 1,
        at,
      });

    const asked = (c: string, memberId: string, at: Date) => {
      const q: Question = {
        id: randomIds.id(),
        communityId: c,
        memberId,
        body: 'How? 怎么做？',
        status: 'open',
        claimedBy: null,
        answer: null,
        answeredBy: null,
        answeredAt: null,
        faq: false,
        createdAt: at,
        resolvedAt: null,
        rating: null,
        ratingComment: null,
        faqConsent: false,
        slaRemindedAt: null,
        slaEscalatedAt: null,
      };
      return repos.questions.create(q);
    };

    async function lesson(c: string, at: Date, cancelled: boolean, attendee: string) {
      const id = randomIds.id();
      await repos.lessons.create({
        id,
        communityId: c,
        seriesId: null,
        kind: 'lesson',
        title: 'Pricing 定价',
        description: '',
        speakerName: null,
        speakerBio: null,
        startsAt: at,
        durationMinutes: 60,
        capacity: null,
        location: 'online',
        status: cancelled ? 'cancelled' : 'scheduled',
        materialsUrl: null,
        replayUrl: null,
        hostMemberId: null,
        occurrenceStartsAt: null,
        version: 1,
        createdAt: ago(40),
        updatedAt: ago(40),
      });
      await repos.lessons.upsertRsvp({
        communityId: c,
        lessonId: id,
        memberId: attendee,
        status: 'going',
        attended: null,
        createdAt: ago(30),
      });
    }

    /** The fixed club; returns its id and the member who gives after the first summary. */
    async function fixedClub() {
      const c = await club();
      const year: readonly [Date, Date] = [ago(200), local(addLocalDays(D, 100))];
      const a = await member(c, [year]);
      await gave(c, a, ago(200));
      await gave(c, a, ago(29, '00:00:00')); // the first instant of the 30-day window
      const b = await member(c, [year]);
      await gave(c, b, ago(30, '23:59:59')); // the last instant before it
      await asked(c, b, ago(0, '09:00:00'));
      const joined = await member(c, [[ago(0, '18:00:00'), local(addLocalDays(D, 365))]]); // joined on the day
      const renewed = await member(c, [
        [ago(425), ago(60)],
        [ago(10), local(addLocalDays(D, 355))],
      ]);
      await gave(c, renewed, ago(20)); // while lapsed: counts once access is back
      const inGrace = await member(c, [[ago(365), ago(3)]]);
      const other = await member(c, [year]);
      await gave(c, other, ago(100));
      await repos.introductions.create({
        id: randomIds.id(),
        communityId: c,
        memberA: inGrace,
        memberB: other,
        answerA: 'accepted',
        answerB: 'accepted',
        status: 'introduced',
        score: 1,
        reason: '',
        roundId: null,
        introducedAt: ago(5),
        followUpAt: null,
        followUpOutcome: null,
        createdAt: ago(8),
      });
      // Access ends exactly grace days before the end of D: still a member on D-1, not on D.
      const graceEdge = await member(c, [
        [ago(365), new Date(local(addLocalDays(D, 1), '00:00:00').getTime() - 7 * DAY)],
      ]);
      const attendee = await member(c, [year]);
      await lesson(c, ago(2), false, attendee);
      const cancelledAttendee = await member(c, [year]);
      await lesson(c, ago(2), true, cancelledAttendee);
      const deleted = await member(c, [year], true);
      await gave(c, deleted, ago(1));
      // Another club's ledger never counts here.
      const elsewhere = await club();
      const stranger = await member(elsewhere, [year]);
      await gave(elsewhere, stranger, ago(1));
      return { c, joined, graceEdge };
    }

    it('counts contributors, takers, silent and new contributors per local day, edges included', async () => {
      const { c } = await fixedClub();
      expect(await repos.vitality.lastDay(c)).toBeNull();
      expect(await repos.vitality.summarizeDays(c, addLocalDays(D, -1), D, RULES)).toBe(2);
      const [before, day] = await repos.vitality.listDays(c, addLocalDays(D, -30), D);
      expect(day).toEqual({
        day: D,
        members: 8,
        contributors30: 2,
        contributors90: 3,
        takers30: 4,
        silent30: 2,
        newContributors30: 1,
      });
      expect(before).toEqual({
        day: addLocalDays(D, -1),
        members: 8,
        contributors30: 3,
        contributors90: 3,
        takers30: 3,
        silent30: 2,
        newContributors30: 2,
      });
      expect(await repos.vitality.lastDay(c)).toBe(D);
      // One day alone gives the same figures: D is the latest (nothing after it), D−1 is not (D's activity).
      expect(await repos.vitality.summarizeDays(c, D, D, RULES)).toBe(1);
      expect(await repos.vitality.summarizeDays(c, addLocalDays(D, -1), addLocalDays(D, -1), RULES)).toBe(1);
      expect(await repos.vitality.listDays(c, addLocalDays(D, -1), D)).toEqual([before, day]);
    });

    it('leaves out a lapsed member until they renew, and replaces a day when it is summarised again', async () => {
      const { c, joined } = await fixedClub();
      await repos.vitality.summarizeDays(c, addLocalDays(D, -20), addLocalDays(D, -20), RULES);
      const [lapsedDay] = await repos.vitality.listDays(c, addLocalDays(D, -20), addLocalDays(D, -20));
      // On D-20: the renewed member is lapsed, the member who joined on D is not there yet, the grace edge is in.
      expect(lapsedDay?.members).toBe(7);
      await repos.vitality.summarizeDays(c, D, D, RULES);
      await gave(c, joined, ago(0, '19:00:00'));
      await repos.vitality.summarizeDays(c, D, D, RULES);
      const [day] = await repos.vitality.listDays(c, D, D);
      expect(day).toMatchObject({ contributors30: 3, newContributors30: 2, silent30: 1 });
      expect(await repos.vitality.listDays(c, addLocalDays(D, 1), addLocalDays(D, 9))).toEqual([]);
    });

    it('groups members by local join month: still members after a year, renewals, contributors', async () => {
      const c = await club();
      const NOW = local(D); // 2026-06-15 12:00 in Shanghai
      const renewedOnTime = await member(
        c,
        [
          [local('2025-03-10'), local('2026-03-10')],
          [local('2026-03-10'), local('2027-03-10')],
        ],
        false,
        ['initial', 'renewal'],
      );
      await gave(c, renewedOnTime, local('2025-05-01'));
      // 00:30 on 1 April in Shanghai is still March in UTC: the club's month counts.
      await member(c, [[local('2025-04-01', '00:30:00'), local('2026-04-01', '00:30:00')]]);
      // Lapsed after the first year, came back later: renewed, but not a member when the year and grace ended.
      await member(
        c,
        [
          [local('2025-04-10'), local('2026-04-10')],
          [local('2026-05-01'), local('2027-05-01')],
        ],
        false,
        ['initial', 'renewal'],
      );
      await member(c, [[local('2025-06-12'), local('2026-06-12')]]); // in grace: renewal not due yet
      await member(c, [[local(D, '09:00:00'), local('2027-06-15')]]); // joined today
      await member(c, [[local('2025-03-01'), local('2026-03-01')]], true); // deleted
      await member(c, []); // approved, never paid: no cohort
      expect(await repos.vitality.cohorts(c, RULES, NOW)).toEqual([
        { month: '2025-03', members: 1, matured: 1, retained: 1, renewalDue: 1, renewed: 1, contributed: 1 },
        { month: '2025-04', members: 2, matured: 2, retained: 0, renewalDue: 2, renewed: 1, contributed: 0 },
        { month: '2025-06', members: 1, matured: 0, retained: 0, renewalDue: 0, renewed: 0, contributed: 0 },
        { month: '2026-06', members: 1, matured: 0, retained: 0, renewalDue: 0, renewed: 0, contributed: 0 },
      ]);
      expect(await repos.vitality.cohorts(await club(), RULES, NOW)).toEqual([]);
      // Ending the renewal where it began (a refund) leaves the first year's checkpoint uncovered: not retained.
      const renewal = (await repos.memberships.listForMember(c, renewedOnTime)).find((p) => p.kind === 'renewal');
      await repos.memberships.endPeriod(c, renewal?.id ?? '', local('2026-03-10'));
      expect((await repos.vitality.cohorts(c, RULES, NOW))[0]).toEqual({
        month: '2025-03',
        members: 1,
        matured: 1,
        retained: 0,
        renewalDue: 1,
        renewed: 1,
        contributed: 1,
      });
    });

    async function applied(
      c: string,
      referrerMemberId: string | null,
      status: ApplicationStatus,
      memberId: string | null,
      decidedAt: Date | null = null,
    ) {
      const application: Application = {
        id: randomIds.id(),
        communityId: c,
        name: 'Applicant 申请人',
        email: null,
        company: '',
        industry: '',
        locale: 'zh-CN',
        platform: null,
        workspaceId: null,
        platformUserId: null,
        answers: [],
        valuesPledge: true,
        referrerMemberId,
        flags: [],
        status,
        decisionReason: null,
        decidedBy: null,
        decidedAt: decidedAt ?? (status === 'pending' ? null : ago(300)),
        memberId,
        submittedAt: ago(310),
        reasonShared: false,
        infoAnswer: null,
        infoAnsweredAt: null,
        vouchedAt: null,
      };
      await repos.applications.create(application);
    }

    it('follows who brought whom down the chain, and converts referred against direct applicants', async () => {
      const c = await club();
      const NOW = local(D);
      const year: readonly [Date, Date] = [ago(300), local(addLocalDays(D, 65))];
      const lapsedYear: readonly [Date, Date] = [ago(400), ago(35)];
      const root = await member(c, [year]);
      await applied(c, null, 'approved', root);
      const a = await member(c, [lapsedYear, [ago(35), local(addLocalDays(D, 330))]], false, ['initial', 'renewal']);
      await applied(c, root, 'approved', a);
      const b = await member(c, [lapsedYear]); // did not renew
      await applied(c, root, 'approved', b);
      const cc = await member(c, [year]);
      await applied(c, a, 'approved', cc);
      // A later approved application naming someone else does not move them in the tree.
      await applied(c, b, 'approved', cc, ago(100));
      const d = await member(c, []); // approved, never paid
      await applied(c, cc, 'approved', d);
      const gone = await member(c, [year], true);
      await applied(c, root, 'approved', gone); // deleted: left out of the tree
      await applied(c, root, 'pending', null);
      await applied(c, a, 'rejected', null);
      await applied(c, null, 'rejected', null);
      await gave(c, a, ago(10));
      await gave(c, a, ago(11));
      await gave(c, d, ago(1));

      const tree = await repos.vitality.referralTree(c, 100);
      expect(tree.map((n) => [n.memberId, n.referrerId, n.depth, n.brought, n.descendants, n.points])).toEqual([
        [root, null, 0, 2, 4, 0],
        [a, root, 1, 1, 2, 2],
        [b, root, 1, 0, 0, 0],
        [cc, a, 2, 1, 1, 0],
        [d, cc, 3, 0, 0, 1],
      ]);
      expect(tree[0]?.displayName).toMatch(/^M /);
      // A limit keeps the shallowest nodes: every node's referrer comes before it.
      expect((await repos.vitality.referralTree(c, 3)).map((n) => n.memberId)).toEqual([root, a, b]);

      expect(await repos.vitality.referralFunnel(c, RULES, NOW)).toEqual({
        // Applications count (cc's two both do); the deleted member and d, who never paid, are not paid.
        referred: { applied: 8, approved: 6, paid: 4, renewalDue: 2, renewed: 1 },
        direct: { applied: 2, approved: 1, paid: 1, renewalDue: 0, renewed: 0 },
      });
      expect(await repos.vitality.referralTree(await club(), 10)).toEqual([]);
    });

    it('sums one member’s year: lessons, answers and by whom, introductions, deals per currency, contributions', async () => {
      const { c } = await fixedClub();
      const year: readonly [Date, Date] = [ago(300), local(addLocalDays(D, 65))];
      const ann = await member(c, [year]);
      const coach = await member(c, [year]);
      const q = randomIds.id();
      await asked(c, ann, ago(50));
      const question = (await repos.questions.listForMember(c, ann))[0];
      if (!question) throw new Error('no question');
      await repos.questions.update({ ...question, status: 'answered', answeredBy: coach, answeredAt: ago(49) });
      await lesson(c, ago(20), false, ann);
      await lesson(c, ago(19), true, ann); // cancelled
      for (const [amountMinor, currency, at] of [
        [500, 'USD', ago(10)],
        [700, 'CNY', ago(12)],
        [300, 'USD', ago(400)], // before the period
      ] as const) {
        await repos.introductions.addDeal({
          id: randomIds.id(),
          communityId: c,
          introductionId: null,
          recordedBy: coach,
          counterpartId: ann,
          amountMinor,
          currency,
          note: q,
          confirmedByCounterpart: true,
          closedAt: at,
          createdAt: at,
        });
      }
      await gave(c, ann, ago(3));
      expect(await repos.vitality.memberYear(c, ann, ago(365), local(D))).toEqual({
        lessonsAttended: 1,
        questionsAnswered: 1,
        answeredBy: [expect.stringMatching(/^M /)],
        introductions: 0,
        deals: [
          { currency: 'CNY', amountMinor: 700, count: 1 },
          { currency: 'USD', amountMinor: 500, count: 1 },
        ],
        contributions: 1,
        points: 1,
      });
      expect(await repos.vitality.memberYear(c, ann, ago(5), local(D))).toMatchObject({
        lessonsAttended: 0,
        questionsAnswered: 0,
        answeredBy: [],
        deals: [],
        contributions: 1,
      });
    });

    it('counts silent top contributors and renewals without activity, new contributors per month, deals per quarter', async () => {
      const c = await club();
      const NOW = local(D);
      const year: readonly [Date, Date] = [ago(200), local(addLocalDays(D, 100))];
      const soon: readonly [Date, Date] = [ago(340), local(addLocalDays(D, 20))];
      const give = async (memberId: string, at: Date, points: number) =>
        repos.contributions.record({
          id: randomIds.id(),
          communityId: c,
          memberId,
          kind: 'answer',
          sourceId: randomIds.id(),
          points,
          at,
        });
      // Seven contributors with access: the top quarter is the first two ranks (ties included).
      const silentTop = await member(c, [year]);
      await give(silentTop, ago(40), 10); // top, nothing for 40 days: at risk
      const activeTop = await member(c, [year]);
      await give(activeTop, ago(5), 10); // top, gave 5 days ago
      const mid = await member(c, [year]);
      await give(mid, ago(100), 3); // silent but not in the top quarter
      const low1 = await member(c, [year]);
      await give(low1, ago(60), 1);
      await give(low1, ago(1), 1);
      const low2 = await member(c, [year]);
      await give(low2, ago(2), 1);
      const low3 = await member(c, [year]);
      await give(low3, local('2026-05-01', '00:30:00'), 1); // still April in UTC: May in the club
      const deleted = await member(c, [year], true);
      await give(deleted, ago(50), 20); // deleted: not counted anywhere
      const lapsed = await member(c, [[ago(400), ago(60)]]);
      await give(lapsed, ago(45), 50); // no access: not counted
      // Approaching renewal (latest period ends within 30 days, grace included) with nothing since it started.
      await member(c, [soon]); // counts
      const asker = await member(c, [soon]);
      await asked(c, asker, ago(100));
      const attendee = await member(c, [soon]);
      await lesson(c, ago(10), false, attendee);
      const cancelled = await member(c, [soon]);
      await lesson(c, ago(9), true, cancelled); // a cancelled lesson is no activity: counts
      await member(c, [[ago(340), local(addLocalDays(D, 40))]]); // renewal further out
      await member(c, [[ago(365), ago(3)]]); // in grace: counts
      await member(
        c,
        [
          [ago(400), ago(35)],
          [ago(35), local(addLocalDays(D, 330))],
        ],
        false,
        ['initial', 'renewal'],
      );
      const before = await member(c, [soon]);
      await give(before, ago(345), 1); // gave before the period: counts (and is the seventh contributor)
      await member(c, [soon], true); // deleted
      expect(await repos.vitality.atRisk(c, RULES, NOW)).toEqual({
        silentContributors: 1,
        renewalsWithoutActivity: 4,
      });

      expect(await repos.vitality.newContributorsByMonth(c, RULES, '2026-03', '2026-07')).toEqual([
        { month: '2026-03', count: 1 },
        { month: '2026-04', count: 1 },
        { month: '2026-05', count: 3 }, // the lapsed member's first contribution counts in its month
        { month: '2026-06', count: 2 },
        { month: '2026-07', count: 0 },
      ]);

      const other = await club();
      for (const [club_, amountMinor, currency, closedAt] of [
        [c, 500, 'USD', local('2026-04-01', '00:30:00')], // 31 March in UTC: the club's second quarter
        [c, 700, 'USD', ago(10)],
        [c, 300, 'CNY', local('2026-02-10')],
        [c, 900, 'EUR', local('2025-12-31', '23:00:00')], // before the range
        [other, 100, 'USD', ago(10)], // another club
      ] as const) {
        await repos.introductions.addDeal({
          id: randomIds.id(),
          communityId: club_,
          introductionId: null,
          recordedBy: club_ === c ? activeTop : await member(other, [year]),
          counterpartId: null,
          amountMinor,
          currency,
          note: '',
          confirmedByCounterpart: false,
          closedAt,
          createdAt: closedAt,
        });
      }
      expect(await repos.vitality.dealsByQuarter(c, RULES, '2026-01-01', D)).toEqual([
        { quarter: '2026-Q1', currency: 'CNY', count: 1, amountMinor: 300 },
        { quarter: '2026-Q2', currency: 'USD', count: 2, amountMinor: 1200 },
      ]);
      expect(await repos.vitality.atRisk(other, RULES, NOW)).toEqual({
        silentContributors: 0,
        renewalsWithoutActivity: 0,
      });
    });

    it('sums deals per introducer and currency: the top introducers by deals, then the matching rounds', async () => {
      const c = await club();
      const year: readonly [Date, Date] = [ago(200), local(addLocalDays(D, 100))];
      const [x, y, z] = [await member(c, [year]), await member(c, [year]), await member(c, [year])];
      // Each introduction joins two fresh members (one introduction per pair, ever).
      const intro = async (by: { introducerId?: string; roundId?: string; proposed?: true }) => {
        const [a, b] = [await member(c, [year]), await member(c, [year])];
        const id = randomIds.id();
        await repos.introductions.create({
          id,
          communityId: c,
          memberA: a,
          memberB: b,
          answerA: 'accepted',
          answerB: 'accepted',
          status: 'introduced',
          score: 1,
          reason: '',
          roundId: by.roundId ?? null,
          introducedAt: ago(100),
          followUpAt: null,
          followUpOutcome: null,
          ...(by.introducerId ? { introducerId: by.introducerId } : {}),
          ...(by.proposed ? { proposedBy: a } : {}),
          createdAt: ago(100),
        });
        return { id, a };
      };
      const deal = async (
        club_: string,
        from: { id: string; a: string } | null,
        amountMinor: number,
        currency: string,
        closedAt: Date,
        recordedBy = '',
      ) =>
        repos.introductions.addDeal({
          id: randomIds.id(),
          communityId: club_,
          introductionId: from?.id ?? null,
          recordedBy: from?.a ?? recordedBy,
          counterpartId: null,
          amountMinor,
          currency,
          note: '',
          confirmedByCounterpart: true,
          closedAt,
          createdAt: closedAt,
        });
      const byX = await intro({ introducerId: x });
      const byY = await intro({ introducerId: y });
      const byZ = await intro({ introducerId: z });
      const round = await intro({ roundId: 'round-1' });
      const own = await intro({ proposed: true });
      await deal(c, byX, 100, 'USD', ago(10));
      await deal(c, byX, 50, 'CNY', ago(20));
      await deal(c, byX, 25, 'USD', local('2026-01-01', '00:30:00')); // 31 December in UTC: in the club's range
      await deal(c, byY, 700, 'USD', ago(5));
      await deal(c, byY, 800, 'USD', ago(6));
      await deal(c, byZ, 9_000, 'EUR', ago(7)); // one deal: third, left out when only two are listed
      await deal(c, byZ, 9_000, 'EUR', local('2025-12-31', '23:00:00')); // before the range
      await deal(c, round, 300, 'CNY', ago(3));
      await deal(c, round, 200, 'CNY', ago(4));
      await deal(c, own, 5_000, 'USD', ago(2)); // a side's own proposal: no introducer, no round
      await deal(c, null, 6_000, 'USD', ago(2), x); // not from an introduction
      const other = await club();
      await deal(other, null, 100, 'USD', ago(10), await member(other, [year]));

      expect(await repos.vitality.dealsByIntroducer(c, RULES, '2026-01-01', D, 10)).toEqual([
        { introducerId: x, currency: 'CNY', count: 1, amountMinor: 50 },
        { introducerId: x, currency: 'USD', count: 2, amountMinor: 125 },
        { introducerId: y, currency: 'USD', count: 2, amountMinor: 1500 },
        { introducerId: z, currency: 'EUR', count: 1, amountMinor: 9_000 },
        { introducerId: null, currency: 'CNY', count: 2, amountMinor: 500 },
      ]);
      // Two listed: x (three deals) and y (two); the matching round's row stays.
      expect((await repos.vitality.dealsByIntroducer(c, RULES, '2026-01-01', D, 2)).map((r) => r.introducerId)).toEqual(
        [x, x, y, null],
      );
      expect(await repos.vitality.dealsByIntroducer(other, RULES, '2026-01-01', D, 10)).toEqual([]);
    });

    it('lists members whose access first began in a range, by start then id, a page at a time', async () => {
      const c = await club();
      const at = (n: number) => ago(n, '10:00:00');
      const early = await member(c, [[at(3), local(addLocalDays(D, 360))]]);
      const [twinA, twinB] = [
        await member(c, [[at(2), local(addLocalDays(D, 360))]]),
        await member(c, [[at(2), local(addLocalDays(D, 360))]]),
      ].sort();
      const today = await member(c, [[at(0), local(addLocalDays(D, 365))]]);
      await member(c, [
        [at(10), at(1)],
        [at(1), local(addLocalDays(D, 360))],
      ]); // renewed: began before the range
      await member(c, [[at(1), local(addLocalDays(D, 360))]], true); // deleted
      await member(c, [[at(5), local(addLocalDays(D, 360))]]); // before the range
      const from = ago(4);
      const to = local(D, '23:00:00');
      const all = await repos.vitality.accessStarts(c, from, to, null, 10);
      expect(all.map((s) => s.memberId)).toEqual([early, twinA, twinB, today]);
      expect(all[0]?.startsAt).toEqual(at(3));
      const first = await repos.vitality.accessStarts(c, from, to, null, 2);
      expect(first.map((s) => s.memberId)).toEqual([early, twinA]);
      const rest = await repos.vitality.accessStarts(c, from, to, first.at(-1) ?? null, 2);
      expect(rest.map((s) => s.memberId)).toEqual([twinB, today]);
      expect(await repos.vitality.accessStarts(await club(), from, to, null, 10)).toEqual([]);
    });

    it('counts new members whose first 14 days are over, and those activated (a profile and one action)', async () => {
      const c = await club();
      const NOW = local(D);
      const open = (n: number): readonly [Date, Date] => [ago(n), local(addLocalDays(D, 300))];
      const profile = async (memberId: string, company = 'Acme 公司') =>
        repos.profiles.upsert({ ...emptyProfile(c, memberId, ago(1)), company });
      const a = await member(c, [open(30)]);
      await profile(a);
      await gave(c, a, ago(25)); // in the first 14 days: activated
      const b = await member(c, [open(30)]);
      await profile(b);
      await gave(c, b, ago(10)); // after them: not
      const noProfile = await member(c, [open(40)]);
      await asked(c, noProfile, ago(39)); // no profile: not
      const d = await member(c, [open(50)]);
      await profile(d);
      await lesson(c, ago(45), false, d); // attended: activated
      const e = await member(c, [open(20)]);
      await profile(e);
      await asked(c, e, ago(19)); // asked: activated
      await member(c, [open(10)]); // first 14 days not over: not counted
      const old = await member(c, [open(200)]); // began too long ago: not counted
      await member(c, [[ago(400), ago(35)], open(35)], false, ['initial', 'renewal']); // began 400 days ago
      await member(c, [open(30)], true); // deleted
      const blank = await member(c, [open(60)]);
      await profile(blank, '   '); // a blank profile is empty
      const j = await member(c, [open(60)]);
      await profile(j);
      for (const [memberA, memberB] of [
        [blank, old],
        [j, old],
      ] as const) {
        await repos.introductions.create({
          id: randomIds.id(),
          communityId: c,
          memberA,
          memberB,
          answerA: 'accepted',
          answerB: 'accepted',
          status: 'introduced',
          score: 1,
          reason: '',
          roundId: null,
          introducedAt: ago(58),
          followUpAt: null,
          followUpOutcome: null,
          createdAt: ago(59),
        });
      }
      expect(await repos.vitality.activation(c, NOW)).toEqual({ newMembers: 7, activated: 4 });
      expect(await repos.vitality.activation(await club(), NOW)).toEqual({ newMembers: 0, activated: 0 });
    });

    it('writes nothing for an empty or reversed range, and reads nothing for another club', async () => {
      const c = await club();
      expect(await repos.vitality.summarizeDays(c, D, addLocalDays(D, -1), RULES)).toBe(0);
      await repos.vitality.summarizeDays(c, D, D, RULES);
      expect(await repos.vitality.listDays(c, D, D)).toEqual([
        { day: D, members: 0, contributors30: 0, contributors90: 0, takers30: 0, silent30: 0, newContributors30: 0 },
      ]);
      expect(await repos.vitality.listDays(await club(), D, D)).toEqual([]);
    });
  });
}
