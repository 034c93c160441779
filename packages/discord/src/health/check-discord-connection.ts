import { DiscordAPIError, PermissionFlagsBits, type REST, Routes } from 'discord.js';

/** One thing that must hold for the bot to run a club's membership in a guild. */
export type DiscordCheckId = 'botInGuild' | 'memberRole' | 'manageRoles' | 'roleOrder';

export interface DiscordCheck {
  readonly id: DiscordCheckId;
  readonly ok: boolean;
}

export interface DiscordConnectionHealth {
  readonly guildId: string;
  readonly ok: boolean;
  /** In order; a check that cannot be made because an earlier one failed is left out. */
  readonly checks: readonly DiscordCheck[];
}

/** Each failed check: what is wrong and how to fix it, in both languages. */
export const DISCORD_CHECK_TEXTS: Readonly<
  Record<
    DiscordCheckId,
    {
      readonly problem: Readonly<Record<'en' | 'zh-CN', string>>;
      readonly fix: Readonly<Record<'en' | 'zh-CN', string>>;
    }
  >
> = {
  botInGuild: {
    problem: { en: 'The bot is not in this Discord server.', 'zh-CN': '机器人不在这个 Discord 服务器中。' },
    fix: {
      en: 'Invite it with the bot and applications.commands scopes (see docs/discord.md).',
      'zh-CN': '请用 bot 与 applications.commands 权限范围邀请机器人（见 docs/discord.md）。',
    },
  },
  memberRole: {
    problem: { en: 'The member role does not exist in this server.', 'zh-CN': '该服务器中不存在会员角色。' },
    fix: {
      en: 'Enter the id of the role members get with this server in Settings → Platform connections (Server Settings → Roles → right-click the role → Copy Role ID), or set DISCORD_MEMBER_ROLE_ID.',
      'zh-CN':
        '请在“设置 → 平台连接”中为该服务器填写会员身份组的 ID（服务器设置 → 身份组 → 右键该身份组 → 复制身份组 ID），或设置 DISCORD_MEMBER_ROLE_ID。',
    },
  },
  manageRoles: {
    problem: { en: 'The bot lacks the Manage Roles permission.', 'zh-CN': '机器人缺少“管理身份组”权限。' },
    fix: {
      en: 'Give the bot’s role Manage Roles (Server Settings → Roles → snowball).',
      'zh-CN': '请为机器人的身份组开启“管理身份组”（服务器设置 → 身份组 → snowball）。',
    },
  },
  roleOrder: {
    problem: {
      en: 'The bot’s highest role is not above the member role, so it cannot grant or remove it.',
      'zh-CN': '机器人的最高身份组不在会员身份组之上，因此无法授予或移除会员身份组。',
    },
    fix: {
      en: 'Drag the bot’s role above the member role in Server Settings → Roles.',
      'zh-CN': '请在服务器设置 → 身份组中把机器人的身份组拖到会员身份组之上。',
    },
  },
};

interface RoleJson {
  readonly id: string;
  readonly position: number;
  readonly permissions: string;
}

function notThere(error: unknown): boolean {
  return error instanceof DiscordAPIError && (error.status === 403 || error.status === 404);
}

/**
 * Asks Discord, through the bot's own REST client, whether the bot can run membership in a guild: it is in
 * the guild, the member role exists, it has Manage Roles (or Administrator), and its highest role is above the
 * member role (the most common failure of membership bots: Discord refuses to grant a role at or above one's
 * own). Other errors (Discord down, a bad token) are thrown: they say nothing about the guild.
 */
export async function checkDiscordConnection(
  rest: Pick<REST, 'get'>,
  input: { readonly guildId: string; readonly memberRoleId: string | null },
): Promise<DiscordConnectionHealth> {
  const checks: DiscordCheck[] = [];
  const done = () => ({ guildId: input.guildId, ok: checks.every((c) => c.ok), checks });
  const me = (await rest.get(Routes.user('@me'))) as { id: string };
  let botRoles: readonly string[];
  let roles: readonly RoleJson[];
  try {
    botRoles = ((await rest.get(Routes.guildMember(input.guildId, me.id))) as { roles: string[] }).roles;
    roles = (await rest.get(Routes.guildRoles(input.guildId))) as RoleJson[];
  } catch (error) {
    if (!notThere(error)) throw error;
    checks.push({ id: 'botInGuild', ok: false });
    return done();
  }
  checks.push({ id: 'botInGuild', ok: true });
  const everyone = roles.find((r) => r.id === input.guildId);
  const held = roles.filter((r) => botRoles.includes(r.id));
  const permissions = [everyone, ...held].reduce((bits, r) => bits | BigInt(r?.permissions ?? '0'), 0n);
  const admin = (permissions & PermissionFlagsBits.Administrator) !== 0n;
  checks.push({ id: 'manageRoles', ok: admin || (permissions & PermissionFlagsBits.ManageRoles) !== 0n });
  const memberRole = input.memberRoleId ? roles.find((r) => r.id === input.memberRoleId) : undefined;
  checks.push({ id: 'memberRole', ok: memberRole !== undefined });
  if (memberRole) {
    const highest = Math.max(0, ...held.map((r) => r.position));
    checks.push({ id: 'roleOrder', ok: highest > memberRole.position });
  }
  return done();
}

/** A guild's health as people read it: each failed check with its problem and fix in both languages. */
export interface DiscordGuildReport {
  readonly platform: 'discord';
  readonly workspaceId: string;
  /** False: Discord could not be asked (it is down, or the token is wrong); `problems` says why. */
  readonly checked: boolean;
  readonly ok: boolean;
  readonly problems: readonly {
    readonly problem: Readonly<Record<'en' | 'zh-CN', string>>;
    readonly fix: Readonly<Record<'en' | 'zh-CN', string>>;
  }[];
}

/**
 * `checkDiscordConnection` for each guild, as problems and fixes; Discord being unreachable is a problem too.
 * Each guild is checked against its own member role (`memberRoles`, set in Settings), else `memberRoleId`.
 */
export async function reportDiscordConnections(
  rest: Pick<REST, 'get'>,
  input: {
    readonly guildIds: readonly string[];
    readonly memberRoleId: string | null;
    readonly memberRoles?: Readonly<Record<string, string>>;
  },
): Promise<DiscordGuildReport[]> {
  const reports: DiscordGuildReport[] = [];
  for (const guildId of input.guildIds) {
    try {
      const memberRoleId = input.memberRoles?.[guildId] ?? input.memberRoleId;
      const health = await checkDiscordConnection(rest, { guildId, memberRoleId });
      const problems = health.checks.filter((c) => !c.ok).map((c) => DISCORD_CHECK_TEXTS[c.id]);
      reports.push({ platform: 'discord', workspaceId: guildId, checked: true, ok: health.ok, problems });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      reports.push({
        platform: 'discord',
        workspaceId: guildId,
        checked: false,
        ok: false,
        problems: [
          {
            problem: { en: `Discord could not be asked: ${reason}`, 'zh-CN': `无法向 Discord 查询：${reason}` },
            fix: {
              en: 'Check DISCORD_TOKEN and that Discord is reachable, then reload.',
              'zh-CN': '请检查 DISCORD_TOKEN 以及能否访问 Discord，然后刷新。',
            },
          },
        ],
      });
    }
  }
  return reports;
}
