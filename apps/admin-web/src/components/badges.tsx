import type { ApplicationStatus, MembershipStatus, StaffRole } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';

export function MembershipBadge({ status }: { readonly status: MembershipStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}

export function ApplicationBadge({ status }: { readonly status: ApplicationStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-app-${status}`}>{t(`appStatus.${status}`)}</span>;
}

export function RoleBadge({ role }: { readonly role: StaffRole }) {
  const { t } = useI18n();
  return <span className={`badge badge-role-${role}`}>{t(`role.${role}`)}</span>;
}
