import { type Member, PLATFORMS, type Platform } from '../domain/member.js';
import { emptyProfile, type Visibility } from '../domain/profile.js';
import { DomainError } from '../errors/domain-error.js';
import { atMost, REASONS } from '../errors/error-reasons.js';
import { isLocale, type Locale } from '../i18n/locale.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity, loadMember } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';
import { applyProfilePatch, PROFILE_LIMITS, type ProfilePatch } from '../rules/profile-fields.js';
import { cleanText } from '../rules/text.js';
import {
  type IntroductionsSetting,
  type MemberSettings,
  readMemberSettings,
  settingsTarget,
} from './get-member-settings.js';
import { scheduleLessonRemindersSoon } from './schedule-lesson-reminders.js';
import { REMINDER_LEAD_LIMITS } from './set-reminder-preferences.js';

/** What `/settings` (or staff) may change; absent fields stay as they are. */
export interface MemberSettingsPatch {
  /** Null: back to the club's default language. */
  readonly locale?: Locale | null;
  /** An IANA timezone (`Asia/Shanghai`); null: the club's. Reminders and lesson times show in it. */
  readonly timezone?: string | null;
  /** Minutes before a lesson; null: the club's lead times. */
  readonly reminderLeadMinutes?: number | null;
  readonly introductions?: IntroductionsSetting;
  /** Required with `introductions: 'paused'`: the day introductions resume. */
  readonly pausedUntil?: Date | string | null;
  readonly visibility?: Visibility;
  /** Be listed by name on `/leaderboard` (off by default). */
  readonly leaderboard?: boolean;
  /** Where direct messages go: only these platforms' accounts; null or empty: every linked platform. */
  readonly notifyPlatforms?: readonly Platform[] | null;
  /** Replaces the do-not-pair list: members by handle (`@handle` or `handle`). */
  readonly doNotPairHandles?: readonly string[];
}

/**
 * A member changes their own settings (language, timezone, reminder lead time, introductions on / paused / off,
 * do-not-pair, directory visibility), or staff change them for a member (audited). Everything is checked before
 * anything is written: one bad value changes nothing.
 */
export async function updateMemberSettings(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'lessons' | 'members' | 'memberships' | 'profiles'> &
    Pick<Ports, 'clock' | 'ids' | 'jobs'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly memberId?: string;
    readonly patch: MemberSettingsPatch;
  },
): Promise<MemberSettings> {
  const { memberId, own } = settingsTarget(input.actor, input.communityId, input.memberId);
  const { patch } = input;
  if (patch.locale !== undefined && patch.locale !== null && !isLocale(patch.locale)) {
    throw new DomainError('validation.invalid', { field: 'language', reason: 'zh-CN, en' });
  }
  const lead = patch.reminderLeadMinutes;
  if (
    lead !== undefined &&
    lead !== null &&
    (!Number.isInteger(lead) || lead < REMINDER_LEAD_LIMITS.min || lead > REMINDER_LEAD_LIMITS.max)
  ) {
    throw new DomainError('lesson.invalid_reminder_lead', REMINDER_LEAD_LIMITS);
  }
  if (patch.introductions !== undefined && !['on', 'paused', 'off'].includes(patch.introductions)) {
    throw new DomainError('validation.invalid', { field: 'introductions', reason: 'on, paused, off' });
  }
  if (patch.leaderboard !== undefined && typeof patch.leaderboard !== 'boolean') {
    throw new DomainError('validation.invalid', { field: 'leaderboard', reason: REASONS.trueOrFalse });
  }
  const notifyPlatforms = patch.notifyPlatforms;
  if (
    notifyPlatforms !== undefined &&
    notifyPlatforms !== null &&
    (!Array.isArray(notifyPlatforms) || notifyPlatforms.some((p) => !(PLATFORMS as readonly string[]).includes(p)))
  ) {
    throw new DomainError('validation.invalid', { field: 'notifyPlatforms', reason: PLATFORMS.join(', ') });
  }
  if (patch.introductions === 'paused' && !patch.pausedUntil) {
    throw new DomainError('validation.required', { field: 'pausedUntil' });
  }
  if (patch.doNotPairHandles && patch.doNotPairHandles.length > PROFILE_LIMITS.doNotPair) {
    throw new DomainError('validation.invalid', { field: 'doNotPair', reason: atMost(PROFILE_LIMITS.doNotPair) });
  }
  const handles = patch.doNotPairHandles?.map((h, i) => cleanText(h, `doNotPair ${i + 1}`, 40).replace(/^@/, ''));
  const now = deps.clock.now();
  const settings = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    if (own) await requireMemberAccess(repos, community, input.actor, now);
    const member = await loadMember(repos, community.id, memberId);
    const profileBefore =
      (await repos.profiles.get(community.id, member.id)) ?? emptyProfile(community.id, member.id, now);
    let doNotPair: string[] | undefined;
    if (handles) {
      doNotPair = [];
      for (const handle of handles.filter(Boolean)) {
        const other = await repos.members.getByHandle(community.id, handle);
        if (!other || other.deletedAt) {
          throw new DomainError('validation.invalid', { field: `@${handle}`, reason: REASONS.noSuchMember });
        }
        doNotPair.push(other.id);
      }
    }
    const profilePatch: ProfilePatch = {
      ...(patch.timezone !== undefined ? { timezone: patch.timezone } : {}),
      ...(patch.visibility !== undefined ? { visibility: patch.visibility } : {}),
      ...(patch.introductions !== undefined
        ? {
            matchingOptIn: patch.introductions !== 'off',
            snoozedUntil: patch.introductions === 'paused' ? (patch.pausedUntil ?? null) : null,
          }
        : {}),
      ...(doNotPair ? { doNotPair } : {}),
    };
    // The profile rules check the timezone, visibility, the pause date (within a year) and the list (not oneself).
    const patched = applyProfilePatch(profileBefore, profilePatch, {
      excludedKeywords: community.settings.excludedKeywords,
      now,
    });
    const profileAfter =
      patch.leaderboard === undefined ? patched : { ...patched, leaderboardOptIn: patch.leaderboard };
    const memberAfter: Member = {
      ...member,
      locale: patch.locale === undefined ? member.locale : patch.locale,
      timezone: patch.timezone === undefined ? member.timezone : profileAfter.timezone,
      reminderLeadMinutes: lead === undefined ? member.reminderLeadMinutes : lead,
      ...(notifyPlatforms === undefined
        ? {}
        : { notifyPlatforms: notifyPlatforms && notifyPlatforms.length > 0 ? [...new Set(notifyPlatforms)] : null }),
    };
    await repos.members.update(memberAfter);
    await repos.profiles.upsert(profileAfter);
    if (!own) {
      await writeAudit(repos, deps, {
        actor: input.actor,
        action: 'member.settings',
        targetType: 'member',
        targetId: member.id,
        before: { member, profile: profileBefore },
        after: { member: memberAfter, profile: profileAfter },
      });
    }
    return readMemberSettings(repos, community.id, member.id, now);
  });
  if (!settings.remindersMuted && (lead !== undefined || patch.timezone !== undefined)) {
    await scheduleLessonRemindersSoon(deps, { communityId: input.communityId, memberId });
  }
  return settings;
}
