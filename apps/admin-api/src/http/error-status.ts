import type { ErrorCode } from '@snowball/core';

/**
 * The one table from DomainError codes to HTTP statuses. Codes not listed fall back by family:
 * `*.not_found` → 404, `auth.*` → 403, anything else → 400.
 */
const STATUS: Partial<Record<ErrorCode, number>> = {
  'auth.not_signed_in': 401,
  'auth.session_expired': 401,
  'auth.login_link_invalid': 401,
  'auth.login_link_expired': 401,
  'auth.forbidden': 403,
  'auth.staff_only': 403,
  'auth.csrf_invalid': 403,
  'auth.role_not_held': 400,
  'application.already_pending': 409,
  'application.already_decided': 409,
  'application.already_member': 409,
  'payment.duplicate_reference': 409,
  'coupon.code_taken': 409,
  'refund.already_decided': 409,
  'checkout.not_configured': 409,
  'case.already_decided': 409,
  'case.no_appeal': 409,
  'question.already_answered': 409,
  'question.already_claimed': 409,
  'question.claimed_by_other': 409,
  'question.closed': 409,
  'question.not_answered': 409,
  'question.not_yours': 403,
  'faq.no_consent': 409,
  'membership.not_current': 409,
  'intro.already_decided': 409,
  'intro.trio_pair_exists': 409,
  'staff.last_owner': 409,
  'member.handle_taken': 409,
  'conflict.unique': 409,
  'workspace.taken': 409,
  'request.rate_limited': 429,
  'privacy.export_link_invalid': 410,
  'privacy.no_pending_erasure': 409,
  'service.unavailable': 503,
  'internal.unexpected': 500,
};

/** The HTTP status for a DomainError code. */
export function httpStatusFor(code: string): number {
  const listed = STATUS[code as ErrorCode];
  if (listed) return listed;
  if (code.endsWith('.not_found')) return 404;
  if (code.startsWith('auth.')) return 403;
  return 400;
}
