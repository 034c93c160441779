import { STAFF_ROLES } from '@snowball/core';
import { z } from 'zod';
import { dateTime, locale, uuid, type Wire } from './common.contract.js';

export const staffRole = z.enum(STAFF_ROLES);

export const session = z.object({
  member: z.object({ id: uuid, displayName: z.string(), handle: z.string(), locale: z.string().nullable() }),
  roles: z.array(staffRole),
  community: z.object({ id: uuid, slug: z.string(), name: z.string(), defaultLocale: locale }),
  csrfToken: z.string().describe('Send it back in the `x-csrf-token` header on every change.'),
  expiresAt: dateTime,
});

export type StaffRole = z.output<typeof staffRole>;
export type Session = Wire<z.output<typeof session>>;
