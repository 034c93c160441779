import {
  DeliveryError,
  type DmChannelRepository,
  type Messenger,
  type OutboundMessage,
  type PlatformAccount,
} from '@snowball/core';
import { type REST, Routes } from 'discord.js';
import { DiscordErrorCode, discordErrorCode, discordHttpStatus } from '../discord-errors.js';
import { dmCustomId } from '../inbound/dm-custom-id.js';
import { type DiscordMessagePayload, renderReply } from '../render/render-reply.js';

/**
 * Sends direct messages to Discord accounts over REST. 429s are waited out by the REST client's rate-limit
 * queue (Discord did not take the message, so the retry delivers it once); "cannot send messages to this
 * user" (50007) and other 4xx are permanent, 5xx and network failures transient.
 * The DM channel of each user is opened once and kept in `dmChannels` (Postgres in production), so a
 * message costs one API call, also after a restart or in another worker.
 */
export class DiscordMessenger implements Messenger {
  private readonly dmChannels: DmChannelRepository;

  constructor(
    private readonly rest: Pick<REST, 'post'>,
    options: { readonly dmChannels?: DmChannelRepository } = {},
  ) {
    this.dmChannels = options.dmChannels ?? processDmChannels();
  }

  async send(account: PlatformAccount, message: OutboundMessage): Promise<void> {
    if (account.platform !== 'discord') {
      throw new DeliveryError(`cannot reach a ${account.platform} account through Discord`, true);
    }
    const body = renderOutbound(message, account.workspaceId);
    try {
      const stored = await this.dmChannels.find('discord', account.platformUserId);
      const channelId = stored ?? (await this.openDmChannel(account.platformUserId));
      try {
        await this.rest.post(Routes.channelMessages(channelId), { body });
      } catch (error) {
        // A stored channel Discord no longer knows: open a fresh one and send once more (nothing was sent).
        if (!stored || discordErrorCode(error) !== DiscordErrorCode.UnknownChannel) throw error;
        await this.dmChannels.forget('discord', account.platformUserId);
        await this.rest.post(Routes.channelMessages(await this.openDmChannel(account.platformUserId)), { body });
      }
    } catch (error) {
      throw toDeliveryError(error);
    }
  }

  /**
   * Always false: a bot cannot create a group DM (Discord allows it only with each user's own OAuth2
   * `gdm.join` token), so an introduction on Discord is one DM to each member with the other's mention and
   * contact details (see docs/discord.md).
   */
  async introduce(_accounts: readonly PlatformAccount[], _message: OutboundMessage): Promise<boolean> {
    return false;
  }

  private async openDmChannel(userId: string): Promise<string> {
    const channel = (await this.rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as { id: string };
    await this.dmChannels.save('discord', userId, channel.id);
    return channel.id;
  }
}

/** Without a repository (tests, tools), channels are kept for this process only. */
function processDmChannels(): DmChannelRepository {
  const channels = new Map<string, string>();
  return {
    find: async (platform, userId) => channels.get(`${platform}:${userId}`) ?? null,
    save: async (platform, userId, channelId) => void channels.set(`${platform}:${userId}`, channelId),
    forget: async (platform, userId) => void channels.delete(`${platform}:${userId}`),
  };
}

/** A DM as embeds and buttons; button ids name the guild, since a DM has none and the guild selects the club. */
function renderOutbound(message: OutboundMessage, guildId: string): DiscordMessagePayload {
  const payload = renderReply({
    kind: 'message',
    private: false,
    text: message.text,
    ...(message.title ? { title: message.title } : {}),
    ...(message.fields ? { fields: message.fields } : {}),
    buttons: (message.buttons ?? []).map((b) => ({ ...b, action: dmCustomId(guildId, b.action) })),
  });
  return payload;
}

function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const code = discordErrorCode(error);
  const status = discordHttpStatus(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === DiscordErrorCode.CannotSendMessagesToThisUser) {
    return new DeliveryError(`Discord refuses DMs to this user (50007): ${detail}`, true);
  }
  if (status !== null && status >= 400 && status < 500 && status !== 429) {
    return new DeliveryError(`Discord refused the DM (${status}${code ? `/${code}` : ''}): ${detail}`, true);
  }
  return new DeliveryError(`Discord DM failed, will retry (${status ?? 'network'}): ${detail}`, false);
}
