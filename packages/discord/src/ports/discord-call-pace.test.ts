import { describe, expect, it } from 'vitest';
import { discordGlobalRule, isInteractionResponse } from './discord-call-pace.js';

describe('discord call pace', () => {
  it('holds bot calls to 45 per second per token, under a key that does not reveal the token', () => {
    const rule = discordGlobalRule('MTIz.secret.token');
    expect(rule).toMatchObject({ limit: 45, periodMs: 1000 });
    expect(rule.key).not.toContain('secret');
    expect(discordGlobalRule('other').key).not.toBe(rule.key);
  });

  it('never holds back interaction responses, which have a deadline and no global limit', () => {
    const api = 'https://discord.com/api/v10';
    expect(isInteractionResponse(`${api}/interactions/123/tok-en/callback?with_response=false`)).toBe(true);
    expect(isInteractionResponse(`${api}/webhooks/456/tok-en/messages/%40original`)).toBe(true);
    expect(isInteractionResponse(`${api}/webhooks/456/tok-en`)).toBe(true);
    expect(isInteractionResponse(`${api}/users/@me/channels`)).toBe(false);
    expect(isInteractionResponse(`${api}/channels/789/messages`)).toBe(false);
    expect(isInteractionResponse(`${api}/guilds/1/members/2/roles/3`)).toBe(false);
  });
});
