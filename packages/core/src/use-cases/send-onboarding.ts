import { DateTime } from 'luxon';
import { communityName } from '../domain/community.js';
import { membershipState } from '../domain/membership.js';
import {
  ONBOARDING_HOURS,
  ONBOARDING_LESSON_DAYS,
  ONBOARDING_NUDGE_DAY,
  ONBOARDING_WINDOW_DAYS,
  profileIsEmpty,
} from '../domain/onboarding.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { onboardingText } from '../i18n/onboarding-messages.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { AccessStart } from '../ports/vitality.repository.js';
import { loadCommunity } from '../rules/load.js';
import { notifyMember } from './notify-member.js';

const DAY = 86_400_000;
const PAGE = 200;

export interface OnboardingResult {
  /** New members looked at. */
  readonly considered: number;
  readonly welcomed: number;
  readonly nudged: number;
}

/**
 * The onboarding DMs of a club, in each member's language, during the club's local `ONBOARDING_HOURS`:
 * - a welcome from the local day access began (how to ask, `/profile`, the next lesson) until the nudge day
 *   (a run missed on the first day still welcomes the member the next morning);
 * - on local day `ONBOARDING_NUDGE_DAY` or the day after, a nudge to fill in the profile, only if it is still empty.
 * Each message at most once per member (delivery keys), and none to a member who no longer has access. New
 * members are read a page at a time (their first period's start, keyset).
 */
export async function sendOnboarding(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members'> &
    Pick<
      Ports,
      'clock' | 'messenger' | 'communities' | 'members' | 'memberships' | 'profiles' | 'lessons' | 'vitality'
    >,
  input: { readonly communityId: string },
): Promise<OnboardingResult> {
  const now = deps.clock.now();
  const community = await loadCommunity(deps, input.communityId);
  const { timezone } = community.settings;
  const localNow = DateTime.fromJSDate(now, { zone: timezone });
  if (localNow.hour < ONBOARDING_HOURS.from || localNow.hour >= ONBOARDING_HOURS.to) {
    return { considered: 0, welcomed: 0, nudged: 0 };
  }
  const today = localNow.startOf('day');
  const from = today.minus({ days: ONBOARDING_WINDOW_DAYS - 1 }).toJSDate();
  // The next lesson, read once for the club: the welcome names it.
  const upcoming = (
    await deps.lessons.listBetween(community.id, now, new Date(now.getTime() + ONBOARDING_LESSON_DAYS * DAY))
  )
    .filter((l) => l.status !== 'cancelled' && l.startsAt.getTime() > now.getTime())
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  let considered = 0;
  let welcomed = 0;
  let nudged = 0;
  let after: AccessStart | null = null;
  for (;;) {
    const page = await deps.vitality.accessStarts(community.id, from, new Date(now.getTime() + 1), after, PAGE);
    for (const start of page) {
      considered += 1;
      const member = await deps.members.get(community.id, start.memberId);
      if (!member || member.deletedAt) continue;
      const periods = await deps.memberships.listForMember(community.id, member.id);
      const state = membershipState(periods, now, community.settings);
      if (state.status === 'lapsed' || state.status === 'none') continue;
      const startDay = DateTime.fromJSDate(start.startsAt, { zone: timezone }).startOf('day');
      const day = Math.round(today.diff(startDay, 'days').days);
      if (day < ONBOARDING_NUDGE_DAY) {
        const result = await notifyMember(deps, {
          communityId: community.id,
          memberId: member.id,
          key: `onboarding-welcome:${member.id}`,
          kind: 'onboarding.welcome',
          message: ({ locale, timezone: tz }) => {
            const t = (key: Parameters<typeof onboardingText>[1], params?: Record<string, unknown>) =>
              onboardingText(locale, key, params);
            const lesson = upcoming
              ? t('onboarding.welcome.lesson', {
                  title: upcoming.title,
                  when: formatDateTime(upcoming.startsAt, tz, locale),
                })
              : t('onboarding.welcome.lessons');
            const steps = [t('onboarding.welcome.ask'), t('onboarding.welcome.profile'), lesson];
            return {
              title: t('onboarding.welcome.title', { club: communityName(community, locale) }),
              text: `${t('onboarding.welcome.text', { name: member.displayName })}\n\n${steps.map((s) => `• ${s}`).join('\n')}`,
            };
          },
        });
        if (result.status === 'sent') welcomed += 1;
        continue;
      }
      if (day > ONBOARDING_NUDGE_DAY + 1) continue;
      if (!profileIsEmpty(await deps.profiles.get(community.id, member.id))) continue;
      const result = await notifyMember(deps, {
        communityId: community.id,
        memberId: member.id,
        key: `onboarding-profile:${member.id}`,
        kind: 'onboarding.profile_nudge',
        message: ({ locale }) => ({
          title: onboardingText(locale, 'onboarding.nudge.title'),
          text: onboardingText(locale, 'onboarding.nudge.text', {
            club: communityName(community, locale),
            name: member.displayName,
          }),
        }),
      });
      if (result.status === 'sent') nudged += 1;
    }
    if (page.length < PAGE) break;
    after = page.at(-1) ?? null;
  }
  return { considered, welcomed, nudged };
}
