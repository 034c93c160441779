import type { AutoModMirror } from '@snowball/core';
import { type REST, Routes } from 'discord.js';

/** What a sync did to the server's AutoMod rule. */
export type AutoModSync = 'created' | 'updated' | 'unchanged' | 'deleted' | 'absent';

interface RuleJson {
  readonly id: string;
  readonly name: string;
  readonly enabled?: boolean;
  readonly trigger_metadata?: {
    readonly keyword_filter?: readonly string[];
    readonly regex_patterns?: readonly string[];
  };
  readonly actions?: readonly { readonly type: number; readonly metadata?: Record<string, unknown> }[];
  readonly exempt_channels?: readonly string[];
}

// Discord's AutoMod enums: event MESSAGE_SEND, trigger KEYWORD, actions BLOCK_MESSAGE and SEND_ALERT_MESSAGE.
const MESSAGE_SEND = 1;
const KEYWORD = 1;
const BLOCK_MESSAGE = 1;
const SEND_ALERT_MESSAGE = 2;

/** The body of the rule as snowball wants it. */
function ruleBody(mirror: AutoModMirror) {
  return {
    name: mirror.name,
    enabled: true,
    trigger_metadata: { keyword_filter: [...mirror.keywords], regex_patterns: [...mirror.regexPatterns] },
    actions: [
      { type: BLOCK_MESSAGE, metadata: { custom_message: [...mirror.blockMessage].slice(0, 150).join('') } },
      ...(mirror.alertChannelId ? [{ type: SEND_ALERT_MESSAGE, metadata: { channel_id: mirror.alertChannelId } }] : []),
    ],
    exempt_channels: [...mirror.exemptChannelIds],
  };
}

/** Whether the stored rule already says what snowball wants (so nothing is sent). */
function same(rule: RuleJson, body: ReturnType<typeof ruleBody>): boolean {
  const comparable = (r: Pick<RuleJson, 'enabled' | 'trigger_metadata' | 'actions' | 'exempt_channels'>) =>
    JSON.stringify([
      r.enabled ?? false,
      r.trigger_metadata?.keyword_filter ?? [],
      r.trigger_metadata?.regex_patterns ?? [],
      (r.actions ?? []).map((a) => [a.type, a.metadata?.custom_message ?? null, a.metadata?.channel_id ?? null]),
      [...(r.exempt_channels ?? [])].sort(),
    ]);
  return comparable(rule) === comparable({ ...body, exempt_channels: [...body.exempt_channels].sort() });
}

/**
 * Keeps one keyword rule in a server's native AutoMod in step with the club's moderation rules (Manage Server
 * permission), found again by its name: created when missing, updated when it differs, deleted when the club's
 * rules no longer call for it. Rules the server's own moderators made are never touched.
 */
export class DiscordAutoModMirror {
  constructor(private readonly rest: Pick<REST, 'get' | 'post' | 'patch' | 'delete'>) {}

  async sync(guildId: string, mirror: AutoModMirror | null, name: string): Promise<AutoModSync> {
    const rules = (await this.rest.get(Routes.guildAutoModerationRules(guildId))) as RuleJson[];
    const ours = rules.find((r) => r.name === (mirror?.name ?? name));
    if (!mirror) {
      if (!ours) return 'absent';
      await this.rest.delete(Routes.guildAutoModerationRule(guildId, ours.id), {
        reason: 'snowball: the club no longer mirrors these rules',
      });
      return 'deleted';
    }
    const body = ruleBody(mirror);
    if (!ours) {
      await this.rest.post(Routes.guildAutoModerationRules(guildId), {
        body: { ...body, event_type: MESSAGE_SEND, trigger_type: KEYWORD },
        reason: 'snowball: mirror the club’s moderation rules',
      });
      return 'created';
    }
    if (same(ours, body)) return 'unchanged';
    await this.rest.patch(Routes.guildAutoModerationRule(guildId, ours.id), {
      body,
      reason: 'snowball: the club’s moderation rules changed',
    });
    return 'updated';
  }
}
