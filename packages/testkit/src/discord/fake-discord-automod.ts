import type { DiscordJson } from './discord-payloads.js';
import { discordSnowflake } from './discord-snowflake.js';
import type { FakeDiscordRoute } from './fake-discord-routes.js';
import type { FakeDiscordAnswer } from './fake-discord-webhooks.js';
import type { FakeDiscordWorld } from './fake-discord-world.js';

// Discord's limits on a keyword rule's trigger metadata and on rules per guild (keyword rules: 6).
const MAX_KEYWORDS = 1000;
const MAX_KEYWORD_LENGTH = 60;
const MAX_REGEX = 10;
const MAX_REGEX_LENGTH = 260;
const MAX_ALLOW = 100;
const MAX_KEYWORD_RULES = 6;
const MAX_CUSTOM_MESSAGE = 150;

/** What Discord would refuse in a keyword rule (`Invalid Form Body`); empty when it is acceptable. */
export function autoModRuleProblems(rule: DiscordJson, creating: boolean): string[] {
  const problems: string[] = [];
  const strings = (value: unknown) => (Array.isArray(value) ? value : []).map(String);
  if (creating || rule.name !== undefined) {
    if (typeof rule.name !== 'string' || rule.name.length < 1 || rule.name.length > 100) problems.push('name');
  }
  if (creating && rule.event_type !== 1) problems.push('event_type (1: MESSAGE_SEND)');
  if (creating && rule.trigger_type !== 1) problems.push('trigger_type (the fake knows 1: KEYWORD)');
  const meta = rule.trigger_metadata as DiscordJson | undefined;
  if (meta) {
    const keywords = strings(meta.keyword_filter);
    if (keywords.length > MAX_KEYWORDS) problems.push('keyword_filter: too many');
    if (keywords.some((k) => k.length < 1 || k.length > MAX_KEYWORD_LENGTH)) problems.push('keyword_filter: length');
    const regex = strings(meta.regex_patterns);
    if (regex.length > MAX_REGEX) problems.push('regex_patterns: too many');
    if (regex.some((r) => r.length > MAX_REGEX_LENGTH)) problems.push('regex_patterns: length');
    if (strings(meta.allow_list).length > MAX_ALLOW) problems.push('allow_list: too many');
  } else if (creating) {
    problems.push('trigger_metadata');
  }
  if (creating || rule.actions !== undefined) {
    const actions = Array.isArray(rule.actions) ? (rule.actions as DiscordJson[]) : [];
    if (actions.length === 0) problems.push('actions');
    for (const action of actions) {
      const meta = (action.metadata ?? {}) as DiscordJson;
      if (![1, 2, 3, 4].includes(Number(action.type))) problems.push('actions.type');
      if (action.type === 2 && !/^\d+$/.test(String(meta.channel_id ?? ''))) problems.push('actions.channel_id');
      if (action.type === 1 && String(meta.custom_message ?? '').length > MAX_CUSTOM_MESSAGE) {
        problems.push('actions.custom_message');
      }
    }
  }
  return problems;
}

/** The guild's AutoMod rules: list, create, modify and delete, stored as Discord answers them. */
export function serveAutoMod(
  world: FakeDiscordWorld,
  route: FakeDiscordRoute,
  params: Record<string, string>,
  body: DiscordJson | null,
): FakeDiscordAnswer {
  const guild = world.guilds.find((g) => g.id === params.guildId);
  if (!guild) return { status: 404, body: { message: 'Unknown Guild', code: 10004 } };
  const rules = world.autoModRules.get(guild.id) ?? [];
  world.autoModRules.set(guild.id, rules);
  const invalid = (problems: string[]) => ({
    status: 400,
    body: { message: 'Invalid Form Body', code: 50035, errors: { problems } },
  });
  if (route === 'listAutoModRules') return { status: 200, body: rules };
  if (route === 'createAutoModRule') {
    const problems = autoModRuleProblems(body ?? {}, true);
    if (problems.length > 0) return invalid(problems);
    if (rules.filter((r) => r.trigger_type === 1).length >= MAX_KEYWORD_RULES) {
      return { status: 400, body: { message: 'Maximum number of rules of this trigger type reached', code: 30035 } };
    }
    const created: DiscordJson = {
      id: discordSnowflake(),
      guild_id: guild.id,
      creator_id: world.bot.id,
      enabled: false,
      exempt_roles: [],
      exempt_channels: [],
      ...body,
    };
    rules.push(created);
    return { status: 200, body: created };
  }
  const index = rules.findIndex((r) => r.id === params.ruleId);
  if (index < 0) return { status: 404, body: { message: 'Unknown auto moderation rule', code: 10066 } };
  if (route === 'deleteAutoModRule') {
    rules.splice(index, 1);
    return { status: 204 };
  }
  const problems = autoModRuleProblems(body ?? {}, false);
  if (problems.length > 0) return invalid(problems);
  const { trigger_type: _ignored, event_type: _event, ...changes } = body ?? {};
  const updated = { ...rules[index], ...changes };
  rules[index] = updated;
  return { status: 200, body: updated };
}
