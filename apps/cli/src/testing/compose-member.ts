import { randomUUID } from 'node:crypto';
import type { Locale, Platform, Repositories } from '@snowball/core';

const DAY = 86_400_000;

export interface ComposeMemberOptions {
  readonly name: string;
  /** Default English. */
  readonly locale?: Locale;
  /** When the member was created; default now. */
  readonly createdAt?: Date;
  /** The paid period; default from a day ago to 300 days ahead. */
  readonly membership?: { readonly startsAt: Date; readonly endsAt: Date };
  readonly accounts?: readonly { readonly platform: Platform; readonly workspaceId: string; readonly userId: string }[];
  readonly roles?: readonly ('coach' | 'owner')[];
  /** When the membership, the links and the roles were recorded; default now. */
  readonly recordedAt?: Date;
}

/**
 * Adds a member straight through the repositories (handle `<name>-<id start>`), paid for a period, linked to the
 * given platform accounts and granted the given staff roles; resolves to the member id.
 */
export async function addComposeMember(
  ports: Pick<Repositories, 'members' | 'memberships' | 'accounts' | 'staff'>,
  communityId: string,
  options: ComposeMemberOptions,
): Promise<string> {
  const now = new Date();
  const recordedAt = options.recordedAt ?? now;
  const id = randomUUID();
  await ports.members.create({
    id,
    communityId,
    handle: `${options.name.toLowerCase()}-${id.slice(0, 6)}`,
    displayName: options.name,
    email: null,
    locale: options.locale ?? 'en',
    timezone: null,
    reminderLeadMinutes: null,
    remindersMuted: false,
    matchingExcluded: false,
    notes: '',
    createdAt: options.createdAt ?? now,
    deletedAt: null,
  });
  await ports.memberships.add({
    id: randomUUID(),
    communityId,
    memberId: id,
    startsAt: options.membership?.startsAt ?? new Date(now.getTime() - DAY),
    endsAt: options.membership?.endsAt ?? new Date(now.getTime() + 300 * DAY),
    kind: 'initial',
    paymentId: null,
    createdAt: recordedAt,
  });
  for (const account of options.accounts ?? []) {
    await ports.accounts.link({
      communityId,
      platform: account.platform,
      workspaceId: account.workspaceId,
      platformUserId: account.userId,
      memberId: id,
      linkedAt: recordedAt,
    });
  }
  for (const role of options.roles ?? []) {
    await ports.staff.grant({ communityId, memberId: id, role, grantedAt: recordedAt });
  }
  return id;
}
