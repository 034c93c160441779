import { buildIcsCalendar } from '../domain/ics.js';
import type { Lesson } from '../domain/lesson.js';
import { hasAccess, membershipState } from '../domain/membership.js';
import { DomainError } from '../errors/domain-error.js';
import { notificationText } from '../i18n/notification-messages.js';
import type { Ports, Uow } from '../ports/ports.js';
import { hashSecret } from '../rules/secret.js';

/** Past lessons stay in the feed this long, so they do not vanish from calendars the moment they end. */
const PAST_DAYS = 30;
const AHEAD_DAYS = 366;
const DAY_MS = 86_400_000;

/**
 * The ICS feed behind a member's secret calendar URL: the lessons they signed up for (going, or TENTATIVE
 * when waitlisted), including ones since cancelled (STATUS:CANCELLED, so calendar apps remove them), from 30
 * days back to a year ahead. Members pick lessons in `/lessons`; their calendar shows their commitments, not
 * the whole programme. Without access (lapsed) the feed is an empty calendar; an unknown or rotated token
 * is `calendar.token_invalid`.
 */
export async function getCalendarFeed(
  deps: Uow<'auth' | 'communities' | 'lessons' | 'members' | 'memberships' | 'staff'> & Pick<Ports, 'clock'>,
  input: { readonly token: string },
): Promise<{ readonly ics: string; readonly communityId: string; readonly memberId: string }> {
  const token = typeof input.token === 'string' ? input.token.trim() : '';
  if (!token || token.length > 200) throw new DomainError('calendar.token_invalid');
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const found = await repos.auth.findCalendarToken(hashSecret(token));
    if (!found) throw new DomainError('calendar.token_invalid');
    const community = await repos.communities.get(found.communityId);
    const member = community ? await repos.members.get(community.id, found.memberId) : null;
    if (!community || !member || member.deletedAt) throw new DomainError('calendar.token_invalid');
    const { settings } = community;
    const locale = member.locale ?? settings.defaultLocale;
    const roles = await repos.staff.rolesOf(community.id, member.id);
    const state = membershipState(await repos.memberships.listForMember(community.id, member.id), now, settings);
    const lessons: Lesson[] = [];
    const tentative = new Set<string>();
    if (roles.length > 0 || hasAccess(state.status)) {
      const window = await repos.lessons.listBetween(
        community.id,
        new Date(now.getTime() - PAST_DAYS * DAY_MS),
        new Date(now.getTime() + AHEAD_DAYS * DAY_MS),
      );
      for (const lesson of window) {
        const rsvp = await repos.lessons.getRsvp(community.id, lesson.id, member.id);
        if (rsvp?.status !== 'going' && rsvp?.status !== 'waitlist') continue;
        lessons.push(lesson);
        if (rsvp.status === 'waitlist') tentative.add(lesson.id);
      }
    }
    const ics = buildIcsCalendar(lessons, {
      calendarName: notificationText(locale, 'calendar.name', { club: community.name }),
      timezone: member.timezone ?? settings.timezone,
      now,
      locale,
      tentativeLessonIds: tentative,
      uidDomain: `${community.slug}.snowball`,
    });
    return { ics, communityId: community.id, memberId: member.id };
  });
}
