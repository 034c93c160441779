import {
  type Button,
  type Caller,
  type CommandDefinition,
  type Dispatcher,
  type Form,
  parseTextArguments,
  type Reply,
  replyFromConversation,
  usage,
} from '@snowball/commands';
import type { Core, Locale, OutboundMessage } from '@snowball/core';
import { renderText } from './render-text.js';

const texts = {
  help: {
    en: 'Type a command such as /me, /lessons, /ask <question>. A number presses a button. /help lists commands, /quit leaves.',
    'zh-CN': '输入命令，例如 /me、/lessons、/ask <问题>。输入数字即点击对应按钮。/help 查看命令，/quit 退出。',
  },
  cancelled: { en: 'Form cancelled.', 'zh-CN': '已取消填写。' },
  required: { en: 'This field is required.', 'zh-CN': '此项为必填。' },
  tooLong: { en: 'Too long (at most {max} characters).', 'zh-CN': '太长了（最多 {max} 个字符）。' },
  noButton: { en: 'There is no button {n}.', 'zh-CN': '没有编号为 {n} 的按钮。' },
  notCommand: { en: 'Commands start with /. Type /help.', 'zh-CN': '命令以 / 开头，输入 /help 查看帮助。' },
  optional: { en: '(optional, Enter to skip)', 'zh-CN': '（选填，直接回车跳过）' },
  cancelHint: { en: 'Type /cancel to stop.', 'zh-CN': '输入 /cancel 取消。' },
  dm: { en: 'Direct message', 'zh-CN': '私信' },
  dmPressLater: {
    en: 'Finish or /cancel the form first, then its buttons work.',
    'zh-CN': '请先填完表单或输入 /cancel，然后这些按钮即可使用。',
  },
} as const;

interface FormState {
  readonly form: Form;
  readonly values: Record<string, string>;
  index: number;
  /** A form sent back to fix some fields (the reply to a submission): only the fields with a problem are asked. */
  readonly onlyProblems: boolean;
}

/**
 * One member's terminal chat over the same dispatcher as the bots: commands, numbered buttons and
 * forms asked field by field with the same rules as a Discord or Slack modal.
 */
export class ChatSession {
  private buttons: Button[] = [];
  private form: FormState | null = null;
  /** Buttons of a direct message that arrived while a form was open: offered once the form is done. */
  private pendingDmButtons: Button[] | null = null;

  constructor(
    private readonly dispatcher: Dispatcher,
    private readonly commands: readonly CommandDefinition[],
    private readonly caller: Caller,
    readonly locale: Locale,
    /**
     * Words that are not a command go here, as in a DM on a platform: while a coach's follow-up waits (or after an
     * answer), they are the member's reply to the question. Without it, they get the "commands start with /" hint.
     */
    private readonly conversations?: Pick<Core, 'identifyAccount' | 'replyToQuestion'>,
  ) {}

  private t(key: keyof typeof texts, params: Record<string, unknown> = {}): string {
    return texts[key][this.locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  }

  /** A form is being filled: every line, an empty one too, is the next field's answer. */
  get fillingForm(): boolean {
    return this.form !== null;
  }

  get prompt(): string {
    if (!this.form) return '> ';
    const field = this.form.form.fields[this.form.index];
    if (!field) return '> ';
    const current = field.value ? ` [${field.value}]` : '';
    return `${field.label}${current}${field.required || field.value ? '' : ` ${this.t('optional')}`}: `;
  }

  help(): string {
    return [
      this.t('help'),
      ...this.commands.filter((c) => c.type !== 'message').map((c) => usage(c, this.locale)),
    ].join('\n');
  }

  /** Handles one line typed by the person and returns what the terminal shows. */
  async input(line: string): Promise<string> {
    const text = line.trim();
    if (this.form) return this.fillForm(text);
    if (/^\d+$/.test(text)) {
      const button = this.buttons[Number(text) - 1];
      if (!button) return this.t('noButton', { n: text });
      return this.show(await this.dispatcher.dispatch({ type: 'action', caller: this.caller, action: button.action }));
    }
    if (text === '/help' || text === 'help') return this.help();
    if (!text.startsWith('/')) {
      const reply =
        this.conversations && text
          ? await replyFromConversation(this.conversations, {
              platform: this.caller.platform,
              workspaceId: this.caller.workspaceId,
              userId: this.caller.userId,
              text,
              locale: this.locale,
            })
          : null;
      return reply ? this.show(reply) : this.t('notCommand');
    }
    const [head = '', ...rest] = text.slice(1).split(/\s+/);
    const name = head.toLowerCase();
    const command = this.commands.find((c) => c.name === name);
    if (!command)
      return this.show(await this.dispatcher.dispatch({ type: 'command', caller: this.caller, name, options: {} }));
    const { subcommand, options } = parseTextArguments(command, rest.join(' '));
    return this.show(
      await this.dispatcher.dispatch({ type: 'command', caller: this.caller, name, subcommand, options }),
    );
  }

  /**
   * Shows a direct message from the club (a vouch request, a decision with an answer button) the way a chat app
   * does: its buttons become the numbered choices, so typing a number presses them, as on Discord or Slack.
   * While a form is being filled its numbers stay the form's; the message's buttons are offered after it.
   */
  showDirectMessage(message: OutboundMessage): string {
    const reply: Reply = {
      kind: 'message',
      private: false,
      title: `📩 ${this.t('dm')}${message.title ? `: ${message.title}` : ''}`,
      text: message.text,
      fields: message.fields ?? [],
      buttons: message.buttons ?? [],
    };
    const rendered = renderText(reply);
    if (rendered.buttons.length === 0) return rendered.text;
    if (this.form) {
      this.pendingDmButtons = rendered.buttons;
      return `${rendered.text}\n${this.t('dmPressLater')}`;
    }
    this.buttons = rendered.buttons;
    return rendered.text;
  }

  private show(reply: Reply, afterSubmit = false): string {
    if (reply.kind === 'form') {
      const { fields } = reply.form;
      // Sent back after a submission to fix: what was valid is kept, and only the fields with a problem are asked.
      const onlyProblems = afterSubmit && fields.some((f) => f.problem);
      const values: Record<string, string> = {};
      if (onlyProblems) for (const f of fields) if (!f.problem) values[f.id] = f.value ?? '';
      this.form = { form: reply.form, values, index: 0, onlyProblems };
      this.skipKept();
      this.buttons = [];
      const problems = onlyProblems ? fields.filter((f) => f.problem).map((f) => `  ${f.label}: ${f.problem}`) : [];
      return [renderText(reply).text, ...problems, this.t('cancelHint')].join('\n');
    }
    const rendered = renderText(reply);
    this.buttons = rendered.buttons.length === 0 && this.pendingDmButtons ? this.pendingDmButtons : rendered.buttons;
    this.pendingDmButtons = null;
    return rendered.text;
  }

  private async fillForm(typed: string): Promise<string> {
    let text = typed;
    const state = this.form as FormState;
    if (text === '/cancel') {
      this.form = null;
      return this.t('cancelled');
    }
    const field = state.form.fields[state.index];
    if (field) {
      // Like a modal's pre-filled input: Enter keeps what is there.
      if (!text && field.value) text = field.value;
      if (field.required && !text) return this.t('required');
      if ([...text].length > field.maxLength) return this.t('tooLong', { max: field.maxLength });
      state.values[field.id] = text;
      state.index += 1;
      this.skipKept();
    }
    if (state.index < state.form.fields.length) return '';
    this.form = null;
    return this.show(
      await this.dispatcher.dispatch({
        type: 'form',
        caller: this.caller,
        action: state.form.action,
        values: state.values,
      }),
      true,
    );
  }

  /** In a form sent back to fix, moves past the fields whose values were kept. */
  private skipKept(): void {
    const state = this.form;
    if (!state?.onlyProblems) return;
    while (state.index < state.form.fields.length && !state.form.fields[state.index]?.problem) state.index += 1;
  }
}
