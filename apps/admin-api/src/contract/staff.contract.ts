import { z } from 'zod';
import { dateTime, uuid, type Wire } from './common.contract.js';
import { staffRole } from './session.contract.js';

export const staffMember = z.object({
  memberId: uuid,
  displayName: z.string(),
  handle: z.string(),
  email: z.string().nullable(),
  roles: z.array(z.object({ role: staffRole, grantedAt: dateTime })),
});

export const grantBody = z.object({ memberId: uuid, role: staffRole });
export const staffRoles = z.object({ memberId: uuid, roles: z.array(staffRole) });
export const roleParams = z.object({ memberId: uuid, role: staffRole });
export const loginLinkBody = z.object({ role: staffRole });
export const loginLink = z.object({ url: z.string(), expiresAt: dateTime });

export type StaffMember = Wire<z.output<typeof staffMember>>;
export type StaffRoles = Wire<z.output<typeof staffRoles>>;
export type LoginLink = Wire<z.output<typeof loginLink>>;
