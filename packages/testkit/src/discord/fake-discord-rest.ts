import type { IncomingMessage, ServerResponse } from 'node:http';
import { discordCommandRegistrationProblems } from './discord-command-validation.js';
import { discordFaultResponse, type FakeDiscordFault } from './discord-faults.js';
import { type DiscordJson, discordUserPayload } from './discord-payloads.js';
import { discordSnowflake } from './discord-snowflake.js';
import { serveAutoMod } from './fake-discord-automod.js';
import type { FakeDiscordGlobalLimit } from './fake-discord-global-limit.js';
import { serveGuildRoles } from './fake-discord-guild-roles.js';
import type { DiscordCallRecorder, RecordedDiscordCall } from './fake-discord-recorder.js';
import {
  bucketHeaders,
  FAKE_DISCORD_ROUTES,
  type FakeDiscordRoute,
  parseBody,
  readBody,
} from './fake-discord-routes.js';
import { type FakeDiscordAnswer, interactionCallback, interactionWebhook } from './fake-discord-webhooks.js';
import type { FakeDiscordWorld } from './fake-discord-world.js';
import { mergeSnowflakes } from './snowflake-index.js';

/** Answers one REST request under `/v10`: routes it, checks the bot token, applies queued faults, records it. */
export async function handleDiscordRest(
  world: FakeDiscordWorld,
  recorder: DiscordCallRecorder,
  baseUrl: string,
  req: IncomingMessage,
  res: ServerResponse,
  globalLimit?: FakeDiscordGlobalLimit | null,
): Promise<void> {
  const at = Date.now();
  const url = new URL(req.url ?? '/', baseUrl);
  const raw = await readBody(req);
  const body = parseBody(raw, req.headers['content-type']);
  const path = decodeURIComponent(url.pathname.replace(/^\/api/, '').replace(/^\/v10/, ''));
  const method = req.method ?? 'GET';
  const spec = FAKE_DISCORD_ROUTES.find((r) => r.method === method && r.path.test(path));
  const params: Record<string, string> = {};
  if (spec) {
    const m = spec.path.exec(path) ?? [];
    spec.params.forEach((name, i) => {
      params[name] = m[i + 1] ?? '';
    });
  }
  const route = spec?.route ?? 'unknown';
  const base = {
    route,
    method,
    path,
    params,
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    body,
    at,
  };
  const send = (status: number, payload?: unknown, headers: Record<string, string> = {}, fault?: FakeDiscordFault) => {
    const call: RecordedDiscordCall = fault ? { ...base, status, fault } : { ...base, status };
    // Waiters are woken by promise callbacks, which run after the answer below is written.
    recorder.record(call);
    const out: Record<string, string> = { ...headers };
    if (status < 400 && spec?.bot) Object.assign(out, bucketHeaders(route));
    if (payload === undefined) res.writeHead(status, out).end();
    else res.writeHead(status, { ...out, 'content-type': 'application/json' }).end(JSON.stringify(payload));
  };

  if (!spec) return send(404, { message: '404: Not Found', code: 0 });
  if (spec.bot && req.headers.authorization !== `Bot ${world.token}`) {
    return send(401, { message: '401: Unauthorized', code: 0 });
  }
  const limited = spec.bot ? globalLimit?.check() : null;
  if (limited) return send(limited.status, limited.body, limited.headers, limited.fault);
  const fault = recorder.takeFault(route);
  if (fault) {
    const answer = discordFaultResponse(fault, `fake-${route}`);
    return send(answer.status, answer.body, answer.headers, fault);
  }
  const reason = req.headers['x-audit-log-reason'];
  const result = serve(world, route, params, body, url.searchParams, baseUrl, {
    reason: typeof reason === 'string' ? decodeURIComponent(reason) : null,
  });
  return send(result.status, result.body);
}

function serve(
  world: FakeDiscordWorld,
  route: FakeDiscordRoute,
  params: Record<string, string>,
  body: unknown,
  query: URLSearchParams,
  baseUrl: string,
  extra: { readonly reason: string | null } = { reason: null },
): FakeDiscordAnswer {
  const error = (code: number, status: number, message: string) => ({ status, body: { message, code } });
  switch (route) {
    case 'gatewayBot':
      return {
        status: 200,
        body: {
          url: baseUrl.replace(/^http:/, 'ws:'),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      };
    case 'registerCommands': {
      if (params.applicationId !== world.applicationId) return error(50001, 403, 'Missing Access');
      if (!world.guilds.some((g) => g.id === params.guildId)) return error(50001, 403, 'Missing Access');
      const problems = discordCommandRegistrationProblems(body);
      if (problems.length > 0) {
        return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { problems } } };
      }
      const stored = (body as DiscordJson[]).map((c) => storeCommand(world, String(params.guildId), c));
      world.commands.set(String(params.guildId), stored);
      return { status: 200, body: stored };
    }
    case 'listCommands':
      return { status: 200, body: world.registeredCommands(String(params.guildId)) };
    case 'interactionCallback':
      return interactionCallback(world, params, body as DiscordJson, query.get('with_response') === 'true');
    case 'webhookFollowup':
    case 'webhookMessageEdit':
    case 'webhookMessageGet':
    case 'webhookMessageDelete':
      return interactionWebhook(world, route, params, body as DiscordJson);
    case 'createDm': {
      const recipientId = String((body as DiscordJson | null)?.recipient_id ?? '');
      if (!/^\d+$/.test(recipientId)) return error(50035, 400, 'Invalid Form Body');
      return { status: 200, body: world.dmChannel(recipientId) };
    }
    case 'createMessage': {
      const channelId = String(params.channelId);
      const known =
        world.guilds.some((g) => g.channelId === channelId || g.logChannelId === channelId) ||
        [...world.dmChannels.values()].some((c) => c.id === channelId);
      if (!known) return error(10003, 404, 'Unknown Channel');
      const sent = body as DiscordJson;
      // With `enforce_nonce`, Discord answers a repeat of a recent nonce with the message it already created.
      if (sent.enforce_nonce === true && sent.nonce !== undefined) {
        const earlier = world.channelMessages.find((m) => m.channel_id === channelId && m.nonce === sent.nonce);
        if (earlier) return { status: 200, body: earlier };
      }
      const created = world.messageFrom(sent, { channelId });
      const message = sent.nonce !== undefined ? { ...created, nonce: sent.nonce } : created;
      world.channelMessages.push(message);
      return { status: 200, body: message };
    }
    case 'editMessage': {
      const index = world.channelMessages.findIndex(
        (m) => m.channel_id === params.channelId && m.id === params.messageId,
      );
      const before = world.channelMessages[index];
      if (!before) return error(10008, 404, 'Unknown Message');
      // Only the bot's own messages can be edited; fields left out keep their value, like Discord's PATCH.
      const edit = body as DiscordJson;
      const after: DiscordJson = {
        ...before,
        ...(edit.content !== undefined ? { content: edit.content } : {}),
        ...(edit.embeds !== undefined ? { embeds: edit.embeds } : {}),
        ...(edit.components !== undefined ? { components: edit.components } : {}),
        edited_timestamp: new Date().toISOString(),
      };
      world.channelMessages[index] = after;
      return { status: 200, body: after };
    }
    case 'addMemberRole':
    case 'removeMemberRole': {
      const guild = world.guilds.find((g) => g.id === params.guildId);
      if (!guild) return error(10004, 404, 'Unknown Guild');
      if (params.roleId !== guild.memberRoleId) return error(10011, 404, 'Unknown Role');
      const key = `${guild.id}:${params.userId}`;
      const held = world.roles.get(key) ?? new Set<string>();
      if (route === 'addMemberRole') held.add(String(params.roleId));
      else held.delete(String(params.roleId));
      world.roles.set(key, held);
      return { status: 204 };
    }
    case 'deleteMessage': {
      const message = world.guildMessages.get(String(params.messageId));
      if (!message || message.channel_id !== params.channelId) return error(10008, 404, 'Unknown Message');
      world.guildMessages.delete(String(params.messageId));
      world.deletedMessages.push({
        channelId: String(params.channelId),
        messageId: String(params.messageId),
        reason: extra.reason,
      });
      return { status: 204 };
    }
    case 'modifyMember': {
      const guild = world.guilds.find((g) => g.id === params.guildId);
      if (!guild) return error(10004, 404, 'Unknown Guild');
      const user = world.users.get(String(params.userId));
      if (!user) return error(10007, 404, 'Unknown Member');
      const until = (body as DiscordJson | null)?.communication_disabled_until;
      if (until !== undefined) world.timeouts.set(`${guild.id}:${user.id}`, until === null ? null : String(until));
      return {
        status: 200,
        body: {
          user: { id: user.id, username: user.username, discriminator: '0', global_name: null, avatar: null },
          roles: [...(world.roles.get(`${guild.id}:${user.id}`) ?? [])],
          joined_at: '2026-01-01T00:00:00.000000+00:00',
          deaf: false,
          mute: false,
          flags: 0,
          communication_disabled_until: world.timeouts.get(`${guild.id}:${user.id}`) ?? null,
        },
      };
    }
    case 'listGuildMembers': {
      const guild = world.guilds.find((g) => g.id === params.guildId);
      if (!guild) return error(10004, 404, 'Unknown Guild');
      return { status: 200, body: listGuildMembers(world, guild.id, query) };
    }
    case 'listAutoModRules':
    case 'createAutoModRule':
    case 'modifyAutoModRule':
    case 'deleteAutoModRule':
      return serveAutoMod(world, route, params, body as DiscordJson | null);
    case 'getCurrentUser':
    case 'getGuildMember':
    case 'listGuildRoles':
      return serveGuildRoles(world, route, params) ?? error(0, 404, '404: Not Found');
    default:
      return error(0, 404, '404: Not Found');
  }
}

/**
 * `GET /guilds/:id/members?limit&after`: the guild's members in user id order. Everyone the fake knows is on
 * every guild (users, and whoever holds a role there), except those in `world.leftGuild`.
 */
function listGuildMembers(world: FakeDiscordWorld, guildId: string, query: URLSearchParams): DiscordJson[] {
  const asked = Number(query.get('limit') ?? 1);
  const limit = Number.isFinite(asked) ? Math.min(1000, Math.max(1, Math.trunc(asked))) : 1;
  const after = query.get('after') ?? '0';
  // Both maps keep their ids in order: a page is a binary search and a merge, not a sort of the whole guild.
  const ids: string[] = [];
  for (const id of mergeSnowflakes(world.users.idsAfter('', after), world.roles.idsAfter(guildId, after))) {
    if (ids.length >= limit) break;
    if (!world.leftGuild.has(`${guildId}:${id}`)) ids.push(id);
  }
  return ids.map((id) => {
    const user = world.users.get(id) ?? { id, username: `user${id.slice(-4)}` };
    return {
      user: discordUserPayload(user),
      roles: [...(world.roles.get(`${guildId}:${id}`) ?? [])],
      joined_at: '2026-01-01T00:00:00.000000+00:00',
      deaf: false,
      mute: false,
      flags: 0,
    };
  });
}

/** Stores a registered command as Discord does, keeping its id across re-registrations. */
function storeCommand(world: FakeDiscordWorld, guildId: string, command: DiscordJson): DiscordJson {
  const type = (command.type as number | undefined) ?? 1;
  const key = `${guildId}:${type}:${String(command.name)}`;
  const id = world.commandIds.get(key) ?? discordSnowflake();
  world.commandIds.set(key, id);
  return {
    id,
    application_id: world.applicationId,
    guild_id: guildId,
    version: discordSnowflake(),
    default_member_permissions: null,
    type,
    name: command.name,
    name_localizations: command.name_localizations ?? null,
    description: command.description ?? '',
    description_localizations: command.description_localizations ?? null,
    ...(command.options ? { options: command.options } : {}),
    nsfw: false,
    integration_types: [0],
    contexts: null,
  };
}
