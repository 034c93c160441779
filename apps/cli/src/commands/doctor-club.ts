import { communityName, type Locale, systemActor, translate } from '@snowball/core';
import { DrizzleSlackInstallationStore } from '@snowball/db';
import { checkDiscordConnection, createDiscordRest, DISCORD_CHECK_TEXTS } from '@snowball/discord';
import { slackConnectionHealth } from '../compose/connection-health.js';
import type { System } from '../compose/open-system.js';
import { type DoctorText, doctorTexts } from './doctor-texts.js';

/** One doctor line: `ok` true (fine), false (broken) or null (not set up yet: a hint, not a failure). */
export type DoctorLine = readonly [ok: boolean | null, text: string];

/**
 * What `snowball doctor --community SLUG` says about a club's platform connections: the Discord guilds and
 * Slack workspaces attached to it (what the panel's Settings shows) and what the configuration adds.
 */
export async function clubConnectionLines(
  system: System,
  slug: string,
  locale: Locale = 'en',
): Promise<{ ok: boolean; lines: DoctorLine[] }> {
  const { config, ports } = system;
  const t = (key: DoctorText, params?: Record<string, unknown>) => translate(doctorTexts, locale, key, params);
  const community = await ports.communities.getBySlug(slug);
  if (!community) return { ok: false, lines: [[false, t('clubMissing', { slug })]] };
  const lines: DoctorLine[] = [[true, t('club', { slug: community.slug, name: communityName(community, locale) })]];
  const connections = await system.core.getPlatformConnections({
    actor: systemActor(community.id, 'doctor'),
    communityId: community.id,
  });
  const configuredHere = config.DISCORD_GUILD_IDS.length > 0 && config.SNOWBALL_COMMUNITY === community.slug;

  if (connections.discordGuilds.length > 0) {
    lines.push([true, t('discordAttached', { ids: connections.discordGuilds.join(', ') })]);
  } else if (configuredHere) {
    lines.push([null, t('discordPending')]);
  } else {
    lines.push([null, t('discordNone', { slug: community.slug })]);
  }
  if (connections.discordGuilds.length > 0 || configuredHere) {
    // Each guild's own member role (set in Settings), else the deployment's DISCORD_MEMBER_ROLE_ID.
    const roleOf = (guild: string) => connections.discordMemberRoles[guild] ?? config.DISCORD_MEMBER_ROLE_ID ?? null;
    const own = connections.discordGuilds.filter((guild) => connections.discordMemberRoles[guild]);
    for (const guild of own) {
      lines.push([true, t('discordGuildRole', { guild, role: connections.discordMemberRoles[guild] })]);
    }
    if (own.length < connections.discordGuilds.length || connections.discordGuilds.length === 0) {
      lines.push(
        config.DISCORD_MEMBER_ROLE_ID
          ? [true, t('discordRole', { role: config.DISCORD_MEMBER_ROLE_ID })]
          : [false, t('discordNoRole')],
      );
    }
    if (!config.DISCORD_TOKEN && !config.DISCORD_PUBLIC_KEY) lines.push([false, t('discordNoBot')]);
    if (config.DISCORD_TOKEN) {
      // The same checks as the bot's start: asked of Discord itself, with the bot's token.
      const rest = createDiscordRest({ token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL });
      for (const guild of connections.discordGuilds) {
        try {
          const health = await checkDiscordConnection(rest, { guildId: guild, memberRoleId: roleOf(guild) });
          if (health.ok) lines.push([true, t('discordHealthy', { guild })]);
          for (const check of health.checks.filter((c) => !c.ok)) {
            const { problem, fix } = DISCORD_CHECK_TEXTS[check.id];
            lines.push([false, t('discordProblem', { guild, problem: problem[locale], fix: fix[locale] })]);
          }
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          lines.push([false, t('discordUnreachable', { guild, reason })]);
        }
      }
    }
  }

  if (connections.slackTeams.length > 0) {
    lines.push([true, t('slackAttached', { ids: connections.slackTeams.join(', ') })]);
    if (config.SLACK_MEMBER_CHANNEL_IDS.length === 0) lines.push([null, t('slackNoChannels')]);
    if (!config.SLACK_BOT_TOKEN && !config.SLACK_CLIENT_ID) lines.push([false, t('slackNoBot')]);
    // The Settings screen's checks, asked of Slack with each workspace's own bot token.
    const slack = slackConnectionHealth(
      config,
      config.SLACK_CLIENT_ID ? { installationStore: new DrizzleSlackInstallationStore(system.db) } : {},
    );
    for (const report of slack ? await slack(connections.slackTeams) : []) {
      const team = report.workspaceId;
      if (report.ok) lines.push([true, t('slackHealthy', { team })]);
      for (const { problem, fix } of report.problems) {
        lines.push([false, t('slackProblem', { team, problem: problem[locale], fix: fix[locale] })]);
      }
    }
  } else if (config.SLACK_CLIENT_ID) {
    lines.push([null, t('slackNoneOAuth', { url: config.publicUrl })]);
  } else {
    lines.push([null, t('slackNone', { slug: community.slug })]);
  }
  return { ok: lines.every(([ok]) => ok !== false), lines };
}
