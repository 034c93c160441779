import type { Member } from '../../domain/member.js';
import type { MembershipPeriod } from '../../domain/membership.js';
import type { Profile } from '../../domain/profile.js';
import type { PageRequest } from '../../ports/page.js';
import type {
  DirectoryRow,
  DirectorySearch,
  MatchCandidate,
  MeaninglessProfile,
  ProfileMeaning,
  ProfileRepository,
} from '../../ports/profile.repository.js';
import { type DirectoryIndex, directoryIndex, matchesCandidateQuery } from '../../rules/directory-index.js';
import { compareText, copy, type MemoryStore } from './store.js';

/** A stored sentence meaning, with the text it was made from and the encoder version that made it. */
interface StoredMeaning {
  readonly version: string;
  readonly needs: string;
  readonly offers: string;
  readonly meaning: Int8Array;
}

export class InMemoryProfileRepository implements ProfileRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<Profile>('profiles');
  }
  private get indexes() {
    return this.store.table<DirectoryIndex>('profileIndexes');
  }
  private get meanings() {
    return this.store.table<StoredMeaning>('profileMeanings');
  }
  /** The profile's meaning of encoder `version`, if it was made from the profile's current needs and offers. */
  private meaningOf(profile: Profile, version: string): Int8Array | null {
    const stored = this.meanings.get(`${profile.communityId}:${profile.memberId}`);
    if (!stored || stored.version !== version) return null;
    if (stored.needs !== profile.needs || stored.offers !== profile.offers) return null;
    return stored.meaning.slice();
  }
  async get(communityId: string, memberId: string) {
    const row = this.rows.get(`${communityId}:${memberId}`);
    return row ? copy(row) : null;
  }
  async upsert(profile: Profile) {
    const key = `${profile.communityId}:${profile.memberId}`;
    const before = this.rows.get(key);
    // As in Postgres: changed needs or offers drop the meaning in the same write.
    if (!before || before.needs !== profile.needs || before.offers !== profile.offers) this.meanings.delete(key);
    this.rows.set(key, copy(profile));
    const member = this.store.table<Member>('members').get(profile.memberId);
    this.indexes.set(key, directoryIndex(profile, member?.communityId === profile.communityId ? member : null));
  }
  async listForCommunity(communityId: string) {
    return [...this.rows.values()]
      .filter((p) => p.communityId === communityId)
      .map(copy)
      .sort((a, b) => compareText(a.memberId, b.memberId));
  }
  async leaderboardOptedIn(communityId: string, memberIds: readonly string[]) {
    return memberIds.filter((id) => this.rows.get(`${communityId}:${id}`)?.leaderboardOptIn === true);
  }
  async searchDirectory(communityId: string, search: DirectorySearch, page: PageRequest) {
    const members = this.store.table<Member>('members');
    const withAccess = new Set<string>();
    for (const p of this.store.table<MembershipPeriod>('memberships').values()) {
      if (p.communityId === communityId && p.endsAt.getTime() > search.accessAfter.getTime())
        withAccess.add(p.memberId);
    }
    const hits: DirectoryRow[] = [];
    for (const [key, profile] of this.rows) {
      if (profile.communityId !== communityId || !withAccess.has(profile.memberId)) continue;
      if (!search.visibilities.includes(profile.visibility) && profile.memberId !== search.viewerId) continue;
      const member = members.get(profile.memberId);
      if (!member || member.communityId !== communityId || member.deletedAt) continue;
      const index = this.indexes.get(key) ?? { keys: [], text: '', version: 0 };
      if (!matchesCandidateQuery(index, search.candidates)) continue;
      hits.push({ member, profile });
    }
    hits.sort(
      (a, b) =>
        b.profile.updatedAt.getTime() - a.profile.updatedAt.getTime() ||
        compareText(a.profile.memberId, b.profile.memberId),
    );
    return {
      items: hits.slice(page.offset, page.offset + page.limit).map((h) => copy(h)),
      total: search.countLimit === undefined ? hits.length : Math.min(hits.length, search.countLimit),
    };
  }
  async listStaleIndex(version: number, limit: number) {
    const stale: Profile[] = [];
    for (const [key, profile] of this.rows) {
      if ((this.indexes.get(key)?.version ?? 0) < version) stale.push(copy(profile));
      if (stale.length >= limit) break;
    }
    return stale;
  }
  async saveIndex(communityId: string, memberId: string, index: DirectoryIndex) {
    const key = `${communityId}:${memberId}`;
    if (this.rows.has(key)) this.indexes.set(key, copy(index));
  }
  async listMatchCandidates(communityId: string, afterMemberId: string | null, limit: number, meaningVersion?: string) {
    const members = this.store.table<Member>('members');
    const found: MatchCandidate[] = [];
    const ordered = [...this.rows.values()]
      .filter(
        (p) => p.communityId === communityId && (afterMemberId === null || compareText(p.memberId, afterMemberId) > 0),
      )
      .sort((a, b) => compareText(a.memberId, b.memberId));
    for (const profile of ordered) {
      if (found.length >= limit) break;
      const member = members.get(profile.memberId);
      if (!member || member.communityId !== communityId || member.deletedAt) continue;
      found.push({
        memberId: member.id,
        locale: member.locale,
        matchingExcluded: member.matchingExcluded,
        profile: copy(profile),
        meaning: meaningVersion === undefined ? null : this.meaningOf(profile, meaningVersion),
      });
    }
    return found;
  }
  async listWithoutMeaning(communityId: string, version: string, page: { after: string | null; limit: number }) {
    const members = this.store.table<Member>('members');
    const found: MeaninglessProfile[] = [];
    const ordered = [...this.rows.values()]
      .filter((p) => p.communityId === communityId && (page.after === null || compareText(p.memberId, page.after) > 0))
      .sort((a, b) => compareText(a.memberId, b.memberId));
    for (const profile of ordered) {
      if (found.length >= Math.max(1, page.limit)) break;
      const member = members.get(profile.memberId);
      if (!member || member.communityId !== communityId || member.deletedAt) continue;
      if (this.meaningOf(profile, version)) continue;
      found.push({ memberId: profile.memberId, needs: profile.needs, offers: profile.offers });
    }
    return found;
  }
  async saveMeanings(communityId: string, version: string, rows: readonly ProfileMeaning[]) {
    let saved = 0;
    for (const row of rows) {
      const key = `${communityId}:${row.memberId}`;
      const profile = this.rows.get(key);
      if (!profile || profile.needs !== row.needs || profile.offers !== row.offers) continue;
      this.meanings.set(key, { version, needs: row.needs, offers: row.offers, meaning: row.meaning.slice() });
      saved++;
    }
    return saved;
  }
}
