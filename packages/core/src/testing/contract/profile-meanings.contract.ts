import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../create-core.js';
import type { Member } from '../../domain/member.js';
import { emptyProfile, type Profile } from '../../domain/profile.js';
import { randomIds } from '../../ports/ids.js';
import type { Repositories } from '../../ports/ports.js';
import { createTestPorts } from '../create-test-ports.js';
import type { ContractSubject } from './repositories.contract.js';

const V1 = 'test-encoder-v1';
const V2 = 'test-encoder-v2';

/** A meaning with every byte value a signed byte can take somewhere in it (negatives included). */
function meaningFor(seed: number): Int8Array {
  const m = new Int8Array(512);
  for (let i = 0; i < m.length; i++) m[i] = ((i * 7 + seed * 31) % 256) - 128;
  return m;
}

/**
 * Stored sentence meanings of profiles (`listWithoutMeaning`, `saveMeanings`, `listMatchCandidates` with a
 * version, and `upsert` dropping a meaning whose text changed), the same on Postgres, PGlite and in memory.
 */
export function describeProfileMeaningsContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`profile meanings contract: ${name}`, () => {
    let subject: ContractSubject;
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(async () => {
      await subject?.close?.();
    });

    async function club(texts: readonly { needs: string; offers: string }[]) {
      const ports = { ...createTestPorts(subject.repos), ids: randomIds };
      ports.clock.set('2026-03-01T04:00:00Z');
      const core = createCore(ports);
      const slug = `club-${randomIds.code().toLowerCase()}`;
      const { community } = await core.createCommunity({ slug, name: 'Club', owner: { displayName: 'O' } });
      const repos: Repositories = subject.repos;
      const now = ports.clock.now();
      const profiles: Profile[] = [];
      for (const [i, text] of texts.entries()) {
        const member: Member = {
          id: randomIds.id(),
          communityId: community.id,
          handle: `m${i}-${randomIds.code().toLowerCase()}`,
          displayName: `M${i}`,
          email: null,
          locale: 'en',
          timezone: null,
          reminderLeadMinutes: null,
          remindersMuted: false,
          matchingExcluded: false,
          notes: '',
          createdAt: now,
          deletedAt: null,
        };
        await repos.members.create(member);
        const profile = { ...emptyProfile(community.id, member.id, now), ...text };
        await repos.profiles.upsert(profile);
        profiles.push(profile);
      }
      profiles.sort((a, b) => (a.memberId < b.memberId ? -1 : 1));
      return { communityId: community.id, repos, profiles };
    }

    async function candidates(repos: Repositories, communityId: string, version?: string) {
      const rows = await repos.profiles.listMatchCandidates(communityId, null, 100, version);
      return new Map(rows.map((r) => [r.memberId, r.meaning ?? null]));
    }

    it('lists profiles without a meaning by member id, a page at a time, and stores meanings in one call', async () => {
      const texts = [
        { needs: 'green coffee importer', offers: 'roastery chain, 12 shops' },
        { needs: '外贸收款', offers: '宠物食品代工' },
        { needs: 'quotes "like this", commas, {braces} and back\\slashes', offers: 'a line\nbreak; NULL' },
        { needs: '', offers: '' },
      ];
      const { communityId, repos, profiles } = await club(texts);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await repos.profiles.listWithoutMeaning(communityId, V1, { after, limit: 3 });
        seen.push(...page.map((p) => p.memberId));
        if (page.length < 3) break;
        after = page.at(-1)?.memberId ?? null;
      }
      expect(seen).toEqual(profiles.map((p) => p.memberId));
      const all = await repos.profiles.listWithoutMeaning(communityId, V1, { after: null, limit: 10 });
      expect(all).toEqual(profiles.map((p) => ({ memberId: p.memberId, needs: p.needs, offers: p.offers })));

      const saved = await repos.profiles.saveMeanings(
        communityId,
        V1,
        all.map((p, i) => ({ ...p, meaning: meaningFor(i) })),
      );
      expect(saved).toBe(4);
      expect(await repos.profiles.listWithoutMeaning(communityId, V1, { after: null, limit: 10 })).toEqual([]);
      // Another encoder version has no meanings yet: every profile is listed for it.
      expect(await repos.profiles.listWithoutMeaning(communityId, V2, { after: null, limit: 10 })).toHaveLength(4);

      // The round's read carries the bytes exactly, as Int8Array, only for the version it asks for.
      const read = await candidates(repos, communityId, V1);
      for (const [i, p] of all.entries()) {
        const meaning = read.get(p.memberId);
        expect(meaning).toBeInstanceOf(Int8Array);
        expect([...(meaning ?? [])]).toEqual([...meaningFor(i)]);
      }
      expect([...(await candidates(repos, communityId, V2)).values()]).toEqual([null, null, null, null]);
      expect([...(await candidates(repos, communityId)).values()]).toEqual([null, null, null, null]);
    });

    it('drops a meaning when the needs or offers change, keeps it when anything else does', async () => {
      const { communityId, repos, profiles } = await club([
        { needs: 'cross-border payments', offers: 'import agency' },
        { needs: 'pet-food brand', offers: 'contract manufacturing' },
        { needs: 'designers', offers: 'a print shop' },
      ]);
      const [a, b, c] = profiles as [Profile, Profile, Profile];
      await repos.profiles.saveMeanings(
        communityId,
        V1,
        profiles.map((p, i) => ({ memberId: p.memberId, needs: p.needs, offers: p.offers, meaning: meaningFor(i) })),
      );
      await repos.profiles.upsert({ ...a, needs: 'cross-border payments in euros' });
      await repos.profiles.upsert({ ...b, offers: 'OEM pet food' });
      await repos.profiles.upsert({ ...c, company: 'Print & Co', matchingOptIn: false });
      const read = await candidates(repos, communityId, V1);
      expect(read.get(a.memberId)).toBeNull();
      expect(read.get(b.memberId)).toBeNull();
      expect([...(read.get(c.memberId) ?? [])]).toEqual([...meaningFor(2)]);
      const missing = await repos.profiles.listWithoutMeaning(communityId, V1, { after: null, limit: 10 });
      expect(missing.map((p) => p.memberId).sort()).toEqual([a.memberId, b.memberId].sort());
      expect(missing.find((p) => p.memberId === a.memberId)?.needs).toBe('cross-border payments in euros');
    });

    it('saves a meaning only where the profile still has the text it was made from', async () => {
      const { communityId, repos, profiles } = await club([
        { needs: 'logistics to Germany', offers: 'solar panels' },
        { needs: 'a lawyer', offers: 'translation' },
      ]);
      const [a, b] = profiles as [Profile, Profile];
      const listed = await repos.profiles.listWithoutMeaning(communityId, V1, { after: null, limit: 10 });
      // While it was being encoded, the first member edited their offers.
      await repos.profiles.upsert({ ...a, offers: 'solar panels and batteries' });
      const saved = await repos.profiles.saveMeanings(
        communityId,
        V1,
        listed.map((p, i) => ({ ...p, meaning: meaningFor(i) })),
      );
      expect(saved).toBe(1);
      const read = await candidates(repos, communityId, V1);
      expect(read.get(a.memberId)).toBeNull();
      expect(read.get(b.memberId)).toBeInstanceOf(Int8Array);
      expect(
        (await repos.profiles.listWithoutMeaning(communityId, V1, { after: null, limit: 10 })).map((p) => p.offers),
      ).toEqual(['solar panels and batteries']);
      // A newer version's meanings replace the older ones; the older version then reads as none.
      expect(
        await repos.profiles.saveMeanings(communityId, V2, [
          { memberId: b.memberId, needs: b.needs, offers: b.offers, meaning: meaningFor(9) },
        ]),
      ).toBe(1);
      expect((await candidates(repos, communityId, V1)).get(b.memberId)).toBeNull();
      expect([...((await candidates(repos, communityId, V2)).get(b.memberId) ?? [])]).toEqual([...meaningFor(9)]);
      // Nothing to save, another club's member, or a malformed id: nothing happens.
      expect(await repos.profiles.saveMeanings(communityId, V1, [])).toBe(0);
      expect(
        await repos.profiles.saveMeanings(communityId, V1, [
          { memberId: 'not-a-uuid', needs: '', offers: '', meaning: meaningFor(1) },
          { memberId: randomIds.id(), needs: '', offers: '', meaning: meaningFor(1) },
        ]),
      ).toBe(0);
    });

    it('leaves out members who were deleted', async () => {
      const { communityId, repos, profiles } = await club([
        { needs: 'a', offers: 'b' },
        { needs: 'c', offers: 'd' },
      ]);
      const [gone, kept] = profiles as [Profile, Profile];
      const member = await repos.members.get(communityId, gone.memberId);
      if (!member) throw new Error('member missing');
      await repos.members.update({ ...member, deletedAt: new Date('2026-03-01T05:00:00Z') });
      expect(
        (await repos.profiles.listWithoutMeaning(communityId, V1, { after: null, limit: 10 })).map((p) => p.memberId),
      ).toEqual([kept.memberId]);
    });
  });
}
