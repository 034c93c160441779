import type { Actor } from '@snowball/core';
import { type DiscordJson, FakeDiscord, type FakeDiscordUser } from '@snowball/testkit';
import { expect } from 'vitest';
import { type DiscordBot, type DiscordBotOptions, startDiscordBot } from '../gateway/start-discord-bot.js';
import { createDiscordRest } from '../ports/create-discord-rest.js';
import { DiscordMessenger } from '../ports/discord-messenger.js';
import { createDiscordTestClub, type DiscordTestClub } from './discord-test-club.js';

/** An interaction's answer as the user sees it: a deferred one is read from its follow-up edit. */
export type DiscordAnswer = { type: number; data: DiscordJson & { custom_id?: string; flags?: number } };

export interface FakeDiscordClub {
  readonly fake: FakeDiscord;
  readonly club: DiscordTestClub;
  /** The club's owner as an actor for core calls. */
  readonly owner: Actor;
  /** The Discord user linked to the owner. */
  readonly ownerUser: FakeDiscordUser;
  /** Starts the real discord.js bot against the fake, serving the club's guild through its dispatcher. */
  startBot(
    extra?: Omit<DiscordBotOptions, 'token' | 'applicationId' | 'guildIds' | 'apiUrl' | 'dispatcher'>,
  ): Promise<DiscordBot>;
  /**
   * Dispatches an interaction and waits for its answer (it must succeed). A deferred answer is read from the
   * edit that follows it, with the flags of the deferral (private or not is decided there).
   */
  answer(spec: Parameters<FakeDiscord['dispatchInteraction']>[0]): Promise<DiscordAnswer>;
  /** Stops the bot if one was started, then the fake. */
  close(): Promise<void>;
}

/**
 * The fake Discord with a club attached to its guild (the real REST messenger), the owner linked to the
 * Discord user `olivia`. Call `startBot` once the test's people are in place.
 */
export async function startFakeDiscordClub(): Promise<FakeDiscordClub> {
  const fake = await FakeDiscord.start();
  const messenger = new DiscordMessenger(createDiscordRest({ token: fake.token, apiUrl: fake.url }));
  const club = await createDiscordTestClub({ guildId: fake.guild.id, messenger });
  const owner: Actor = { kind: 'member', communityId: club.community.id, memberId: club.ownerId, roles: ['owner'] };
  const ownerUser = fake.newUser('olivia', { globalName: 'Olivia' });
  await club.linkOwner(fake.guild.id, ownerUser.id);
  let bot: DiscordBot | undefined;
  return {
    fake,
    club,
    owner,
    ownerUser,
    async startBot(extra = {}) {
      bot = await startDiscordBot({
        token: fake.token,
        applicationId: fake.applicationId,
        guildIds: [fake.guild.id],
        apiUrl: fake.url,
        dispatcher: club.dispatcher,
        ...extra,
      });
      return bot;
    },
    async answer(spec) {
      const interaction = fake.dispatchInteraction(spec);
      const response = await fake.waitForResponse(interaction);
      expect(response.status).toBeLessThan(300);
      const body = response.body as DiscordAnswer;
      if (body.type !== 5) return body;
      const edit = await fake.waitForCall('webhookMessageEdit', (c) => c.params.token === interaction.token);
      const flags = body.data?.flags;
      return { type: 4, data: { ...(edit.body as DiscordJson), ...(flags === undefined ? {} : { flags }) } };
    },
    async close() {
      await bot?.stop();
      await fake.close();
    },
  };
}
