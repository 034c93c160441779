import type { Actor, Community, Core, Locale, Member, StaffRole, Texts } from '@snowball/core';
import type { Caller, OptionValue } from './invocation.js';
import type { Reply } from './reply.js';

/** Who may run a command: anybody in the workspace, a member with access, or staff with one of the roles. */
export type Access = 'anyone' | 'member' | readonly StaffRole[];

export interface OptionChoice {
  readonly value: string;
  readonly label: Texts;
}

/** An option both platforms can express (Discord typed options; Slack `name:value` text). */
export interface OptionDefinition {
  /** Lowercase ASCII, also the `name:` key on Slack. */
  readonly name: string;
  readonly description: Texts;
  readonly type: 'string' | 'integer' | 'number' | 'boolean';
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  readonly choices?: readonly OptionChoice[];
  /** On Slack and in the simulator, free text that is not `name:value` fills this option. */
  readonly rest?: boolean;
}

export interface SubcommandDefinition {
  readonly name: string;
  readonly description: Texts;
  readonly options?: readonly OptionDefinition[];
}

/** Everything a command handler gets: the bound core, who called, in which club, and in which language to answer. */
export interface CommandContext {
  readonly core: Core;
  readonly caller: Caller;
  readonly locale: Locale;
  readonly community: Community;
  /** Null for a person the club does not know yet. */
  readonly member: Member | null;
  readonly actor: Actor | null;
  /** Where the admin panel is reached (for login links). */
  readonly publicUrl: string;
}

export interface CommandInput {
  readonly subcommand: string | null;
  readonly options: Readonly<Record<string, OptionValue>>;
}

export interface ReportTarget {
  readonly messageId: string;
  readonly channelId: string;
  readonly authorId: string;
  readonly content: string;
  /** When the message was written, if the platform says (its report's context is then taken by time). */
  readonly at?: Date;
}

/** A button press (`values` absent) or a form submission routed to the command that made it. */
export type ActionHandler = (
  ctx: CommandContext,
  arg: string,
  values: Readonly<Record<string, string>> | null,
) => Promise<Reply>;

/** One slash command (or message menu), defined once for every platform. */
export interface CommandDefinition {
  /** Lowercase ASCII slash name. */
  readonly name: string;
  /** Discord name localisation (Slack has one name per command). */
  readonly localizedName?: Partial<Record<Locale, string>>;
  readonly description: Texts;
  readonly access: Access;
  /** `message`: a context-menu entry on a message (Discord) / a message shortcut (Slack). */
  readonly type?: 'slash' | 'message';
  readonly options?: readonly OptionDefinition[];
  readonly subcommands?: readonly SubcommandDefinition[];
  run?(ctx: CommandContext, input: CommandInput): Promise<Reply>;
  report?(ctx: CommandContext, target: ReportTarget): Promise<Reply>;
  /** Buttons and forms, by verb: action id `<command>:<verb>[:<arg>]`. */
  readonly actions?: Readonly<Record<string, ActionHandler>>;
  /** Verbs whose handler may open a form: adapters must not defer them (a modal must be the first response). */
  readonly formActions?: readonly string[];
}

export function defineCommand(definition: CommandDefinition): CommandDefinition {
  return definition;
}

// The action id format is core's (it builds the buttons of the messages it sends): one definition for both.
export { actionId, parseActionId } from '@snowball/core';
