import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordJson,
  discordMessagePayload,
  type FakeDiscordContext,
  type FakeDiscordOption,
  type FakeDiscordUser,
  inDirectMessage,
  messageMenuInteraction,
  modalSubmitInteraction,
} from './discord-payloads.js';
import { discordSnowflake } from './discord-snowflake.js';
import type { FakeDiscordWorld } from './fake-discord-world.js';

interface Who {
  readonly user: FakeDiscordUser;
  readonly locale?: string;
  readonly guildId?: string;
  readonly channelId?: string;
  readonly roles?: readonly string[];
}

/** What to dispatch as INTERACTION_CREATE; the fake fills in ids, token, member, channel, locales and resolved data. */
export type FakeDiscordInteraction = Who &
  (
    | {
        readonly kind: 'command';
        readonly name: string;
        readonly subcommand?: string;
        /** Values are typed from the registered command's options when it was registered, else from the JS type. */
        readonly options?: Readonly<Record<string, string | number | boolean>> | readonly FakeDiscordOption[];
      }
    | {
        readonly kind: 'button';
        readonly customId: string;
        /** The message carrying the button; defaults to the last one the bot sent with that custom id. */
        readonly message?: DiscordJson;
        /** Pressed in the bot's DM with the user (see `inDirectMessage`), not in the guild. */
        readonly dm?: boolean;
      }
    | {
        readonly kind: 'modal';
        readonly customId: string;
        readonly values: Readonly<Record<string, string>>;
        readonly message?: DiscordJson;
        /** How the inputs come back: inside Label components (default) or the older action rows. */
        readonly layout?: 'label' | 'row';
      }
    | {
        readonly kind: 'messageMenu';
        /** The menu's registered name (e.g. `Report message`). */
        readonly name: string;
        readonly target: { readonly id?: string; readonly author: FakeDiscordUser; readonly content: string };
      }
  );

const OPTION_TYPES: Readonly<Record<string, number>> = { string: 3, integer: 4, boolean: 5, number: 10 };

/** Builds the INTERACTION_CREATE payload for a spec, as Discord would send it to this application. */
export function buildDiscordInteraction(world: FakeDiscordWorld, spec: FakeDiscordInteraction): DiscordJson {
  const guild = world.guilds.find((g) => g.id === spec.guildId) ?? world.guild;
  world.users.set(spec.user.id, spec.user);
  const ctx: FakeDiscordContext = {
    applicationId: world.applicationId,
    guildId: guild.id,
    channelId: spec.channelId ?? guild.channelId,
    user: spec.user,
    locale: spec.locale ?? 'en-US',
    roles: spec.roles ?? [],
  };
  if (spec.kind === 'command') {
    const registered = world.registeredCommands(guild.id).find((c) => c.name === spec.name && (c.type ?? 1) === 1);
    return chatInputInteraction(ctx, {
      id: (registered?.id as string | undefined) ?? discordSnowflake(),
      name: spec.name,
      subcommand: spec.subcommand ?? null,
      options: Array.isArray(spec.options)
        ? spec.options
        : typedOptions(registered, spec.subcommand, (spec.options ?? {}) as Record<string, string | number | boolean>),
    });
  }
  if (spec.kind === 'button' && spec.dm) {
    const channel = world.dmChannel(spec.user.id);
    const dmCtx = { ...ctx, channelId: String(channel.id) };
    const pressed = buttonInteraction(dmCtx, {
      customId: spec.customId,
      message: spec.message ?? messageWithButton(world, spec.customId, dmCtx),
    });
    return inDirectMessage(pressed, channel);
  }
  if (spec.kind === 'button') {
    return buttonInteraction(ctx, {
      customId: spec.customId,
      message: spec.message ?? messageWithButton(world, spec.customId, ctx),
    });
  }
  if (spec.kind === 'modal') {
    return modalSubmitInteraction(ctx, {
      customId: spec.customId,
      values: spec.values,
      ...(spec.message ? { message: spec.message } : {}),
      ...(spec.layout ? { layout: spec.layout } : {}),
    });
  }
  const registered = world.registeredCommands(guild.id).find((c) => c.name === spec.name && c.type === 3);
  return messageMenuInteraction(ctx, {
    id: (registered?.id as string | undefined) ?? discordSnowflake(),
    name: spec.name,
    target: discordMessagePayload({
      ...(spec.target.id ? { id: spec.target.id } : {}),
      channelId: ctx.channelId,
      guildId: guild.id,
      author: spec.target.author,
      content: spec.target.content,
    }),
  });
}

/** The last message the bot sent carrying a button with this custom id, or a stand-in ephemeral one. */
function messageWithButton(world: FakeDiscordWorld, customId: string, ctx: FakeDiscordContext): DiscordJson {
  const all = [...world.interactions.values()].flatMap((s) => [s.original, ...s.followups.values()]);
  const sent = [...all, ...world.channelMessages]
    .filter((m): m is DiscordJson => m !== null)
    .reverse()
    .find((m) => JSON.stringify(m.components ?? []).includes(JSON.stringify(customId)));
  return (
    sent ??
    discordMessagePayload({
      channelId: ctx.channelId,
      author: world.bot,
      flags: 64,
      applicationId: world.applicationId,
      webhookId: world.applicationId,
      components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Go', custom_id: customId }] }],
    })
  );
}

/** Types option values from the registered command, as Discord does; falls back to the JavaScript type. */
function typedOptions(
  registered: DiscordJson | undefined,
  subcommand: string | undefined,
  values: Readonly<Record<string, string | number | boolean>>,
): FakeDiscordOption[] {
  type Opt = { name: string; type: number; options?: Opt[] };
  let spec = (registered?.options as Opt[] | undefined) ?? [];
  if (subcommand) spec = spec.find((o) => o.name === subcommand)?.options ?? [];
  return Object.entries(values).map(([name, value]) => {
    const declared = spec.find((o) => o.name === name)?.type;
    const inferred =
      typeof value === 'boolean'
        ? OPTION_TYPES.boolean
        : typeof value === 'number'
          ? Number.isInteger(value)
            ? OPTION_TYPES.integer
            : OPTION_TYPES.number
          : OPTION_TYPES.string;
    return { name, type: declared ?? (inferred as number), value };
  });
}
