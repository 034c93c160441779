import type { Actor, Core, Locale, Platform, Ports } from '@snowball/core';
import type { ConversationRole } from './conversation-cases.js';

/** One person of the shared conversation, in one language. */
export interface ConversationPerson {
  readonly role: ConversationRole;
  readonly locale: Locale;
  /** The user name every surface shows for them (Discord username, Slack user name, simulator name). */
  readonly handle: string;
  readonly displayName: string;
  /** Null for the newcomer, whom the club does not know. */
  readonly memberId: string | null;
}

/** Where a person is reachable: a platform account, named per person. */
export interface ConversationAccount {
  readonly platform: Platform;
  readonly workspaceId: string;
  userId(person: Pick<ConversationPerson, 'role' | 'locale' | 'handle'>): string;
}

/** The people of the shared conversation. */
export interface ConversationPeople {
  readonly all: readonly ConversationPerson[];
  get(role: ConversationRole, locale: Locale): ConversationPerson;
}

const PEOPLE: readonly Omit<ConversationPerson, 'memberId'>[] = [
  { role: 'newcomer', locale: 'en', handle: 'ada', displayName: 'Ada Lovelace' },
  { role: 'member', locale: 'en', handle: 'ben', displayName: 'Ben Carter' },
  { role: 'staff', locale: 'en', handle: 'cleo', displayName: 'Cleo Park' },
  { role: 'newcomer', locale: 'zh-CN', handle: 'lilei', displayName: '李雷' },
  { role: 'member', locale: 'zh-CN', handle: 'meimei', displayName: '韩梅梅' },
  { role: 'staff', locale: 'zh-CN', handle: 'wanglin', displayName: '王琳' },
];

/** The simulator account of a person in a simulator workspace (the caller every surface is compared with). */
export function simulatorAccount(workspaceId: string): ConversationAccount {
  return { platform: 'simulator', workspaceId, userId: (person) => `sim-${person.handle}` };
}

/** The lesson the conversation's members see in /lessons and sign up for, a week after the club's clock. */
export const CONVERSATION_LESSON = 'Pricing for export 出口定价';

/**
 * Prepares a club for the conversation: per language a paid member and a staff member (moderator and
 * coach, paid too), each with their language and one account per entry of `accounts` (so the same member
 * is reachable on every surface under test), and one upcoming lesson; the newcomers get nothing. Every
 * workspace in `accounts` is attached to the club.
 */
export async function seedConversationClub(input: {
  readonly core: Core;
  readonly ports: Pick<Ports, 'accounts' | 'communities' | 'clock'>;
  readonly communityId: string;
  readonly owner: Actor;
  readonly accounts: readonly [ConversationAccount, ...ConversationAccount[]];
}): Promise<ConversationPeople> {
  const { core, ports, communityId, owner } = input;
  const community = await ports.communities.get(communityId);
  if (!community) throw new Error(`no club ${communityId}`);
  for (const account of input.accounts) {
    await ports.communities.attachWorkspace(communityId, account.platform, account.workspaceId);
  }
  const [first, ...others] = input.accounts;
  const all: ConversationPerson[] = [];
  for (const person of PEOPLE) {
    if (person.role === 'newcomer') {
      all.push({ ...person, memberId: null });
      continue;
    }
    const application = await core.submitApplication({
      communityId,
      name: person.displayName,
      email: `${person.handle}@example.com`,
      answers: [{ question: 'What do you do?', answer: 'Trade' }],
      valuesPledge: true,
      locale: person.locale,
      account: { platform: first.platform, workspaceId: first.workspaceId, platformUserId: first.userId(person) },
    });
    const approved = await core.approveApplication({ actor: owner, communityId, applicationId: application.id });
    const memberId = approved.memberId as string;
    // Linked before the payment, so the access sync reaches every account.
    for (const account of others) {
      await ports.accounts.link({
        communityId,
        platform: account.platform,
        workspaceId: account.workspaceId,
        platformUserId: account.userId(person),
        memberId,
        linkedAt: ports.clock.now(),
      });
    }
    await core.recordPayment({
      actor: owner,
      communityId,
      applicationId: application.id,
      amountMinor: community.settings.fee.amountMinor,
      currency: community.settings.fee.currency,
      method: 'bank_transfer',
      reference: `CONV-${person.handle}`,
    });
    if (person.role === 'staff') {
      for (const role of ['moderator', 'coach'] as const) {
        await core.grantStaffRole({ actor: owner, communityId, memberId, role });
      }
    }
    all.push({ ...person, memberId });
  }
  await core.scheduleLesson({
    actor: owner,
    communityId,
    title: CONVERSATION_LESSON,
    startsAt: new Date(ports.clock.now().getTime() + 7 * 86_400_000),
    durationMinutes: 60,
    capacity: 20,
    location: 'Online',
  });
  return {
    all,
    get(role, locale) {
      const person = all.find((p) => p.role === role && p.locale === locale);
      if (!person) throw new Error(`no ${role} in ${locale}`);
      return person;
    },
  };
}
