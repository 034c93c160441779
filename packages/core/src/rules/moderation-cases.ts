import { createHash } from 'node:crypto';
import type { CaseStatus, ModerationCase } from '../domain/moderation.js';
import { DomainError } from '../errors/domain-error.js';
import type { Repositories } from '../ports/ports.js';

/** A UUID-shaped id (version 8: custom) derived from the parts, so the same event always finds the same row. */
export function derivedCaseId(...parts: readonly string[]): string {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 3) | 8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** One report per reporter per message: a second report of the same message by the same member finds the first. */
export function messageReportId(
  communityId: string,
  platform: string,
  channelId: string,
  messageId: string,
  reporterId: string,
): string {
  return derivedCaseId('report', communityId, platform, channelId, messageId, reporterId);
}

/** One report per reporter per reported member per day (UTC). */
export function memberReportId(communityId: string, memberId: string, reporterId: string, now: Date): string {
  return derivedCaseId('report-member', communityId, memberId, reporterId, now.toISOString().slice(0, 10));
}

export async function loadCase(
  repos: Pick<Repositories, 'moderation'>,
  communityId: string,
  caseId: string,
): Promise<ModerationCase> {
  const found = await repos.moderation.get(communityId, caseId);
  if (!found) throw new DomainError('case.not_found', { caseId });
  return found;
}

/** Whether a status is waiting for a moderator (open, escalated) — appeals are decided separately. */
export function isUndecided(status: CaseStatus): boolean {
  return status === 'open' || status === 'escalated';
}

/** The parts of a case the audit log keeps (never the message excerpt: evidence is purged, the log is not). */
export function auditedCase(c: ModerationCase) {
  return { status: c.status, appealOutcome: c.appealOutcome ?? null, notes: c.notes ?? null };
}
