import type { CommunitySettings } from './community.js';

/** How long a data-export link works: long enough to open it later that day, short since it travels through chat. */
export const EXPORT_LINK_HOURS = 24;

/** The cooling-off before an erasure runs when the owner has not set one (`privacyCoolingOffHours`). */
export const DEFAULT_PRIVACY_COOLING_OFF_HOURS = 24;

/**
 * The name an erased member is shown under in other members' records (introductions, deals, lessons). It is
 * stored as the member's display name, so it is written in both languages at once.
 */
export const FORMER_MEMBER_NAME = '前会员 · a former member';

/** A single-use link to download everything the club holds about a member; only the token's hash is stored. */
export interface ExportLink {
  readonly tokenHash: string;
  readonly communityId: string;
  readonly memberId: string;
  /** Who asked: the member themselves or a staff member (null: the system). */
  readonly requestedBy: string | null;
  readonly expiresAt: Date;
  readonly usedAt: Date | null;
  readonly createdAt: Date;
}

export type ErasureStatus = 'pending' | 'done' | 'cancelled';

/** A confirmed request to erase a member, carried out once its cooling-off ends. */
export interface ErasureRequest {
  readonly id: string;
  readonly communityId: string;
  readonly memberId: string;
  readonly requestedBy: string | null;
  readonly requestedAt: Date;
  readonly dueAt: Date;
  readonly status: ErasureStatus;
  readonly completedAt: Date | null;
}

/**
 * Everything stored about one member, table by table (the database's own names), as rows of plain values:
 * the body of a data export.
 */
export type MemberData = Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;

/** The owner's cooling-off in hours (0: erase at once). */
export function privacyCoolingOffHours(settings: CommunitySettings): number {
  return settings.privacyCoolingOffHours ?? DEFAULT_PRIVACY_COOLING_OFF_HOURS;
}

/** The job that carries out an erasure once due; its id is derived from the request so scheduling twice is harmless. */
export const ERASURE_JOB = 'privacy.erase';

export function erasureJobId(requestId: string): string {
  return `privacy-erase:${requestId}`;
}

/** The download URL of an export link, served by the admin API (`GET /privacy/export/:token`). */
export function exportUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/privacy/export/${encodeURIComponent(token)}`;
}
