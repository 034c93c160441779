import type { CommandTexts } from '@snowball/commands';

/** Texts only the Feishu adapter shows (help in a direct chat, form buttons). */
export const feishuTexts = {
  helpTitle: { en: 'How to talk to me', 'zh-CN': '如何使用' },
  help: {
    en: 'Type a command starting with /, for example /apply, /me, /ask your question. In a group, @mention me first. Commands: {commands}',
    'zh-CN': '输入以 / 开头的命令，例如 /申请、/会籍、/提问 你的问题。在群里请先 @我。可用命令：{commands}',
  },
  submit: { en: 'Submit', 'zh-CN': '提交' },
} as const satisfies CommandTexts<string>;
