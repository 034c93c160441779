import type { IncomingMessage } from 'node:http';

/** The REST routes the fake serves, by name (paths are relative to `/v10`). */
export type FakeDiscordRoute =
  | 'gatewayBot'
  | 'registerCommands'
  | 'listCommands'
  | 'interactionCallback'
  | 'webhookFollowup'
  | 'webhookMessageEdit'
  | 'webhookMessageGet'
  | 'webhookMessageDelete'
  | 'createDm'
  | 'createMessage'
  | 'addMemberRole'
  | 'removeMemberRole'
  | 'deleteMessage'
  | 'editMessage'
  | 'modifyMember'
  | 'getCurrentUser'
  | 'getGuildMember'
  | 'listGuildRoles'
  | 'listGuildMembers'
  | 'listAutoModRules'
  | 'createAutoModRule'
  | 'modifyAutoModRule'
  | 'deleteAutoModRule'
  | 'unknown';

/** Each route: method, path pattern (relative to `/v10`), parameter names, and whether it needs the bot token. */
export const FAKE_DISCORD_ROUTES: readonly {
  route: FakeDiscordRoute;
  method: string;
  path: RegExp;
  params: string[];
  bot: boolean;
}[] = [
  { route: 'gatewayBot', method: 'GET', path: /^\/gateway\/bot$/, params: [], bot: true },
  {
    route: 'registerCommands',
    method: 'PUT',
    path: /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
    params: ['applicationId', 'guildId'],
    bot: true,
  },
  {
    route: 'listCommands',
    method: 'GET',
    path: /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
    params: ['applicationId', 'guildId'],
    bot: true,
  },
  {
    route: 'interactionCallback',
    method: 'POST',
    path: /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
    params: ['interactionId', 'token'],
    bot: false,
  },
  {
    route: 'webhookFollowup',
    method: 'POST',
    path: /^\/webhooks\/(\d+)\/([^/]+)$/,
    params: ['applicationId', 'token'],
    bot: false,
  },
  {
    route: 'webhookMessageEdit',
    method: 'PATCH',
    path: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/,
    params: ['applicationId', 'token', 'messageId'],
    bot: false,
  },
  {
    route: 'webhookMessageGet',
    method: 'GET',
    path: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/,
    params: ['applicationId', 'token', 'messageId'],
    bot: false,
  },
  {
    route: 'webhookMessageDelete',
    method: 'DELETE',
    path: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/,
    params: ['applicationId', 'token', 'messageId'],
    bot: false,
  },
  { route: 'createDm', method: 'POST', path: /^\/users\/@me\/channels$/, params: [], bot: true },
  { route: 'getCurrentUser', method: 'GET', path: /^\/users\/@me$/, params: [], bot: true },
  {
    route: 'getGuildMember',
    method: 'GET',
    path: /^\/guilds\/(\d+)\/members\/(\d+)$/,
    params: ['guildId', 'userId'],
    bot: true,
  },
  { route: 'listGuildMembers', method: 'GET', path: /^\/guilds\/(\d+)\/members$/, params: ['guildId'], bot: true },
  { route: 'listGuildRoles', method: 'GET', path: /^\/guilds\/(\d+)\/roles$/, params: ['guildId'], bot: true },
  { route: 'createMessage', method: 'POST', path: /^\/channels\/(\d+)\/messages$/, params: ['channelId'], bot: true },
  {
    route: 'addMemberRole',
    method: 'PUT',
    path: /^\/guilds\/(\d+)\/members\/(\d+)\/roles\/(\d+)$/,
    params: ['guildId', 'userId', 'roleId'],
    bot: true,
  },
  {
    route: 'deleteMessage',
    method: 'DELETE',
    path: /^\/channels\/(\d+)\/messages\/(\d+)$/,
    params: ['channelId', 'messageId'],
    bot: true,
  },
  {
    route: 'editMessage',
    method: 'PATCH',
    path: /^\/channels\/(\d+)\/messages\/(\d+)$/,
    params: ['channelId', 'messageId'],
    bot: true,
  },
  {
    route: 'modifyMember',
    method: 'PATCH',
    path: /^\/guilds\/(\d+)\/members\/(\d+)$/,
    params: ['guildId', 'userId'],
    bot: true,
  },
  {
    route: 'listAutoModRules',
    method: 'GET',
    path: /^\/guilds\/(\d+)\/auto-moderation\/rules$/,
    params: ['guildId'],
    bot: true,
  },
  {
    route: 'createAutoModRule',
    method: 'POST',
    path: /^\/guilds\/(\d+)\/auto-moderation\/rules$/,
    params: ['guildId'],
    bot: true,
  },
  {
    route: 'modifyAutoModRule',
    method: 'PATCH',
    path: /^\/guilds\/(\d+)\/auto-moderation\/rules\/(\d+)$/,
    params: ['guildId', 'ruleId'],
    bot: true,
  },
  {
    route: 'deleteAutoModRule',
    method: 'DELETE',
    path: /^\/guilds\/(\d+)\/auto-moderation\/rules\/(\d+)$/,
    params: ['guildId', 'ruleId'],
    bot: true,
  },
  {
    route: 'removeMemberRole',
    method: 'DELETE',
    path: /^\/guilds\/(\d+)\/members\/(\d+)\/roles\/(\d+)$/,
    params: ['guildId', 'userId', 'roleId'],
    bot: true,
  },
];

/** The rate-limit headers Discord puts on every successful bot call: a roomy bucket, so nothing waits. */
export function bucketHeaders(route: string): Record<string, string> {
  return {
    'x-ratelimit-limit': '50',
    'x-ratelimit-remaining': '49',
    'x-ratelimit-reset': ((Date.now() + 1000) / 1000).toFixed(3),
    'x-ratelimit-reset-after': '1.000',
    'x-ratelimit-bucket': `fake-${route}`,
  };
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!raw) return null;
  if (contentType?.includes('application/json')) return JSON.parse(raw);
  // discord.js sends multipart only with files; the JSON part is named payload_json.
  const json = /name="payload_json"\r\n(?:Content-Type: application\/json\r\n)?\r\n([\s\S]*?)\r\n--/.exec(raw)?.[1];
  return json ? JSON.parse(json) : raw;
}
