import { DEFAULT_SETTINGS } from '../../../domain/community.js';
import type { Member } from '../../../domain/member.js';
import { randomIds } from '../../../ports/ids.js';
import type { Repositories } from '../../../ports/ports.js';
import type { ContractSubject } from '../repositories.contract.js';

const T0 = Date.parse('2026-05-01T08:00:00Z');

/** Minutes after the contracts' fixed start instant. */
export const at = (minutes: number) => new Date(T0 + minutes * 60_000);

/** Code-point order of ids, as every implementation sorts ties. */
export const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What each repository's semantics tests share: the repositories under test and two row makers. */
export interface SemanticsScope {
  /** The repositories under test (set once the subject is open, before the first test runs). */
  readonly repos: ContractSubject['repos'];
  /** A new club with a unique slug; its id. */
  club(r?: Pick<Repositories, 'communities'>): Promise<string>;
  /** A new member of the club, with `over` applied. */
  member(communityId: string, over?: Partial<Member>, r?: Pick<Repositories, 'members'>): Promise<Member>;
}

/** The scope over a subject that `current()` gives once it is open. */
export function semanticsScope(current: () => ContractSubject['repos']): SemanticsScope {
  return {
    get repos() {
      return current();
    },
    async club(r = current()) {
      const id = randomIds.id();
      await r.communities.create({
        id,
        slug: `sem-${randomIds.code().toLowerCase()}`,
        name: '语义 Club',
        settings: DEFAULT_SETTINGS,
        createdAt: at(0),
      });
      return id;
    },
    async member(communityId, over = {}, r = current()) {
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
        ...over,
      };
      await r.members.create(m);
      return m;
    },
  };
}
