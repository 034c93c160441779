import type { Member } from '../domain/member.js';
import type { Profile, Visibility } from '../domain/profile.js';
import type { DirectoryCandidateQuery, DirectoryIndex } from '../rules/directory-index.js';
import type { Page, PageRequest } from './page.js';

/** Who a directory search may return. */
export interface DirectorySearch {
  /** Empty groups and texts: every profile the filters let through. */
  readonly candidates: DirectoryCandidateQuery;
  /** Only members with a membership period ending after this instant (members with access). */
  readonly accessAfter: Date;
  /** Visibilities the searcher may see; their own profile (`viewerId`) always. */
  readonly visibilities: readonly Visibility[];
  readonly viewerId: string | null;
  /** Count at most this many matches (the total is then a lower bound when it reaches it). */
  readonly countLimit?: number;
}

export interface DirectoryRow {
  readonly member: Member;
  readonly profile: Profile;
}

/** What a matching round reads about one member: their profile's matching fields and the member's own flags. */
export interface MatchCandidate {
  readonly memberId: string;
  readonly locale: Member['locale'];
  readonly matchingExcluded: boolean;
  readonly profile: Pick<
    Profile,
    | 'industry'
    | 'region'
    | 'skills'
    | 'offers'
    | 'needs'
    | 'languages'
    | 'matchingOptIn'
    | 'doNotPair'
    | 'snoozedUntil'
    | 'updatedAt'
  >;
  /**
   * What the needs and offers mean as sentences (`SentenceEncoder`), when stored with the encoder version the
   * read asked for; null otherwise (not encoded yet, edited since, or made by another version).
   */
  readonly meaning?: Int8Array | null;
}

/** A profile whose sentence meaning is missing (or made by another encoder version): the text to encode. */
export interface MeaninglessProfile {
  readonly memberId: string;
  readonly needs: string;
  readonly offers: string;
}

/** A profile's sentence meaning, with the text it was made from (saved only if the profile still has that text). */
export interface ProfileMeaning extends MeaninglessProfile {
  readonly meaning: Int8Array;
}

/** Member profiles. */
export interface ProfileRepository {
  get(communityId: string, memberId: string): Promise<Profile | null>;
  /** Saves the profile with its directory index (`directoryIndex`), computed by the repository. */
  upsert(profile: Profile): Promise<void>;
  listForCommunity(communityId: string): Promise<Profile[]>;
  /** Which of these members (at most a page of them) turned on being listed on the leaderboard. */
  leaderboardOptedIn(communityId: string, memberIds: readonly string[]): Promise<string[]>;
  /**
   * Profiles of members (not deleted) matching a directory search, most recently updated first (then member
   * id), a page at a time; `total` counts every match (up to `countLimit`).
   */
  searchDirectory(communityId: string, search: DirectorySearch, page: PageRequest): Promise<Page<DirectoryRow>>;
  /** Up to `limit` profiles (any club) whose index is older than `version`, to re-index them. */
  listStaleIndex(version: number, limit: number): Promise<Profile[]>;
  /** Stores a profile's directory index (nothing when the profile is gone). */
  saveIndex(communityId: string, memberId: string, index: DirectoryIndex): Promise<void>;
  /**
   * A chunk of the club's matching candidates (members not deleted, with a profile), by member id after
   * `afterMemberId`: a matching round reads the club this way instead of all at once.
   */
  listMatchCandidates(
    communityId: string,
    afterMemberId: string | null,
    limit: number,
    /** With it, each candidate carries its stored `meaning` when made by this encoder version. */
    meaningVersion?: string,
  ): Promise<MatchCandidate[]>;
  /**
   * Up to `page.limit` profiles of the club's members (not deleted) with no sentence meaning of encoder `version`
   * (never encoded, edited since, or encoded by another version), by member id after `page.after`.
   */
  listWithoutMeaning(
    communityId: string,
    version: string,
    page: { readonly after: string | null; readonly limit: number },
  ): Promise<MeaninglessProfile[]>;
  /**
   * Stores the meanings (made by encoder `version`) in one statement, each only where the profile's needs and
   * offers are still the text it was made from (a profile edited meanwhile stays without one). How many were saved.
   */
  saveMeanings(communityId: string, version: string, rows: readonly ProfileMeaning[]): Promise<number>;
}
