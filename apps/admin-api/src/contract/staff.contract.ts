import { PLATFORMS } from '@snowball/core';
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

export const guestInviteBody = z.object({
  displayName: z.string().describe('How the guest is shown to members and coaches'),
  email: z.string().nullish().describe('For a sign-in link to the panel, which the owner sends to the guest'),
  locale: z.enum(['zh-CN', 'en']).nullish(),
  platform: z.enum(PLATFORMS).nullish().describe('With platformUserId: the guest’s chat account, linked at once'),
  platformUserId: z.string().nullish(),
  workspaceId: z.string().nullish().describe('Needed only when the club has several workspaces on that platform'),
});
export const guestInvitation = z.object({
  memberId: uuid,
  created: z.boolean().describe('False when the email or account already belonged to someone of the club'),
  loginUrl: z.string().nullable().describe('One-time sign-in link with the guest role; null without an email'),
  expiresAt: dateTime.nullable(),
});

export type GuestInvitation = Wire<z.output<typeof guestInvitation>>;
export type StaffMember = Wire<z.output<typeof staffMember>>;
export type StaffRoles = Wire<z.output<typeof staffRoles>>;
export type LoginLink = Wire<z.output<typeof loginLink>>;
