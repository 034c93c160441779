import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../domain/community.js';
import type { Deal } from '../../domain/deal.js';
import type { Introduction, IntroStatus } from '../../domain/introduction.js';
import type { Member } from '../../domain/member.js';
import type { Supplier } from '../../domain/supplier.js';
import { randomIds } from '../../ports/ids.js';
import type { ContractSubject } from './repositories.contract.js';

const T0 = Date.parse('2026-03-31T15:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

/**
 * The staff panel's paged club lists (introductions, deals and their sums, suppliers): pages, counts and
 * sums come from the repository, so both implementations must agree on order, filters, bounds and sums.
 */
export function describeClubListsContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`club lists contract: ${name}`, () => {
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
        slug: `lists-${randomIds.code().toLowerCase()}`,
        name: 'Lists',
        settings: DEFAULT_SETTINGS,
        createdAt: at(0),
      });
      return id;
    }

    async function member(communityId: string): Promise<Member> {
      const m: Member = {
        id: randomIds.id(),
        communityId,
        handle: `h-${randomIds.code().toLowerCase()}`,
        displayName: 'Member',
        email: null,
        locale: null,
        timezone: null,
        reminderLeadMinutes: null,
        remindersMuted: false,
        matchingExcluded: false,
        notes: '',
        createdAt: at(0),
        deletedAt: null,
      };
      await repos.members.create(m);
      return m;
    }

    it('introductions: a page newest first (ties by id), filtered by status, counted, deals by introduction', async () => {
      const c = await club();
      const other = await club();
      const people = await Promise.all([1, 2, 3, 4, 5].map(() => member(c)));
      const stranger = [await member(other), await member(other)];
      const intro = (a: Member, b: Member, minutes: number, status: IntroStatus, communityId = c): Introduction => ({
        id: randomIds.id(),
        communityId,
        memberA: a.id,
        memberB: b.id,
        answerA: 'pending',
        answerB: 'pending',
        status,
        score: 0.5,
        reason: 'offers ↔ needs',
        roundId: null,
        introducedAt: null,
        followUpAt: null,
        followUpOutcome: null,
        createdAt: at(minutes),
      });
      const [p0, p1, p2, p3, p4] = people as [Member, Member, Member, Member, Member];
      const intros = [
        intro(p0, p1, 1, 'proposed'),
        intro(p0, p2, 2, 'introduced'),
        intro(p0, p3, 2, 'proposed'),
        intro(p1, p2, 3, 'declined'),
        intro(p3, p4, 4, 'introduced'),
      ];
      for (const i of intros) await repos.introductions.create(i);
      await repos.introductions.create(intro(stranger[0] as Member, stranger[1] as Member, 9, 'proposed', other));
      const tied = [intros[1], intros[2]].map((i) => i?.id ?? '').sort((a, b) => (a < b ? 1 : -1));
      const newestFirst = [intros[4]?.id, intros[3]?.id, ...tied, intros[0]?.id];

      const all = await repos.introductions.pageForCommunity(c, null, { limit: 10, offset: 0 });
      expect(all.total).toBe(5);
      expect(all.items.map((i) => i.id)).toEqual(newestFirst);
      expect(all.items[0]).toEqual(intros[4]);
      const second = await repos.introductions.pageForCommunity(c, null, { limit: 2, offset: 2 });
      expect(second).toEqual({ total: 5, items: all.items.slice(2, 4) });
      const afterSecond = all.items[1] as Introduction;
      const keyset = await repos.introductions.pageForCommunity(c, null, { limit: 2, offset: 40 }, afterSecond);
      expect(keyset).toEqual({ total: 5, items: all.items.slice(2, 4) });
      const afterTie = all.items[2] as Introduction;
      expect(
        (await repos.introductions.pageForCommunity(c, 'proposed', { limit: 5, offset: 0 }, afterTie)).items.map(
          (i) => i.id,
        ),
      ).toEqual(
        all.items
          .slice(3)
          .filter((i) => i.status === 'proposed')
          .map((i) => i.id),
      );
      const introduced = await repos.introductions.pageForCommunity(c, 'introduced', { limit: 10, offset: 0 });
      expect(introduced.total).toBe(2);
      expect(introduced.items.map((i) => i.id)).toEqual([intros[4]?.id, intros[1]?.id]);
      expect(await repos.introductions.pageForCommunity(c, 'expired', { limit: 10, offset: 0 })).toEqual({
        total: 0,
        items: [],
      });
      expect((await repos.introductions.pageForCommunity('not-a-uuid', null, { limit: 10, offset: 0 })).total).toBe(0);

      const deal = (introductionId: string | null, minutes: number): Deal => ({
        id: randomIds.id(),
        communityId: c,
        introductionId,
        recordedBy: p0.id,
        counterpartId: p1.id,
        amountMinor: 100,
        currency: 'CNY',
        note: '',
        confirmedByCounterpart: false,
        closedAt: at(minutes),
        createdAt: at(minutes),
      });
      const first = intros[0] as Introduction;
      const d1 = deal(first.id, 20);
      const d2 = deal(first.id, 10);
      const d3 = deal(intros[4]?.id ?? null, 30);
      for (const d of [d1, d2, d3, deal(null, 5)]) await repos.introductions.addDeal(d);
      expect((await repos.introductions.listDealsFor(c, [first.id, 'junk'])).map((d) => d.id)).toEqual([d2.id, d1.id]);
      expect((await repos.introductions.listDealsFor(c, [first.id, intros[4]?.id ?? ''])).length).toBe(3);
      expect(await repos.introductions.listDealsFor(c, [])).toEqual([]);
      expect(await repos.introductions.listDealsFor(other, [first.id])).toEqual([]);
    });

    it('deals: a page latest closed first within a range, and sums per quarter of a timezone and currency', async () => {
      const c = await club();
      const [a, b] = [await member(c), await member(c)];
      const deal = (iso: string, amountMinor: number, currency: string, confirmed: boolean): Deal => ({
        id: randomIds.id(),
        communityId: c,
        introductionId: null,
        recordedBy: a.id,
        counterpartId: b.id,
        amountMinor,
        currency,
        note: '',
        confirmedByCounterpart: confirmed,
        closedAt: new Date(iso),
        createdAt: new Date(iso),
      });
      const deals = [
        // 2026-03-31 23:30 in Shanghai: Q1 there and in UTC.
        deal('2026-03-31T15:30:00Z', 1_000, 'CNY', true),
        // 2026-04-01 00:30 in Shanghai (Q2 there) while still 2026-03-31 in UTC (Q1).
        deal('2026-03-31T16:30:00Z', 2_000, 'CNY', false),
        deal('2026-04-02T00:00:00Z', 12_345_678_900, 'CNY', true),
        deal('2026-04-03T00:00:00Z', 500, 'USD', false),
        // 2027-01-01 01:00 in Shanghai: next year there.
        deal('2026-12-31T17:00:00Z', 700, 'EUR', true),
      ];
      for (const d of deals) await repos.introductions.addDeal(d);
      const everything = { from: null, to: null };
      const page = await repos.introductions.pageDeals(c, everything, { limit: 2, offset: 1 });
      expect(page.total).toBe(5);
      expect(page.items.map((d) => d.id)).toEqual([deals[3]?.id, deals[2]?.id]);
      expect(page.items[1]).toEqual(deals[2]);
      const in2026 = { from: new Date('2025-12-31T16:00:00Z'), to: new Date('2026-12-31T16:00:00Z') };
      expect((await repos.introductions.pageDeals(c, in2026, { limit: 10, offset: 0 })).total).toBe(4);

      expect(await repos.introductions.sumDealsByQuarter(c, everything, 'Asia/Shanghai')).toEqual([
        {
          year: 2026,
          quarter: 1,
          currency: 'CNY',
          amountMinor: 1_000,
          count: 1,
          confirmedAmountMinor: 1_000,
          confirmedCount: 1,
        },
        {
          year: 2026,
          quarter: 2,
          currency: 'CNY',
          amountMinor: 12_345_680_900,
          count: 2,
          confirmedAmountMinor: 12_345_678_900,
          confirmedCount: 1,
        },
        {
          year: 2026,
          quarter: 2,
          currency: 'USD',
          amountMinor: 500,
          count: 1,
          confirmedAmountMinor: 0,
          confirmedCount: 0,
        },
        {
          year: 2027,
          quarter: 1,
          currency: 'EUR',
          amountMinor: 700,
          count: 1,
          confirmedAmountMinor: 700,
          confirmedCount: 1,
        },
      ]);
      const utc = await repos.introductions.sumDealsByQuarter(c, in2026, 'UTC');
      expect(utc.map((q) => [q.year, q.quarter, q.currency, q.count])).toEqual([
        [2026, 1, 'CNY', 2],
        [2026, 2, 'CNY', 1],
        [2026, 2, 'USD', 1],
      ]);
      expect(await repos.introductions.sumDealsByQuarter(await club(), everything, 'UTC')).toEqual([]);
    });

    it('audit: keyset pages after an entry match the offset pages (ties by id), filters kept, total of all', async () => {
      const c = await club();
      const other = await club();
      const entry = (minutes: number, action = 'a.one', communityId = c) => ({
        id: randomIds.id(),
        communityId,
        actorId: null,
        actorLabel: 'system',
        action,
        targetType: 't',
        targetId: 'x',
        before: null,
        after: null,
        at: at(minutes),
      });
      const entries = [entry(1), entry(2), entry(2), entry(2), entry(3, 'a.two'), entry(4), entry(5, 'a.one', other)];
      for (const e of entries) await repos.audit.add(e);
      const offsetPages = await repos.audit.list(c, {}, { limit: 10, offset: 0 });
      expect(offsetPages.total).toBe(6);
      const order = offsetPages.items.map((e) => e.id);
      const walked: string[] = [];
      let after: { at: Date; id: string } | null = null;
      for (let round = 0; round < 4; round++) {
        const page = await repos.audit.list(c, {}, { limit: 2, offset: after ? 99 : 0 }, after);
        expect(page.total).toBe(6);
        walked.push(...page.items.map((e) => e.id));
        const last = page.items.at(-1);
        if (!last) break;
        after = { at: last.at, id: last.id };
      }
      expect(walked).toEqual(order);
      const third = offsetPages.items[2] as { at: Date; id: string };
      const filtered = await repos.audit.list(c, { action: 'a.one' }, { limit: 10, offset: 0 }, third);
      expect(filtered.items.map((e) => e.id)).toEqual(order.slice(3).filter((id) => id !== entries[4]?.id));
      expect(filtered.total).toBe(5);
      expect(await repos.audit.list(c, {}, { limit: 5, offset: 0 }, { at: at(0), id: randomIds.id() })).toEqual({
        items: [],
        total: 6,
      });
    });

    it('suppliers: a page in name order (code points, then id), filtered by status and counted', async () => {
      const c = await club();
      const supplier = (name: string, status: Supplier['status'] = 'vetted'): Supplier => ({
        id: randomIds.id(),
        communityId: c,
        name,
        categories: ['legal'],
        region: '',
        contact: '',
        description: '',
        status,
        vettingNotes: '',
        recommendedBy: null,
        endorsements: 0,
        createdAt: at(0),
      });
      for (const s of [supplier('beta'), supplier('Alpha'), supplier('alpha', 'pending'), supplier('律所')]) {
        await repos.suppliers.create(s);
      }
      const first = await repos.suppliers.page(c, null, { limit: 2, offset: 0 });
      expect(first.total).toBe(4);
      expect(first.items.map((s) => s.name)).toEqual(['Alpha', 'alpha']);
      expect((await repos.suppliers.page(c, null, { limit: 2, offset: 2 })).items.map((s) => s.name)).toEqual([
        'beta',
        '律所',
      ]);
      const vetted = await repos.suppliers.page(c, 'vetted', { limit: 1, offset: 1 });
      expect(vetted).toMatchObject({ total: 3, items: [{ name: 'beta', status: 'vetted' }] });
      expect(await repos.suppliers.page(c, 'rejected', { limit: 5, offset: 0 })).toEqual({ total: 0, items: [] });
    });
  });
}
