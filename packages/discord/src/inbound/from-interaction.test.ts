import {
  buttonInteraction,
  chatInputInteraction,
  discordMessagePayload,
  type FakeDiscordContext,
  messageMenuInteraction,
  modalSubmitInteraction,
} from '@snowball/testkit';
import type { APIInteraction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { fromInteraction } from './from-interaction.js';

const ctx: FakeDiscordContext = {
  applicationId: '1380000000000000001',
  guildId: '1380000000000000002',
  channelId: '1380000000000000003',
  user: { id: '1380000000000000004', username: 'alice', globalName: 'Alice' },
  locale: 'zh-CN',
};
const asApi = (payload: unknown) => payload as APIInteraction;
const caller = {
  platform: 'discord',
  workspaceId: ctx.guildId,
  userId: ctx.user.id,
  userName: 'Alice',
  locale: 'zh-CN',
  channelId: ctx.channelId,
};

// A slash command written out field by field in the shape of Discord's INTERACTION_CREATE, independent of
// the test kit's builders so a mistake there cannot hide one here.
const handWrittenSlashCommand = {
  app_permissions: '2251799813685247',
  application_id: '1380000000000000001',
  attachment_size_limit: 10485760,
  authorizing_integration_owners: { '0': '1380000000000000002' },
  channel: {
    flags: 0,
    guild_id: '1380000000000000002',
    id: '1380000000000000003',
    last_message_id: '1380000000000000100',
    name: 'general',
    nsfw: false,
    parent_id: null,
    permissions: '2248473465835073',
    position: 0,
    rate_limit_per_user: 0,
    topic: null,
    type: 0,
  },
  channel_id: '1380000000000000003',
  context: 0,
  data: {
    guild_id: '1380000000000000002',
    id: '1380000000000000200',
    name: 'ask',
    options: [{ name: 'question', type: 3, value: '怎么给产品定价？' }],
    type: 1,
  },
  entitlements: [],
  guild: { features: [], id: '1380000000000000002', locale: 'zh-CN' },
  guild_id: '1380000000000000002',
  guild_locale: 'zh-CN',
  id: '1380000000000000300',
  locale: 'zh-CN',
  member: {
    avatar: null,
    banner: null,
    communication_disabled_until: null,
    deaf: false,
    flags: 0,
    joined_at: '2025-06-01T08:00:00.000000+00:00',
    mute: false,
    nick: null,
    pending: false,
    permissions: '2248473465835073',
    premium_since: null,
    roles: [],
    unusual_dm_activity_until: null,
    user: {
      avatar: null,
      avatar_decoration_data: null,
      clan: null,
      collectibles: null,
      discriminator: '0',
      display_name_styles: null,
      global_name: '王小明',
      id: '1380000000000000004',
      primary_guild: null,
      public_flags: 0,
      username: 'xiaoming',
    },
  },
  token: 'aW50ZXJhY3Rpb246MTM4MDAwMDAwMDAwMDAwMDMwMA',
  type: 2,
  version: 1,
};

describe('fromInteraction', () => {
  it('maps a hand-written gateway payload', () => {
    expect(fromInteraction(asApi(handWrittenSlashCommand))).toEqual({
      type: 'command',
      caller: {
        platform: 'discord',
        workspaceId: '1380000000000000002',
        userId: '1380000000000000004',
        userName: '王小明',
        locale: 'zh-CN',
        channelId: '1380000000000000003',
      },
      name: 'ask',
      subcommand: null,
      options: { question: '怎么给产品定价？' },
    });
  });

  it('maps a slash command with typed options', () => {
    const raw = chatInputInteraction(ctx, {
      id: '1',
      name: 'deal',
      options: [
        { name: 'amount', type: 3, value: '12000' },
        { name: 'currency', type: 3, value: 'CNY' },
      ],
    });
    expect(fromInteraction(asApi(raw))).toEqual({
      type: 'command',
      caller,
      name: 'deal',
      subcommand: null,
      options: { amount: '12000', currency: 'CNY' },
    });
  });

  it('keeps integer, number, boolean and user options typed', () => {
    const raw = chatInputInteraction(ctx, {
      id: '1',
      name: 'x',
      options: [
        { name: 'n', type: 4, value: 3 },
        { name: 'r', type: 10, value: 2.5 },
        { name: 'b', type: 5, value: false },
        { name: 'who', type: 6, value: '1380000000000000099' },
      ],
    });
    const invocation = fromInteraction(asApi(raw));
    expect(invocation?.type === 'command' && invocation.options).toEqual({
      n: 3,
      r: 2.5,
      b: false,
      who: '1380000000000000099',
    });
  });

  it('reads the subcommand and its options', () => {
    const raw = chatInputInteraction(ctx, { id: '1', name: 'mod', subcommand: 'login' });
    expect(fromInteraction(asApi(raw))).toMatchObject({
      type: 'command',
      name: 'mod',
      subcommand: 'login',
      options: {},
    });
  });

  it('prefers the server nickname for the caller name', () => {
    const raw = chatInputInteraction(ctx, { id: '1', name: 'me' });
    (raw.member as { nick: string }).nick = 'Ally';
    expect(fromInteraction(asApi(raw))?.caller.userName).toBe('Ally');
  });

  it('maps a button press to its action id', () => {
    const message = discordMessagePayload({
      channelId: ctx.channelId,
      author: { id: '9', username: 'bot', bot: true },
    });
    const raw = buttonInteraction(ctx, { customId: 'review:approve:abc', message });
    expect(fromInteraction(asApi(raw))).toEqual({ type: 'action', caller, action: 'review:approve:abc' });
  });

  it('maps a modal submission in label and action-row layouts to form values', () => {
    for (const layout of ['label', 'row'] as const) {
      const raw = modalSubmitInteraction(ctx, {
        customId: 'apply:submit',
        values: { name: 'Alice', about: 'Tea exports' },
        layout,
      });
      expect(fromInteraction(asApi(raw))).toEqual({
        type: 'form',
        caller,
        action: 'apply:submit',
        values: { name: 'Alice', about: 'Tea exports' },
      });
    }
  });

  it('turns the "Report message" menu into a report of the target message', () => {
    const target = discordMessagePayload({
      id: '1380000000000000050',
      channelId: ctx.channelId,
      guildId: ctx.guildId,
      author: { id: '1380000000000000051', username: 'spammer' },
      content: 'buy my coin',
    });
    const raw = messageMenuInteraction(ctx, { id: '7', name: 'Report message', target });
    expect(fromInteraction(asApi(raw))).toEqual({
      type: 'report',
      caller,
      command: 'report',
      messageId: '1380000000000000050',
      channelId: ctx.channelId,
      authorId: '1380000000000000051',
      content: 'buy my coin',
      // When it was written (Discord's timestamp): the report's context is taken by time.
      at: new Date(String(target.timestamp)),
    });
  });

  it('ignores other message menus, select menus, pings and autocomplete', () => {
    const target = discordMessagePayload({ channelId: ctx.channelId, author: ctx.user });
    expect(fromInteraction(asApi(messageMenuInteraction(ctx, { id: '7', name: 'Translate', target })))).toBeNull();
    const select = buttonInteraction(ctx, { customId: 'x', message: target });
    (select.data as { component_type: number }).component_type = 3;
    expect(fromInteraction(asApi(select))).toBeNull();
    expect(fromInteraction(asApi({ id: '1', application_id: '2', type: 1, token: 't', version: 1 }))).toBeNull();
    const autocomplete = chatInputInteraction(ctx, { id: '1', name: 'find' });
    autocomplete.type = 4;
    expect(fromInteraction(asApi(autocomplete))).toBeNull();
  });

  it('ignores commands outside a guild, but routes DM buttons through the guild their id names', () => {
    const dm = (payload: Record<string, unknown>) => {
      const { guild_id: _g, guild: _guild, member, ...rest } = payload;
      return asApi({
        ...rest,
        user: (member as { user: unknown }).user,
        channel: { id: '55', type: 1 },
        channel_id: '55',
        context: 1,
      });
    };
    expect(fromInteraction(dm(chatInputInteraction(ctx, { id: '1', name: 'me' })))).toBeNull();
    const message = discordMessagePayload({ channelId: '55', author: { id: '9', username: 'bot', bot: true } });
    const button = dm(buttonInteraction(ctx, { customId: `dm/${ctx.guildId}/intro:accept:42`, message }));
    expect(fromInteraction(button)).toMatchObject({
      type: 'action',
      action: 'intro:accept:42',
      caller: { workspaceId: ctx.guildId, userId: ctx.user.id, channelId: '55' },
    });
    expect(fromInteraction(dm(buttonInteraction(ctx, { customId: 'intro:accept:42', message })))).toBeNull();
  });
});
