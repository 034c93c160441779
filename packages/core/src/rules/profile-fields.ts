import { flagApplication } from '../domain/application.js';
import type { Profile, Visibility } from '../domain/profile.js';
import { VISIBILITIES } from '../domain/profile.js';
import { DomainError } from '../errors/domain-error.js';
import { atMost, REASONS, withinDays } from '../errors/error-reasons.js';
import { isLocale, type Locale } from '../i18n/locale.js';
import { cleanText } from './text.js';

/** Bounds of what a member may enter in their profile. */
export const PROFILE_LIMITS = {
  company: 120,
  role: 80,
  industry: 80,
  region: 80,
  skills: 1000,
  offers: 1000,
  needs: 1000,
  dealSize: 80,
  contactForIntros: 200,
  timezone: 64,
  doNotPair: 200,
  /** Snoozing matching for longer than this is opting out. */
  maxSnoozeDays: 365,
} as const;

/** The fields a member (or staff for them) may change. */
export interface ProfilePatch {
  readonly company?: string;
  readonly role?: string;
  readonly industry?: string;
  readonly region?: string;
  readonly skills?: string;
  readonly offers?: string;
  readonly needs?: string;
  readonly dealSize?: string;
  readonly languages?: readonly Locale[];
  readonly timezone?: string | null;
  readonly visibility?: Visibility;
  readonly matchingOptIn?: boolean;
  readonly doNotPair?: readonly string[];
  /** Skip matching rounds until then; null resumes. */
  readonly snoozedUntil?: Date | string | null;
  /** Contact details shared only with a member one is introduced to, once both accepted. */
  readonly contactForIntros?: string;
}

const TEXT_FIELDS = [
  'company',
  'role',
  'industry',
  'region',
  'skills',
  'offers',
  'needs',
  'dealSize',
  'contactForIntros',
] as const;
const KNOWN = new Set<string>([
  ...TEXT_FIELDS,
  'languages',
  'timezone',
  'visibility',
  'matchingOptIn',
  'doNotPair',
  'snoozedUntil',
]);
// What a member promotes to others must respect the club's refused categories; needs may mention them, and
// contact details are not promotion (they only reach an accepted counterpart), so neither is checked.
const PROMOTED = ['company', 'industry', 'skills', 'offers'] as const;
const DAY = 86_400_000;

function isTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * Validates a patch and applies it: every field typed and bounded, unknown fields refused, texts cleaned,
 * refused categories (`excludedKeywords`) kept out of what the member promotes. `doNotPair` ids are checked
 * by the caller against the club's members.
 */
export function applyProfilePatch(
  current: Profile,
  patch: ProfilePatch,
  rules: { readonly excludedKeywords: readonly string[]; readonly now: Date },
): Profile {
  if (typeof patch !== 'object' || patch === null) {
    throw new DomainError('validation.invalid', { field: 'profile', reason: REASONS.objectExpected });
  }
  for (const key of Object.keys(patch)) {
    if (!KNOWN.has(key)) throw new DomainError('validation.invalid', { field: key, reason: REASONS.unknownField });
  }
  const next: { -readonly [K in keyof Profile]: Profile[K] } = { ...current };
  for (const field of TEXT_FIELDS) {
    if (patch[field] !== undefined) next[field] = cleanText(patch[field], field, PROFILE_LIMITS[field]);
  }
  const flags = flagApplication(Object.fromEntries(PROMOTED.map((f) => [f, next[f]])), rules.excludedKeywords);
  const flag = flags[0];
  if (flag) throw new DomainError('content.excluded', { field: flag.field, keyword: flag.keyword });

  if (patch.languages !== undefined) {
    if (!Array.isArray(patch.languages) || !patch.languages.every(isLocale)) {
      throw new DomainError('validation.invalid', { field: 'languages', reason: 'zh-CN, en' });
    }
    next.languages = [...new Set(patch.languages)];
  }
  if (patch.timezone !== undefined) {
    const tz = cleanText(patch.timezone, 'timezone', PROFILE_LIMITS.timezone);
    if (tz && !isTimezone(tz))
      throw new DomainError('validation.invalid', { field: 'timezone', reason: REASONS.unknownTimezone });
    next.timezone = tz || null;
  }
  if (patch.visibility !== undefined) {
    if (!VISIBILITIES.includes(patch.visibility)) {
      throw new DomainError('validation.invalid', { field: 'visibility', reason: VISIBILITIES.join(', ') });
    }
    next.visibility = patch.visibility;
  }
  if (patch.matchingOptIn !== undefined) {
    if (typeof patch.matchingOptIn !== 'boolean') {
      throw new DomainError('validation.invalid', { field: 'matchingOptIn', reason: REASONS.trueOrFalse });
    }
    next.matchingOptIn = patch.matchingOptIn;
  }
  if (patch.doNotPair !== undefined) {
    if (!Array.isArray(patch.doNotPair) || !patch.doNotPair.every((id) => typeof id === 'string')) {
      throw new DomainError('validation.invalid', { field: 'doNotPair', reason: REASONS.aListOfMembers });
    }
    const ids = [...new Set(patch.doNotPair.map((id) => id.trim()).filter(Boolean))];
    if (ids.length > PROFILE_LIMITS.doNotPair) {
      throw new DomainError('validation.invalid', {
        field: 'doNotPair',
        reason: atMost(PROFILE_LIMITS.doNotPair),
      });
    }
    if (ids.includes(current.memberId)) {
      throw new DomainError('validation.invalid', { field: 'doNotPair', reason: REASONS.notYourself });
    }
    next.doNotPair = ids;
  }
  if (patch.snoozedUntil !== undefined) {
    if (patch.snoozedUntil === null) next.snoozedUntil = null;
    else {
      const until = new Date(patch.snoozedUntil);
      const t = until.getTime();
      const now = rules.now.getTime();
      if (!Number.isFinite(t) || t <= now || t > now + PROFILE_LIMITS.maxSnoozeDays * DAY) {
        throw new DomainError('validation.invalid', {
          field: 'snoozedUntil',
          reason: withinDays(PROFILE_LIMITS.maxSnoozeDays),
        });
      }
      next.snoozedUntil = until;
    }
  }
  next.updatedAt = rules.now;
  return next;
}
