import type { Texts } from '@snowball/core';

export type ButtonStyle = 'primary' | 'secondary' | 'danger';

/** A button; `action` routes back to the command that made it: `<command>:<verb>[:<arg>]`. */
export interface Button {
  readonly action: string;
  readonly label: string;
  readonly style?: ButtonStyle;
}

export interface Field {
  readonly name: string;
  readonly value: string;
  readonly inline?: boolean;
  /** Platform markup snowball wrote (a `<@id>` mention), never user text: adapters show it unescaped. */
  readonly verbatim?: boolean;
}

/** One entry of a list reply (a lesson, an intro...), with its own buttons. */
export interface Item {
  readonly title: string;
  readonly text?: string;
  readonly fields?: readonly Field[];
  readonly buttons?: readonly Button[];
}

export interface FormField {
  readonly id: string;
  readonly label: string;
  readonly style: 'short' | 'paragraph';
  readonly required: boolean;
  readonly maxLength: number;
  readonly placeholder?: string;
  readonly value?: string;
  /**
   * Set on a form sent back to fix: what is wrong with this field (also its placeholder, which is what a modal
   * shows). The other fields keep their values; the terminal chat asks only for the fields with a problem.
   */
  readonly problem?: string;
}

/** A form to fill (Discord modal, Slack modal, prompts in the simulator). At most 5 fields (Discord's limit). */
export interface Form {
  /** Routed like an action when submitted: `<command>:<verb>[:<arg>]`. */
  readonly action: string;
  readonly title: string;
  readonly fields: readonly FormField[];
}

/**
 * What a command answers, in neutral form; adapters render it as an embed, Block Kit or text.
 * Text is plain: adapters escape it for their markup, so user content can never mention or format.
 */
export type Reply =
  | {
      readonly kind: 'message';
      /** Only the person who ran the command sees it. Anything personal is private. */
      readonly private: boolean;
      readonly title?: string;
      readonly text: string;
      readonly fields?: readonly Field[];
      readonly items?: readonly Item[];
      readonly buttons?: readonly Button[];
      readonly tone?: 'info' | 'success' | 'warning' | 'error';
    }
  | { readonly kind: 'form'; readonly form: Form };

export type MessageReply = Extract<Reply, { kind: 'message' }>;

export function privateMessage(text: string, extra: Omit<Partial<MessageReply>, 'kind' | 'text'> = {}): Reply {
  return { kind: 'message', private: true, text, ...extra };
}

export function publicMessage(text: string, extra: Omit<Partial<MessageReply>, 'kind' | 'text'> = {}): Reply {
  return { kind: 'message', private: false, text, ...extra };
}

export function formReply(form: Form): Reply {
  return { kind: 'form', form };
}

/** Texts of one command in both languages, kept beside the command. */
export type CommandTexts<K extends string> = Readonly<Record<K, Texts>>;
