import { decodeReason, flipReason, type MatchReason, renderReason } from '@snowball/matching';
import type { Introduction } from '../domain/introduction.js';
import type { Locale } from '../i18n/locale.js';

/**
 * The stored reason of an introduction from one member's point of view. Reasons are stored as data from
 * `memberA`'s view (see runMatchingRound); null when the row holds plain text (e.g. entered by staff).
 */
export function introReason(intro: Pick<Introduction, 'memberA' | 'reason'>, viewerId: string): MatchReason | null {
  const reason = decodeReason(intro.reason);
  if (!reason) return null;
  return viewerId === intro.memberA ? reason : flipReason(reason);
}

/** The reason as one line in the reader's language; plain-text reasons are shown as they are. */
export function introReasonText(
  intro: Pick<Introduction, 'memberA' | 'reason'>,
  viewerId: string,
  locale: Locale,
): string {
  const reason = introReason(intro, viewerId);
  return reason ? renderReason(reason, locale) : intro.reason;
}

/**
 * Who gave something in an introduction: a member whose offers meet the other's needs. Both when the
 * reason says nothing (plain text), since we cannot tell.
 */
export function introGivers(intro: Pick<Introduction, 'memberA' | 'memberB' | 'reason'>): string[] {
  const reason = decodeReason(intro.reason);
  if (!reason) return [intro.memberA, intro.memberB];
  const givers: string[] = [];
  if (reason.youOffer.length > 0) givers.push(intro.memberA);
  if (reason.theyOffer.length > 0) givers.push(intro.memberB);
  return givers.length > 0 ? givers : [intro.memberA, intro.memberB];
}
