import type { Community } from '../domain/community.js';
import type { Member } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Repositories } from '../ports/ports.js';

export async function loadCommunity(repos: Pick<Repositories, 'communities'>, id: string): Promise<Community> {
  const community = await repos.communities.get(id);
  if (!community) throw new DomainError('community.not_found', { communityId: id });
  return community;
}

export async function loadMember(
  repos: Pick<Repositories, 'members'>,
  communityId: string,
  id: string,
): Promise<Member> {
  const member = await repos.members.get(communityId, id);
  if (!member || member.deletedAt) throw new DomainError('member.not_found', { memberId: id });
  return member;
}

/** A handle not yet used in the club: `alice`, then `alice-2`, `alice-3`... */
export async function uniqueHandle(
  repos: Pick<Repositories, 'members'>,
  communityId: string,
  wanted: string,
): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? wanted : `${wanted}-${n}`;
    if (!(await repos.members.getByHandle(communityId, candidate))) return candidate;
  }
  throw new DomainError('member.handle_taken', { handle: wanted });
}
