import type { Locale } from '../i18n/locale.js';
import type { Platform } from './member.js';

export const APPLICATION_STATUSES = ['pending', 'info_requested', 'approved', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Still to be decided: the applicant may withdraw, staff may decide. */
export function isOpenApplication(application: Pick<Application, 'status'>): boolean {
  return application.status === 'pending' || application.status === 'info_requested';
}

export interface ApplicationAnswer {
  readonly question: string;
  readonly answer: string;
}

/** Why the application was flagged for a closer look. */
export interface ApplicationFlag {
  readonly keyword: string;
  readonly field: string;
}

export interface Application {
  readonly id: string;
  readonly communityId: string;
  readonly name: string;
  readonly email: string | null;
  readonly company: string;
  readonly industry: string;
  readonly locale: Locale;
  readonly platform: Platform | null;
  readonly workspaceId: string | null;
  readonly platformUserId: string | null;
  readonly answers: readonly ApplicationAnswer[];
  readonly valuesPledge: boolean;
  readonly referrerMemberId: string | null;
  readonly flags: readonly ApplicationFlag[];
  readonly status: ApplicationStatus;
  readonly decisionReason: string | null;
  readonly decidedBy: string | null;
  readonly decidedAt: Date | null;
  /** The member record created at approval. */
  readonly memberId: string | null;
  readonly submittedAt: Date;
  /** Whether the applicant is told the rejection reason; the reviewer decides. */
  readonly reasonShared: boolean;
  /** The applicant's answer to the reviewer's question (`decisionReason` while info is requested). */
  readonly infoAnswer: string | null;
  /** When the applicant answered: the application is back in the queue, marked "answered". */
  readonly infoAnsweredAt: Date | null;
  /** When the referrer vouched for the applicant; null while they have not. */
  readonly vouchedAt: Date | null;
}

/**
 * Finds excluded keywords in what the applicant wrote, one flag per keyword and field. With a `match` function
 * (the moderation package's, through the KeywordMatcher port) spellings, compounds and disguises are caught;
 * without one, a case-insensitive match that works for Chinese.
 */
export function flagApplication(
  fields: Readonly<Record<string, string>>,
  excludedKeywords: readonly string[],
  match?: (text: string, keywords: readonly string[]) => readonly string[],
): ApplicationFlag[] {
  const flags: ApplicationFlag[] = [];
  if (match) {
    for (const [field, value] of Object.entries(fields)) {
      if (!value) continue;
      for (const keyword of match(value, excludedKeywords)) flags.push({ keyword, field });
    }
    return flags;
  }
  for (const [field, value] of Object.entries(fields)) {
    const text = value.normalize('NFKC').toLowerCase();
    for (const keyword of excludedKeywords) {
      const needle = keyword.normalize('NFKC').toLowerCase().trim();
      if (!needle) continue;
      // Short latin keywords ("MLM") must stand as a word, so "html" does not flag.
      const hit = /^[a-z0-9 .-]+$/.test(needle)
        ? new RegExp(`(^|[^a-z0-9])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z0-9]|$)`).test(text)
        : text.includes(needle);
      if (hit) flags.push({ keyword, field });
    }
  }
  return flags;
}
