import type { Member, Platform } from '../domain/member.js';
import { emptyProfile, type Visibility } from '../domain/profile.js';
import { DomainError } from '../errors/domain-error.js';
import type { Locale } from '../i18n/locale.js';
import type { Ports, Repositories, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity, loadMember } from '../rules/load.js';

/** Introductions on, paused until a date, or off. */
export type IntroductionsSetting = 'on' | 'paused' | 'off';

/** A member's own settings, as `/settings` and the panel's member page show them. */
export interface MemberSettings {
  readonly memberId: string;
  /** Null: the club's default language. */
  readonly locale: Locale | null;
  /** Null: the club's timezone. */
  readonly timezone: string | null;
  /** Null: the club's lead times. */
  readonly reminderLeadMinutes: number | null;
  readonly remindersMuted: boolean;
  readonly introductions: IntroductionsSetting;
  readonly pausedUntil: Date | null;
  readonly visibility: Visibility;
  /** Listed by name on `/leaderboard` (off until the member turns it on). */
  readonly leaderboard: boolean;
  /** Where direct messages go: only these platforms; empty: every linked platform. */
  readonly notifyPlatforms: readonly Platform[];
  /** The platforms the member linked an account on (what `notifyPlatforms` can choose from). */
  readonly linkedPlatforms: readonly Platform[];
  readonly doNotPair: readonly Pick<Member, 'id' | 'handle' | 'displayName'>[];
}

/** Whose settings: the acting member's own, or (staff) any member's. */
export function settingsTarget(
  actor: Actor,
  communityId: string,
  memberId: string | undefined,
): { readonly memberId: string; readonly own: boolean } {
  const own = actor.kind === 'member' ? actor.memberId : null;
  const target = memberId ?? own;
  if (!target) throw new DomainError('validation.required', { field: 'memberId' });
  if (target !== own) requireRole(actor, communityId, ['moderator']);
  else if (actor.communityId !== communityId) throw new DomainError('auth.forbidden');
  return { memberId: target, own: target === own };
}

/** Reads the settings inside a transaction (also used after an update). */
export async function readMemberSettings(
  repos: Pick<Repositories, 'accounts' | 'communities' | 'members' | 'profiles'>,
  communityId: string,
  memberId: string,
  now: Date,
): Promise<MemberSettings> {
  const community = await loadCommunity(repos, communityId);
  const member = await loadMember(repos, community.id, memberId);
  const profile = (await repos.profiles.get(community.id, member.id)) ?? emptyProfile(community.id, member.id, now);
  const paused = profile.matchingOptIn && profile.snoozedUntil !== null && profile.snoozedUntil > now;
  const others = profile.doNotPair.length ? await repos.members.getMany(community.id, profile.doNotPair) : [];
  const linkedPlatforms = [
    ...new Set((await repos.accounts.listForMember(community.id, member.id)).map((a) => a.platform)),
  ].sort();
  return {
    memberId: member.id,
    locale: member.locale,
    timezone: member.timezone,
    reminderLeadMinutes: member.reminderLeadMinutes,
    remindersMuted: member.remindersMuted,
    introductions: !profile.matchingOptIn ? 'off' : paused ? 'paused' : 'on',
    pausedUntil: paused ? profile.snoozedUntil : null,
    visibility: profile.visibility,
    leaderboard: profile.leaderboardOptIn,
    notifyPlatforms: member.notifyPlatforms ?? [],
    linkedPlatforms,
    doNotPair: others
      .filter((m) => !m.deletedAt)
      .map((m) => ({ id: m.id, handle: m.handle, displayName: m.displayName })),
  };
}

/** A member's own settings (`/settings`), or any member's for staff (the panel's member page). */
export async function getMemberSettings(
  deps: Uow<'accounts' | 'communities' | 'members' | 'profiles'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly memberId?: string },
): Promise<MemberSettings> {
  const { memberId } = settingsTarget(input.actor, input.communityId, input.memberId);
  return deps.uow.run((repos) => readMemberSettings(repos, input.communityId, memberId, deps.clock.now()));
}
