import type { Platform } from '@snowball/core';

/** Who acted, where: the same shape from Discord, Slack and the simulator. */
export interface Caller {
  readonly platform: Platform;
  /** Discord guild id or Slack team id; selects the club. */
  readonly workspaceId: string;
  readonly userId: string;
  readonly userName: string;
  /** The platform's locale tag for this user, if it sent one. */
  readonly locale?: string | null;
  readonly channelId?: string | null;
}

export type OptionValue = string | number | boolean;

/** One thing a person did in a chat, in neutral form. */
export type Invocation =
  | {
      readonly type: 'command';
      readonly caller: Caller;
      readonly name: string;
      readonly subcommand?: string | null;
      readonly options: Readonly<Record<string, OptionValue>>;
    }
  | { readonly type: 'action'; readonly caller: Caller; readonly action: string }
  | {
      readonly type: 'form';
      readonly caller: Caller;
      readonly action: string;
      readonly values: Readonly<Record<string, string>>;
    }
  | {
      readonly type: 'report';
      readonly caller: Caller;
      /** The message command the menu or shortcut belongs to (`report`, `save`); `report` when absent. */
      readonly command?: string;
      readonly messageId: string;
      readonly channelId: string;
      readonly authorId: string;
      readonly content: string;
      /** When the reported message was written, if the platform says. */
      readonly at?: Date;
    };
