import type { Locale } from '../i18n/locale.js';

export const VISIBILITIES = ['members', 'staff', 'hidden'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** What a member does, offers and looks for; the basis of the directory and of matching. */
export interface Profile {
  readonly communityId: string;
  readonly memberId: string;
  readonly company: string;
  readonly role: string;
  readonly industry: string;
  readonly region: string;
  readonly skills: string;
  readonly offers: string;
  readonly needs: string;
  readonly dealSize: string;
  readonly languages: readonly Locale[];
  readonly timezone: string | null;
  readonly visibility: Visibility;
  readonly matchingOptIn: boolean;
  readonly doNotPair: readonly string[];
  /** The member skipped matching rounds until this time. */
  readonly snoozedUntil: Date | null;
  /**
   * How the member agrees to be reached by a member they are introduced to ("WeChat: …, email …"): given to
   * that counterpart only once both accepted, never shown in the directory.
   */
  readonly contactForIntros: string;
  /** The member agreed to be listed by name on `/leaderboard` (off until they turn it on in `/settings`). */
  readonly leaderboardOptIn: boolean;
  readonly updatedAt: Date;
}

export function emptyProfile(communityId: string, memberId: string, now: Date): Profile {
  return {
    communityId,
    memberId,
    company: '',
    role: '',
    industry: '',
    region: '',
    skills: '',
    offers: '',
    needs: '',
    dealSize: '',
    languages: [],
    timezone: null,
    visibility: 'members',
    matchingOptIn: true,
    doNotPair: [],
    snoozedUntil: null,
    contactForIntros: '',
    leaderboardOptIn: false,
    updatedAt: now,
  };
}
