import { type CommandDefinition, catalogue, createDispatcher, type Dispatcher, type Reply } from '@snowball/commands';
import {
  type Community,
  createCore,
  type Locale,
  type Messenger,
  type RoleSync,
  type UnitOfWork,
} from '@snowball/core';
import { createTestPorts, type TestPorts } from '@snowball/core/testing';
import type { DiscordLogger } from '../discord-logger.js';

/** A logger that keeps every entry, so tests can see what the adapter reported. */
export class RecordingDiscordLogger implements DiscordLogger {
  readonly entries: { level: string; details: Record<string, unknown>; message: string }[] = [];
  debug = (details: Record<string, unknown>, message: string) =>
    this.entries.push({ level: 'debug', details, message });
  info = (details: Record<string, unknown>, message: string) => this.entries.push({ level: 'info', details, message });
  warn = (details: Record<string, unknown>, message: string) => this.entries.push({ level: 'warn', details, message });
  error = (details: Record<string, unknown>, message: string) =>
    this.entries.push({ level: 'error', details, message });
  at(level: string): { details: Record<string, unknown>; message: string }[] {
    return this.entries.filter((e) => e.level === level);
  }
}

export interface DiscordTestClub {
  readonly ports: TestPorts;
  readonly core: ReturnType<typeof createCore>;
  readonly community: Community;
  readonly ownerId: string;
  /** Records every reply it hands out, for checks against the platforms' limits. */
  readonly dispatcher: Dispatcher;
  readonly replies: Reply[];
  /** Makes the next database transaction (the dispatcher's identify) take this long. */
  slowNextTransaction(ms: number): void;
  /** Links a Discord user to the owner, who may run every staff command. */
  linkOwner(guildId: string, userId: string): Promise<void>;
  /** Adds a plain member with this handle, name and locale, linked to a Discord user; resolves to the member id. */
  linkMember(
    guildId: string,
    userId: string,
    profile: { readonly handle: string; readonly displayName: string; readonly locale: Locale },
  ): Promise<string>;
}

/**
 * A club on the in-memory core (real use cases, working in-memory ports) attached to a Discord guild,
 * with the given role sync and messenger, and a dispatcher over the catalogue plus `extraCommands`.
 */
export async function createDiscordTestClub(options: {
  readonly guildId: string;
  readonly roleSync?: RoleSync;
  readonly messenger?: Messenger;
  readonly extraCommands?: readonly CommandDefinition[];
  readonly logger?: DiscordLogger;
}): Promise<DiscordTestClub> {
  const ports = createTestPorts();
  let slowMs = 0;
  // The next database access waits: a transaction, or the club lookup every interaction starts with (it reads
  // without a transaction).
  const slowDown = async () => {
    if (slowMs <= 0) return;
    const wait = slowMs;
    slowMs = 0;
    await new Promise((resolve) => setTimeout(resolve, wait));
  };
  const uow: UnitOfWork = {
    async run(work) {
      await slowDown();
      return ports.uow.run(work);
    },
  };
  const communities: typeof ports.communities = Object.create(ports.communities, {
    findByWorkspace: {
      value: async (...args: Parameters<typeof ports.communities.findByWorkspace>) => {
        await slowDown();
        return ports.communities.findByWorkspace(...args);
      },
    },
  });
  const core = createCore({
    ...ports,
    communities,
    uow,
    ...(options.roleSync ? { roleSync: options.roleSync } : {}),
    ...(options.messenger ? { messenger: options.messenger } : {}),
  });
  const { community, ownerId } = await core.createCommunity({
    slug: 'tea-club',
    name: 'Tea Club',
    owner: { displayName: 'Olivia Owner' },
    settings: { defaultLocale: 'en' },
  });
  await ports.communities.attachWorkspace(community.id, 'discord', options.guildId);
  const replies: Reply[] = [];
  const inner = createDispatcher({
    core,
    commands: [...catalogue, ...(options.extraCommands ?? [])],
    publicUrl: 'https://club.example',
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return {
    ports,
    core,
    community,
    ownerId,
    replies,
    dispatcher: {
      find: (name) => inner.find(name),
      async dispatch(invocation) {
        const reply = await inner.dispatch(invocation);
        replies.push(reply);
        return reply;
      },
    },
    slowNextTransaction(ms) {
      slowMs = ms;
    },
    async linkOwner(guildId, userId) {
      await ports.accounts.link({
        communityId: community.id,
        platform: 'discord',
        workspaceId: guildId,
        platformUserId: userId,
        memberId: ownerId,
        linkedAt: ports.clock.now(),
      });
    },
    async linkMember(guildId, userId, profile) {
      const memberId = ports.ids.id();
      await ports.members.create({
        id: memberId,
        communityId: community.id,
        handle: profile.handle,
        displayName: profile.displayName,
        email: null,
        locale: profile.locale,
        timezone: null,
        reminderLeadMinutes: null,
        remindersMuted: false,
        matchingExcluded: false,
        notes: '',
        createdAt: ports.clock.now(),
        deletedAt: null,
      });
      await ports.accounts.link({
        communityId: community.id,
        platform: 'discord',
        workspaceId: guildId,
        platformUserId: userId,
        memberId,
        linkedAt: ports.clock.now(),
      });
      return memberId;
    },
  };
}
