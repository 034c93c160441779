import type { ErrorCode } from '../errors/error-messages.js';
import type { Actor } from '../rules/actor.js';
import { type ClubFixture, createClubFixture } from './club-fixture.js';

const DAY = 86_400_000;

/** The membership states a member-only use case must tell apart. */
export type MembershipCase = 'active' | 'grace' | 'lapsed' | 'never paid';

/** Each state, and the error a member-only use case refuses it with (null: allowed). */
export const MEMBERSHIP_CASES: readonly { readonly state: MembershipCase; readonly refusedWith: ErrorCode | null }[] = [
  { state: 'active', refusedWith: null },
  { state: 'grace', refusedWith: null },
  { state: 'lapsed', refusedWith: 'membership.expired' },
  { state: 'never paid', refusedWith: 'membership.none' },
];

/**
 * A club (7 grace days) with `member` in the given state, the clock moved there (3 days into grace; a day
 * after grace ran out), and `other`, a member who paid at the same time, to pair with.
 */
export async function clubWithMemberIn(state: MembershipCase): Promise<
  ClubFixture & {
    readonly member: Actor & { readonly kind: 'member' };
    readonly other: Actor & { readonly kind: 'member' };
  }
> {
  const club = await createClubFixture({ settings: { graceDays: 7 } });
  const member = await club.addMember({ name: 'Ann', paid: state !== 'never paid' });
  const other = await club.addMember({ name: 'Bo' });
  if (state === 'grace' || state === 'lapsed') {
    const { endsAt } = await club.core.getMembership({ communityId: club.communityId, memberId: member.memberId });
    if (!endsAt) throw new Error('the member has no membership');
    club.ports.clock.set(new Date(endsAt.getTime() + (state === 'grace' ? 3 : 8) * DAY));
  }
  const { status } = await club.core.getMembership({ communityId: club.communityId, memberId: member.memberId });
  const expected = state === 'never paid' ? 'none' : state;
  if (status !== expected) throw new Error(`fixture: wanted ${expected}, the member is ${status}`);
  return { ...club, member, other };
}
