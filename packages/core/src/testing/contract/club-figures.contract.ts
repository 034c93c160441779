import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../domain/community.js';
import type { Introduction } from '../../domain/introduction.js';
import type { Member } from '../../domain/member.js';
import { randomIds } from '../../ports/ids.js';
import type { ContractSubject } from './repositories.contract.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const DAY = 86_400_000;
const days = (n: number) => new Date(NOW.getTime() + n * DAY);
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The dashboard's aggregates (`figures`): status bands at their exact edges, the latest of several periods
 * (also after one is ended early), deleted members left out, renewals in order with a limit, contributors
 * among members with access, introductions and deals in a range.
 */
export function describeClubFiguresContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`club figures: ${name}`, () => {
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
        slug: `fig-${randomIds.code().toLowerCase()}`,
        name: 'Figures 数字',
        settings: DEFAULT_SETTINGS,
        createdAt: days(-900),
      });
      return id;
    }

    async function member(communityId: string, ends: readonly Date[], deleted = false): Promise<Member> {
      const m: Member = {
        id: randomIds.id(),
        communityId,
        handle: `h-${randomIds.code().toLowerCase()}`,
        displayName: `M ${randomIds.code()}`,
        email: null,
        locale: null,
        timezone: null,
        reminderLeadMinutes: null,
        remindersMuted: false,
        matchingExcluded: false,
        notes: '',
        createdAt: days(-800),
        deletedAt: deleted ? days(-1) : null,
      };
      await repos.members.create(m);
      for (const endsAt of ends) {
        await repos.memberships.add({
          id: randomIds.id(),
          communityId,
          memberId: m.id,
          startsAt: new Date(endsAt.getTime() - 365 * DAY),
          endsAt,
          kind: 'initial',
          paymentId: null,
          createdAt: days(-700),
        });
      }
      return m;
    }

    const bands = { now: NOW, expiringFrom: days(30), graceFrom: days(-7) };

    it('counts members by status from their latest end, edges included, deleted members left out', async () => {
      const c = await club();
      await member(c, []);
      await member(c, [days(31)]);
      await member(c, [days(30)]); // expiring: the edge belongs to the earlier band
      await member(c, [days(1), days(-300)]);
      await member(c, [NOW]); // grace
      await member(c, [days(-6.9)]);
      await member(c, [days(-7)]); // lapsed
      await member(c, [days(-100)]);
      await member(c, [days(200)], true);
      const renewed = await member(c, [days(-100)]);
      await member(await club(), [days(100)]);
      expect(await repos.figures.membershipCounts(c, bands)).toEqual({
        none: 1,
        active: 1,
        expiring: 2,
        grace: 2,
        lapsed: 3,
      });
      // A new period raises the latest end; ending it early lowers it again.
      const period = randomIds.id();
      await repos.memberships.add({
        id: period,
        communityId: c,
        memberId: renewed.id,
        startsAt: days(-100),
        endsAt: days(265),
        kind: 'renewal',
        paymentId: null,
        createdAt: NOW,
      });
      expect((await repos.figures.membershipCounts(c, bands)).active).toBe(2);
      await repos.memberships.endPeriod(c, period, days(-1));
      expect(await repos.figures.membershipCounts(c, bands)).toMatchObject({ active: 1, grace: 3, lapsed: 2 });
      // Deleting a member takes them out of every figure; the list's total follows.
      await repos.members.update({ ...renewed, deletedAt: NOW });
      expect(await repos.figures.membershipCounts(c, bands)).toMatchObject({ grace: 2, lapsed: 2 });
      expect((await repos.members.listWithLatestEnd(c, {}, { limit: 1, offset: 0 })).total).toBe(8);
      expect(
        (
          await repos.members.listWithLatestEnd(
            c,
            { latestEnd: { after: days(-7), notAfter: NOW } },
            { limit: 1, offset: 0 },
          )
        ).total,
      ).toBe(2);
      expect((await repos.members.listWithLatestEnd(c, { latestEnd: 'none' }, { limit: 1, offset: 0 })).total).toBe(1);
      expect(await repos.figures.membershipCounts('not-a-uuid', bands)).toEqual({
        none: 0,
        active: 0,
        expiring: 0,
        grace: 0,
        lapsed: 0,
      });
    });

    it('lists renewals due by end then id, with the total, and members with access who contributed', async () => {
      const c = await club();
      const soon = await member(c, [days(2)]);
      const tieA = await member(c, [days(5)]);
      const tieB = await member(c, [days(5)]);
      const last = await member(c, [days(30)]);
      await member(c, [days(31)]);
      await member(c, [NOW]);
      await member(c, [days(3)], true);
      const due = await repos.figures.renewalsDue(c, NOW, days(30), 3);
      expect(due.total).toBe(4);
      expect(due.next.map((d) => d.memberId)).toEqual([soon.id, ...[tieA.id, tieB.id].sort(byId)]);
      expect(due.next[0]).toEqual({ memberId: soon.id, displayName: soon.displayName, endsAt: days(2) });
      expect((await repos.figures.renewalsDue(c, NOW, days(30), 10)).next.at(-1)?.memberId).toBe(last.id);

      const lapsed = await member(c, [days(-30)]);
      for (const [m, at, source] of [
        [soon, days(-1), 'a'],
        [soon, days(-2), 'b'],
        [tieA, days(-30), 'c'], // the window starts here (inclusive)
        [tieB, NOW, 'd'], // and ends before now
        [lapsed, days(-1), 'e'],
        // A member whose latest contribution is after the window still counts for the one inside it.
        [last, days(-5), 'f'],
        [last, days(1), 'g'],
      ] as const) {
        await repos.contributions.record({
          id: randomIds.id(),
          communityId: c,
          memberId: m.id,
          kind: 'answer',
          sourceId: source,
          points: 1,
          at,
        });
      }
      const gone = await member(c, [days(100)], true);
      expect(
        (
          await repos.figures.withAccessAmong(
            c,
            [soon.id, lapsed.id, gone.id, last.id, randomIds.id(), 'not-a-uuid'],
            days(-7),
          )
        ).sort(byId),
      ).toEqual([soon.id, last.id].sort(byId));
      expect(await repos.figures.withAccessAmong(c, [], days(-7))).toEqual([]);
      expect(await repos.figures.contributorsWithAccess(c, days(-7), days(-30), NOW)).toEqual({
        members: 6,
        contributors: 3,
      });
      // A window that ends before the latest contributions of all three: only those inside it count.
      expect(await repos.figures.contributorsWithAccess(c, days(-7), days(-30), days(-3))).toEqual({
        members: 6,
        contributors: 2,
      });
    });

    it('members.listWithLatestEnd pages by keyset (created at, then id, descending), ties included', async () => {
      const c = await club();
      const made: Member[] = [];
      for (const [i, createdAt] of [days(-5), days(-3), days(-3), days(-3), days(-1)].entries()) {
        const m = await member(c, i % 2 === 0 ? [days(100)] : []);
        const moved = { ...m, createdAt };
        await repos.members.update(moved);
        made.push(moved);
      }
      const order = [...made]
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || byId(b.id, a.id))
        .map((m) => m.id);
      const seen: string[] = [];
      let after: { createdAt: Date; id: string } | undefined;
      for (let i = 0; i < 3; i++) {
        const page = await repos.members.listWithLatestEnd(c, after ? { after } : {}, { limit: 2, offset: 0 });
        expect(page.total).toBe(5);
        seen.push(...page.items.map((r) => r.member.id));
        const last = page.items.at(-1)?.member;
        if (last) after = { createdAt: last.createdAt, id: last.id };
      }
      expect(seen).toEqual(order);
      const withAccess = await repos.members.listWithLatestEnd(
        c,
        { latestEnd: { after: NOW }, after: { createdAt: days(-3), id: order[1]! } },
        { limit: 10, offset: 0 },
      );
      expect(withAccess.items.map((r) => r.member.id)).toEqual(
        order.slice(2).filter((id) => made.findIndex((m) => m.id === id) % 2 === 0),
      );
      expect(withAccess.total).toBe(3);
    });

    it('counts introductions and sums deals in a range', async () => {
      const c = await club();
      const [a, b, x, y] = [
        await member(c, [days(100)]),
        await member(c, [days(100)]),
        await member(c, [days(100)]),
        await member(c, [days(100)]),
      ] as [Member, Member, Member, Member];
      const intro = (m1: Member, m2: Member, over: Partial<Introduction>): Introduction => ({
        id: randomIds.id(),
        communityId: c,
        memberA: m1.id,
        memberB: m2.id,
        answerA: 'pending',
        answerB: 'pending',
        status: 'proposed',
        score: 0.5,
        reason: 'r',
        roundId: null,
        introducedAt: null,
        followUpAt: null,
        followUpOutcome: null,
        createdAt: days(-10),
        ...over,
      });
      await repos.introductions.create(
        intro(a, b, { status: 'introduced', createdAt: days(-200), introducedAt: days(-5) }),
      );
      await repos.introductions.create(
        intro(a, x, { status: 'introduced', createdAt: days(-200), introducedAt: days(-190) }),
      );
      await repos.introductions.create(intro(a, y, { status: 'declined' }));
      await repos.introductions.create(intro(b, x, { status: 'proposed' }));
      await repos.introductions.create(intro(b, y, { status: 'expired' }));
      await repos.introductions.create(intro(x, y, { status: 'proposed', createdAt: days(1) }));
      expect(await repos.figures.introductionCounts(c, days(-100), NOW)).toEqual({ made: 1, declined: 1, proposed: 1 });

      const deal = (currency: string, amountMinor: number, closedAt: Date) =>
        repos.introductions.addDeal({
          id: randomIds.id(),
          communityId: c,
          introductionId: null,
          recordedBy: a.id,
          counterpartId: null,
          amountMinor,
          currency,
          note: '',
          confirmedByCounterpart: false,
          closedAt,
          createdAt: closedAt,
        });
      await deal('USD', 5_000, days(-3));
      await deal('CNY', 100_000, days(-100)); // the range is inclusive at both ends
      await deal('CNY', 2_500_000_000, NOW);
      await deal('CNY', 7, days(-101));
      await deal('EUR', 9, days(1));
      expect(await repos.figures.dealTotals(c, days(-100), NOW)).toEqual({
        count: 3,
        totals: [
          { currency: 'CNY', amountMinor: 2_500_100_000, count: 2 },
          { currency: 'USD', amountMinor: 5_000, count: 1 },
        ],
      });
    });
  });
}
