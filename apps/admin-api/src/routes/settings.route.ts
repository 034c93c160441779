import { type Community, type CommunitySettings, DomainError, minorDigits, parseAmount } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { zodRoutes } from '../http/zod-schemas.js';

const tags = ['settings'];

/** Decimal text for minor units: 100000 CNY → "1000", 150 USD → "1.5". */
function decimal(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  return (amountMinor / 10 ** digits).toFixed(digits).replace(/\.?0+$/, '') || '0';
}

function present(community: Community) {
  const { settings } = community;
  return {
    ...community,
    settings: {
      ...settings,
      fee: { ...settings.fee, amount: decimal(settings.fee.amountMinor, settings.fee.currency) },
    },
  };
}

/** Asks Discord; Discord down or refusing the token is the service being unavailable, not bad input. */
async function askDiscord<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch {
    throw new DomainError('service.unavailable', {});
  }
}

/** The owners' club settings: fee, currency, length, grace, values, excluded fields, reminders, language. */
export async function settingsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;

  app.get(
    '/settings',
    {
      schema: {
        tags,
        summary: 'The club and its settings (owners)',
        ...endpoints['GET /settings'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return present(await core.getCommunitySettings({ actor, communityId: actor.communityId }));
    },
  );

  app.get(
    '/settings/platforms',
    {
      schema: {
        tags,
        summary:
          'Discord guilds and Slack teams attached to the club, and whether Slack can be added by OAuth (owners)',
        ...endpoints['GET /settings/platforms'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const connections = await core.getPlatformConnections({ actor, communityId: actor.communityId });
      return { ...connections, slackInstallUrl: app.snowball.slackInstallUrl };
    },
  );

  app.post(
    '/settings/platforms/discord',
    {
      schema: {
        tags,
        summary: 'Connect a Discord server (guild) to the club (owners); a server of another club is refused',
        ...endpoints['POST /settings/platforms/discord'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { guildId, memberRoleId } = request.body;
      const setup = app.snowball.discordGuildSetup;
      // The role is checked against what Discord says the server has; without a bot only its form is checked.
      const guildRoles = setup && memberRoleId ? await askDiscord(() => setup.roles(guildId)) : undefined;
      const result = await core.attachGuild({
        actor,
        communityId: actor.communityId,
        guildId,
        ...(memberRoleId !== undefined ? { memberRoleId } : {}),
        ...(guildRoles !== undefined ? { guildRoles } : {}),
      });
      // The commands appear in the server now, not at the next start; connecting again registers them again.
      if (!setup) return { ...result, commands: 'unavailable' as const, commandsError: null };
      const commands = await setup.registerCommands(guildId);
      return {
        ...result,
        commands: commands.registered ? ('registered' as const) : ('failed' as const),
        commandsError: commands.registered ? null : (commands.reason ?? null),
      };
    },
  );

  app.delete(
    '/settings/platforms/discord/:guildId',
    {
      schema: {
        tags,
        summary: 'Disconnect a Discord server from the club (owners): no more moderation, commands or role sync there',
        ...endpoints['DELETE /settings/platforms/discord/:guildId'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { guildId } = request.params;
      const result = await core.detachWorkspace({
        actor,
        communityId: actor.communityId,
        platform: 'discord',
        workspaceId: guildId,
      });
      // Only the club's own server loses its commands; another club's is left as it is.
      const setup = app.snowball.discordGuildSetup;
      if (!result.detached || !setup?.disconnected) return { ...result, commands: 'unavailable' as const };
      const { removed } = await setup.disconnected(guildId);
      return { ...result, commands: removed ? ('removed' as const) : ('failed' as const) };
    },
  );

  app.get(
    '/settings/platforms/health',
    {
      schema: {
        tags,
        summary: 'Whether the bot can run membership in each attached server: asked of the platform itself (owners)',
        ...endpoints['GET /settings/platforms/health'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const connections = await core.getPlatformConnections({ actor, communityId: actor.communityId });
      const check = app.snowball.connectionHealth;
      if (!check) return { checked: false, items: [] };
      return { checked: true, items: [...(await check(connections))] };
    },
  );

  app.get(
    '/settings/checklist',
    {
      schema: {
        tags,
        summary: 'The new club’s setup checklist: each step done or not (owners)',
        ...endpoints['GET /settings/checklist'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.getSetupChecklist({ actor, communityId: actor.communityId });
    },
  );

  app.patch(
    '/settings',
    {
      schema: {
        tags,
        summary: 'Change some settings (owners); the result is validated as a whole',
        ...endpoints['PATCH /settings'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { fee: feeInput, ...rest } = request.body;
      const patch: Partial<CommunitySettings> = { ...rest };
      if (feeInput) {
        const currency = feeInput.currency.toUpperCase();
        Object.assign(patch, { fee: { amountMinor: parseAmount(feeInput.amount, currency), currency } });
      }
      return present(await core.updateCommunitySettings({ actor, communityId: actor.communityId, patch }));
    },
  );
}
