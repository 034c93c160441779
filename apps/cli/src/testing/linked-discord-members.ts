import { randomUUID } from 'node:crypto';
import type { Member, Repositories } from '@snowball/core';
import type { FakeDiscord, FakeDiscordUser } from '@snowball/testkit';

const DAY = 86_400_000;

/**
 * Adds `count` members (`member-0`…, English) to the club, each linked to a new user of the fake Discord's guild
 * and paid from 30 days ago for a year; resolves to them in order.
 */
export async function addLinkedDiscordMembers(
  repos: Pick<Repositories, 'members' | 'accounts' | 'memberships'>,
  communityId: string,
  fake: FakeDiscord,
  count: number,
): Promise<{ member: Member; user: FakeDiscordUser }[]> {
  const now = new Date();
  const people: { member: Member; user: FakeDiscordUser }[] = [];
  for (let i = 0; i < count; i++) {
    const user = fake.newUser(`member${i}`);
    const member: Member = {
      id: randomUUID(),
      communityId,
      handle: `member-${i}`,
      displayName: `Member ${i}`,
      email: null,
      locale: 'en',
      timezone: null,
      reminderLeadMinutes: null,
      remindersMuted: false,
      matchingExcluded: false,
      notes: '',
      createdAt: now,
      deletedAt: null,
    };
    await repos.members.create(member);
    await repos.accounts.link({
      communityId,
      platform: 'discord',
      workspaceId: fake.guild.id,
      platformUserId: user.id,
      memberId: member.id,
      linkedAt: now,
    });
    await repos.memberships.add({
      id: randomUUID(),
      communityId,
      memberId: member.id,
      startsAt: new Date(now.getTime() - 30 * DAY),
      endsAt: new Date(now.getTime() + 335 * DAY),
      kind: 'initial',
      paymentId: null,
      createdAt: now,
    });
    people.push({ member, user });
  }
  return people;
}
