import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../domain/community.js';
import type { Member } from '../../domain/member.js';
import { emptyProfile, type Profile } from '../../domain/profile.js';
import { randomIds } from '../../ports/ids.js';
import type { DirectorySearch } from '../../ports/profile.repository.js';
import {
  bothCandidates,
  DIRECTORY_INDEX_VERSION,
  directoryIndex,
  regionCandidates,
  wordCandidates,
} from '../../rules/directory-index.js';
import type { ContractSubject } from './repositories.contract.js';

const T0 = Date.parse('2026-05-01T08:00:00Z');
const DAY = 86_400_000;
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The directory search (`profiles.searchDirectory`) and the lists that must not grow a parameter per row:
 * access, visibility and deletion filters, the index keys in both languages, the trigram fallback, the
 * order and paging, re-indexing, and `members.getMany` with more ids than PostgreSQL allows parameters.
 */
export function describeDirectorySearchContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`directory search: ${name}`, () => {
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
        slug: `dir-${randomIds.code().toLowerCase()}`,
        name: 'Directory 名录',
        settings: DEFAULT_SETTINGS,
        createdAt: at(0),
      });
      return id;
    }

    /** A member with a profile and, unless `endsAt` is null, a membership ending then. */
    async function person(
      communityId: string,
      displayName: string,
      over: Partial<Profile> = {},
      options: { endsAt?: Date | null; deleted?: boolean } = {},
    ): Promise<Member> {
      const member: Member = {
        id: randomIds.id(),
        communityId,
        handle: `h-${randomIds.code().toLowerCase()}`,
        displayName,
        email: null,
        locale: null,
        timezone: null,
        reminderLeadMinutes: null,
        remindersMuted: false,
        matchingExcluded: false,
        notes: '',
        createdAt: at(0),
        deletedAt: options.deleted ? at(5) : null,
      };
      await repos.members.create(member);
      const endsAt = options.endsAt === undefined ? new Date(T0 + 100 * DAY) : options.endsAt;
      if (endsAt) {
        await repos.memberships.add({
          id: randomIds.id(),
          communityId,
          memberId: member.id,
          startsAt: new Date(endsAt.getTime() - 365 * DAY),
          endsAt,
          kind: 'initial',
          paymentId: null,
          createdAt: at(0),
        });
      }
      await repos.profiles.upsert({ ...emptyProfile(communityId, member.id, at(1)), ...over });
      return member;
    }

    const everyone = (over: Partial<DirectorySearch> = {}): DirectorySearch => ({
      candidates: { groups: [], texts: [] },
      accessAfter: new Date(T0),
      visibilities: ['members'],
      viewerId: null,
      ...over,
    });
    const page = { limit: 100, offset: 0 };
    const ids = (rows: { items: readonly { member: Member }[] }) => rows.items.map((r) => r.member.id);

    it('lists members with access whose profile the searcher may see, newest profile first, with a total', async () => {
      const c = await club();
      const a = await person(c, 'Ann', { updatedAt: at(10) });
      const b = await person(c, 'Bob', { updatedAt: at(30) });
      const tie1 = await person(c, 'Tie One', { updatedAt: at(20) });
      const tie2 = await person(c, 'Tie Two', { updatedAt: at(20) });
      await person(c, 'Lapsed', { updatedAt: at(40) }, { endsAt: new Date(T0 - DAY) });
      await person(c, 'Never paid', { updatedAt: at(40) }, { endsAt: null });
      await person(c, 'Deleted', { updatedAt: at(40) }, { deleted: true });
      const staffOnly = await person(c, 'Staff only', { updatedAt: at(50), visibility: 'staff' });
      const hidden = await person(c, 'Hidden', { updatedAt: at(60), visibility: 'hidden' });
      await person(await club(), 'Other club', { updatedAt: at(70) });

      const ties = [tie1.id, tie2.id].sort(byId);
      const all = await repos.profiles.searchDirectory(c, everyone(), page);
      expect(ids(all)).toEqual([b.id, ...ties, a.id]);
      expect(all.total).toBe(4);
      expect(all.items[0]?.profile).toMatchObject({ memberId: b.id, communityId: c, visibility: 'members' });
      expect(all.items[0]?.member).toMatchObject({ id: b.id, displayName: 'Bob' });

      expect((await repos.profiles.searchDirectory(c, everyone({ countLimit: 3 }), page)).total).toBe(3);
      expect((await repos.profiles.searchDirectory(c, everyone({ countLimit: 9 }), page)).total).toBe(4);
      const second = await repos.profiles.searchDirectory(c, everyone(), { limit: 2, offset: 1 });
      expect(ids(second)).toEqual([...ties]);
      expect(second.total).toBe(4);

      expect(ids(await repos.profiles.searchDirectory(c, everyone({ viewerId: staffOnly.id }), page))).toEqual([
        staffOnly.id,
        b.id,
        ...ties,
        a.id,
      ]);
      expect(
        ids(await repos.profiles.searchDirectory(c, everyone({ visibilities: ['members', 'staff', 'hidden'] }), page)),
      ).toEqual([hidden.id, staffOnly.id, b.id, ...ties, a.id]);
      // Access is a period ending after the instant given (the club's grace period is the caller's business).
      expect(
        (await repos.profiles.searchDirectory(c, everyone({ accessAfter: new Date(T0 - 2 * DAY) }), page)).total,
      ).toBe(5);
      expect(await repos.profiles.searchDirectory('not-a-uuid', everyone(), page)).toEqual({ items: [], total: 0 });
    });

    it('finds candidates by concept in either language, by word, by name, by place and by plain substring', async () => {
      const c = await club();
      const shipper = await person(c, 'Olivia Smith', {
        company: 'Acme Freight Ltd',
        industry: 'Logistics',
        region: 'Shenzhen',
        offers: 'international shipping to Southeast Asia',
        updatedAt: at(10),
      });
      const seller = await person(c, '王伟', {
        company: '杭州X5科技有限公司',
        industry: '电商',
        region: '杭州',
        skills: '亚马逊店铺运营',
        needs: '海外仓',
        updatedAt: at(20),
      });
      const baker = await person(c, 'Liam Brown', { company: '50%_Bakery', industry: 'Food', region: 'Berlin' });
      const find = async (candidates: DirectorySearch['candidates']) =>
        ids(await repos.profiles.searchDirectory(c, everyone({ candidates }), page));

      // Concepts in both languages, and related ones: 跨境物流 reaches shipping (offered) and 海外仓 (needed).
      expect(await find(wordCandidates('跨境物流'))).toEqual([seller.id, shipper.id]);
      expect(await find(wordCandidates('freight forwarding'))).toEqual([shipper.id]);
      expect(await find(wordCandidates('亚马逊'))).toEqual([seller.id]);
      // A related concept counts: a need for an overseas warehouse, shipping offered.
      expect(await find(wordCandidates('overseas warehouse'))).toEqual([seller.id, shipper.id]);
      expect(await find(wordCandidates('olivia'))).toEqual([shipper.id]);
      expect(await find(wordCandidates('王伟'))).toEqual([seller.id]);
      expect(await find(wordCandidates('x5'))).toEqual([seller.id]);
      expect(await find(regionCandidates('中国'))).toEqual([seller.id, shipper.id]);
      expect(await find(regionCandidates('深圳'))).toEqual([shipper.id]);
      expect(await find(bothCandidates(wordCandidates('物流'), regionCandidates('杭州')))).toEqual([seller.id]);
      // Plain substrings: `%` and `_` are characters, not wildcards.
      expect(await find({ groups: [], texts: ['50%_b'] })).toEqual([baker.id]);
      expect(await find({ groups: [], texts: ['0%b'] })).toEqual([]);
      expect(await find({ groups: [], texts: ['liam b'] })).toEqual([baker.id]);
      expect(await find({ groups: [{ keys: [] }], texts: [] })).toEqual([]);

      // The name and handle are in the index: a new name is found, the old one no more.
      await repos.members.update({ ...baker, displayName: 'Noor Logistics', handle: 'noor' });
      expect(await find(wordCandidates('liam'))).toEqual([]);
      expect(await find(wordCandidates('noor'))).toEqual([baker.id]);
      expect(await find({ groups: [], texts: ['noor l'] })).toEqual([baker.id]);
      expect(await find(wordCandidates('物流'))).toEqual([seller.id, shipper.id, baker.id]);
    });

    it('keeps the index with the profile and lists profiles whose index is older than a version', async () => {
      const c = await club();
      const m = await person(c, 'Index', { skills: 'customs clearance' });
      const stale = await repos.profiles.listStaleIndex(DIRECTORY_INDEX_VERSION + 1, 100_000);
      const mine = stale.find((p) => p.memberId === m.id);
      expect(mine).toMatchObject({ communityId: c, skills: 'customs clearance' });
      expect(mine).not.toHaveProperty('searchKeys');
      expect(
        (await repos.profiles.listStaleIndex(DIRECTORY_INDEX_VERSION, 100_000)).some((p) => p.memberId === m.id),
      ).toBe(false);

      const index = { ...directoryIndex({ ...emptyProfile(c, m.id, at(0)), skills: 'tea' }, null), version: 99 };
      await repos.profiles.saveIndex(c, m.id, index);
      await repos.profiles.saveIndex(c, randomIds.id(), index);
      expect((await repos.profiles.listStaleIndex(99, 100_000)).some((p) => p.memberId === m.id)).toBe(false);
      const byIndex = async (q: string) =>
        ids(await repos.profiles.searchDirectory(c, everyone({ candidates: wordCandidates(q) }), page));
      expect(await byIndex('tea')).toEqual([m.id]);
      expect(await byIndex('customs clearance')).toEqual([]);
      // Saving the profile computes its index again.
      await repos.profiles.upsert({ ...((await repos.profiles.get(c, m.id)) as Profile), updatedAt: at(9) });
      expect(await byIndex('customs clearance')).toEqual([m.id]);
    });

    it('members.getMany takes more ids than PostgreSQL allows parameters', async () => {
      const c = await club();
      const known = await person(c, 'Known');
      const many = Array.from({ length: 70_000 }, () => randomIds.id());
      many.splice(35_000, 0, known.id, 'not-a-uuid');
      expect((await repos.members.getMany(c, many)).map((m) => m.id)).toEqual([known.id]);
    });
  });
}
