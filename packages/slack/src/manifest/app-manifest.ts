import type { CommandDefinition } from '@snowball/commands';
import { slackUsage } from '../render/render-usage.js';

/** Bot scopes the app asks for, and why. */
export const SLACK_BOT_SCOPES = [
  'commands', // slash commands and the message shortcut
  'chat:write', // replies, ephemeral messages, DMs to members
  'im:write', // open a DM when posting to the user id is refused
  'mpim:write', // introduce two members in one multi-person DM with the bot
  'mpim:history', // see whether introduced members wrote to each other there, before one gentle nudge
  'users:read', // the member's language (users.info with include_locale)
  'channels:read', // connection health: is the bot in each members-only channel (conversations.info)
  'groups:read', // ... and in the private ones
  'channels:manage', // invite to / remove from public members-only channels
  'groups:write', // ... and private ones
  'channels:history', // channel messages for moderation
  'groups:history',
  'im:history', // members' replies to a coach's follow-up, written in their DM with the app
] as const;

/** Events the app subscribes to. */
export const SLACK_BOT_EVENTS = [
  'app_home_opened',
  'message.channels',
  'message.groups',
  'message.im',
  'app_uninstalled',
  'tokens_revoked',
] as const;

/** Where the app is reached and how its commands are named. */
export interface AppManifestOptions {
  /** Public base URL of the API (`https://club.example.com`); Slack posts to `<baseUrl>/slack/events`. */
  readonly baseUrl: string;
  /** Added before every command name when a workspace already uses it (`sb-` → `/sb-apply`). */
  readonly prefix?: string;
  /** Socket Mode apps need no request URLs. */
  readonly socketMode?: boolean;
  readonly appName?: string;
}

/** The parts of Slack's app manifest schema snowball fills (api.slack.com/reference/manifests). */
export interface SlackAppManifest {
  readonly _metadata: { readonly major_version: number; readonly minor_version: number };
  readonly display_information: {
    readonly name: string;
    readonly description: string;
    readonly background_color: string;
  };
  readonly features: {
    readonly app_home: Readonly<Record<string, boolean>>;
    readonly bot_user: { readonly display_name: string; readonly always_online: boolean };
    readonly shortcuts: readonly {
      readonly name: string;
      readonly type: 'message' | 'global';
      readonly callback_id: string;
      readonly description: string;
    }[];
    readonly slash_commands: readonly {
      readonly command: string;
      readonly description: string;
      readonly should_escape: boolean;
      readonly url?: string;
      readonly usage_hint?: string;
    }[];
  };
  readonly oauth_config: {
    readonly redirect_urls?: readonly string[];
    readonly scopes: { readonly bot: readonly string[] };
  };
  readonly settings: {
    readonly event_subscriptions: { readonly request_url?: string; readonly bot_events: readonly string[] };
    readonly interactivity: { readonly is_enabled: boolean; readonly request_url?: string };
    readonly org_deploy_enabled: boolean;
    readonly socket_mode_enabled: boolean;
    readonly token_rotation_enabled: boolean;
  };
}

/** Both languages in one line: Slack shows one description per command to everyone. */
function bilingual(texts: { readonly en: string; readonly 'zh-CN': string }): string {
  return texts.en === texts['zh-CN'] ? texts.en : `${texts.en} · ${texts['zh-CN']}`;
}

/**
 * The Slack app manifest for the catalogue: every slash command (with usage hint), the message shortcut,
 * scopes, events, interactivity and OAuth redirect URLs. Paste it at api.slack.com/apps → "From a manifest".
 */
export function appManifest(catalogue: readonly CommandDefinition[], options: AppManifestOptions): SlackAppManifest {
  const base = options.baseUrl.replace(/\/+$/, '');
  const prefix = options.prefix ?? '';
  const eventsUrl = `${base}/slack/events`;
  const http = !options.socketMode;
  const slashCommands = catalogue
    .filter((c) => c.type !== 'message')
    .map((c) => {
      const hint = slackUsage(c, 'en', prefix)
        .split('\n')
        .map((line) => line.split(' — ')[0]?.replace(/^\/\S+\s*/, '') ?? '')
        .filter(Boolean)
        .join(' | ');
      return {
        command: `/${prefix}${c.name}`,
        description: bilingual(c.description),
        should_escape: false,
        ...(http ? { url: eventsUrl } : {}),
        ...(hint ? { usage_hint: hint.slice(0, 1000) } : {}),
      };
    });
  const shortcuts = catalogue
    .filter((c) => c.type === 'message')
    .map((c) => ({
      name: bilingual(c.description),
      type: 'message' as const,
      callback_id: `${prefix}${c.name}`,
      description: bilingual(c.description).slice(0, 150),
    }));
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: options.appName ?? 'Snowball',
      description: 'Your business club: membership, lessons, questions and introductions · 会员、课程、提问与引荐',
      background_color: '#1d3557',
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: true },
      bot_user: { display_name: 'snowball', always_online: true },
      shortcuts,
      slash_commands: slashCommands,
    },
    oauth_config: {
      ...(http ? { redirect_urls: [`${base}/slack/oauth_redirect`] } : {}),
      scopes: { bot: [...SLACK_BOT_SCOPES] },
    },
    settings: {
      event_subscriptions: { ...(http ? { request_url: eventsUrl } : {}), bot_events: [...SLACK_BOT_EVENTS] },
      interactivity: { is_enabled: true, ...(http ? { request_url: eventsUrl } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: Boolean(options.socketMode),
      token_rotation_enabled: false,
    },
  };
}

/** The base URL written into the shipped `manifest.json`; replace it with your own. */
export const MANIFEST_PLACEHOLDER_URL = 'https://snowball.example.com';
