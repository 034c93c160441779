import type { Platform } from '@snowball/core';

// The neutral invocation and reply of `@snowball/commands`, restated structurally: the test kit sits below
// the command catalogue, so it describes what it checks instead of importing it. The runners pass the real
// types in, and the compiler checks at every call that the two shapes still agree.

/** Who acted, where (mirrors `Caller`). */
export interface NeutralCaller {
  readonly platform: Platform;
  readonly workspaceId: string;
  readonly userId: string;
  readonly userName: string;
  readonly locale?: string | null;
  readonly channelId?: string | null;
}

export type NeutralOptionValue = string | number | boolean;

/** One thing a person did in a chat (mirrors `Invocation`). */
export type NeutralInvocation =
  | {
      readonly type: 'command';
      readonly caller: NeutralCaller;
      readonly name: string;
      readonly subcommand?: string | null;
      readonly options: Readonly<Record<string, NeutralOptionValue>>;
    }
  | { readonly type: 'action'; readonly caller: NeutralCaller; readonly action: string }
  | {
      readonly type: 'form';
      readonly caller: NeutralCaller;
      readonly action: string;
      readonly values: Readonly<Record<string, string>>;
    }
  | {
      readonly type: 'report';
      readonly caller: NeutralCaller;
      readonly messageId: string;
      readonly channelId: string;
      readonly authorId: string;
      readonly content: string;
    };

export interface NeutralButton {
  readonly action: string;
  readonly label: string;
  readonly style?: 'primary' | 'secondary' | 'danger';
}

export interface NeutralField {
  readonly name: string;
  readonly value: string;
  readonly inline?: boolean;
}

export interface NeutralItem {
  readonly title: string;
  readonly text?: string;
  readonly fields?: readonly NeutralField[];
  readonly buttons?: readonly NeutralButton[];
}

export interface NeutralFormField {
  readonly id: string;
  readonly label: string;
  readonly style: 'short' | 'paragraph';
  readonly required: boolean;
  readonly maxLength: number;
  readonly placeholder?: string;
  readonly value?: string;
}

/** What a command answered (mirrors `Reply`). */
export type NeutralReply =
  | {
      readonly kind: 'message';
      readonly private: boolean;
      readonly title?: string;
      readonly text: string;
      readonly fields?: readonly NeutralField[];
      readonly items?: readonly NeutralItem[];
      readonly buttons?: readonly NeutralButton[];
      readonly tone?: 'info' | 'success' | 'warning' | 'error';
    }
  | {
      readonly kind: 'form';
      readonly form: { readonly action: string; readonly title: string; readonly fields: readonly NeutralFormField[] };
    };
