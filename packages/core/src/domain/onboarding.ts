import type { Profile } from './profile.js';

/** The profile nudge goes out on this local day after access began (the welcome on days before it). */
export const ONBOARDING_NUDGE_DAY = 3;
/** Members whose access began up to this many days ago are looked at: the nudge day plus a day of margin. */
export const ONBOARDING_WINDOW_DAYS = ONBOARDING_NUDGE_DAY + 2;
/** Onboarding messages go out between these local hours of the club (a welcome at 3 a.m. reads as spam). */
export const ONBOARDING_HOURS = { from: 9, to: 21 } as const;
/** The welcome names the next lesson if one starts within this many days. */
export const ONBOARDING_LESSON_DAYS = 60;

/** A profile says nothing other members could find the member by: none, or every descriptive field blank. */
export function profileIsEmpty(profile: Profile | null): boolean {
  if (!profile) return true;
  const fields = [profile.company, profile.role, profile.industry, profile.skills, profile.offers, profile.needs];
  return fields.every((field) => field.trim() === '');
}
