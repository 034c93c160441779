import type { SlashCommand } from '@slack/bolt';
import { type Caller, type CommandDefinition, type Invocation, parseTextArguments } from '@snowball/commands';

/** Why a slash command could not become an invocation; answered with usage help. */
export type UsageProblem =
  | { readonly type: 'unknown_command'; readonly name: string }
  | { readonly type: 'help' }
  | { readonly type: 'unknown_subcommand'; readonly given: string }
  | { readonly type: 'missing_option'; readonly option: string };

/** A slash command read: an invocation to dispatch, or usage help to show. */
export type SlashCommandParse =
  | { readonly kind: 'invocation'; readonly invocation: Invocation }
  | {
      readonly kind: 'usage';
      readonly caller: Caller;
      readonly command: CommandDefinition | null;
      readonly problem: UsageProblem;
    };

const HELP_WORDS = new Set(['help', '--help', '-h', '?', '？', '帮助']);

/** The catalogue name of a Slack command (`/sb-apply` with prefix `sb-` → `apply`). */
export function commandNameOf(slashCommand: string, prefix = ''): string {
  const name = slashCommand.replace(/^\//, '').toLowerCase();
  return prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/** Who ran a slash command, in neutral form (Slack sends no locale; the live wiring looks it up). */
export function slashCaller(body: SlashCommand): Caller {
  return {
    platform: 'slack',
    workspaceId: body.team_id,
    userId: body.user_id,
    userName: body.user_name,
    locale: null,
    channelId: body.channel_id || null,
  };
}

/**
 * Reads a slash command against the catalogue: the text after the command becomes options
 * (`name:value` pairs and free text, see parseTextArguments). Unknown commands, `help`, an unknown
 * subcommand or a missing required option come back as usage help instead of an invocation.
 */
export function fromSlashCommand(
  body: SlashCommand,
  catalogue: readonly CommandDefinition[],
  prefix = '',
): SlashCommandParse {
  const caller = slashCaller(body);
  const name = commandNameOf(body.command, prefix);
  const command = catalogue.find((c) => c.name === name && c.type !== 'message');
  if (!command) return { kind: 'usage', caller, command: null, problem: { type: 'unknown_command', name } };
  const text = (body.text ?? '').trim();
  if (HELP_WORDS.has(text.toLowerCase())) return { kind: 'usage', caller, command, problem: { type: 'help' } };
  const { subcommand, options } = parseTextArguments(command, text);
  if (command.subcommands?.length && text && !subcommand) {
    const given = text.split(/\s+/)[0] ?? text;
    return { kind: 'usage', caller, command, problem: { type: 'unknown_subcommand', given } };
  }
  const spec = subcommand ? command.subcommands?.find((s) => s.name === subcommand)?.options : command.options;
  const missing = (spec ?? []).find((o) => o.required && (options[o.name] === undefined || options[o.name] === ''));
  if (missing) return { kind: 'usage', caller, command, problem: { type: 'missing_option', option: missing.name } };
  return { kind: 'invocation', invocation: { type: 'command', caller, name: command.name, subcommand, options } };
}
